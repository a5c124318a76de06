package com.fivearrows.network.integration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /integrations/interactions}: up to 500 items, each shaped like the data of
 * {@code five-arrows.integration.InteractionReported.v1} and checked against that contract one by one.
 */
public record InteractionReports(List<JsonNode> items) {
}
