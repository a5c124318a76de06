package com.fivearrows.network.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What became of the reported interaction at {@code index} (from 0, in the order given). {@code interactionId} is
 * set when RECORDED or DUPLICATE, {@code keyPersonIds} (the matched persons) when RECORDED, {@code reason} when
 * REJECTED; {@code externalId} echoes the report's, when it has one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportResult(int index, String externalId, ReportStatus status, UUID interactionId,
                           List<UUID> keyPersonIds, String reason) {

    static ReportResult recorded(int index, String externalId, UUID interactionId, List<UUID> keyPersonIds) {
        return new ReportResult(index, externalId, ReportStatus.RECORDED, interactionId, keyPersonIds, null);
    }

    static ReportResult duplicate(int index, String externalId, UUID interactionId) {
        return new ReportResult(index, externalId, ReportStatus.DUPLICATE, interactionId, null, null);
    }

    static ReportResult rejected(int index, String externalId, String reason) {
        return new ReportResult(index, externalId, ReportStatus.REJECTED, null, null, reason);
    }
}
