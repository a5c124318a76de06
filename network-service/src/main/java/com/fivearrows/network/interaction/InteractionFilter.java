package com.fivearrows.network.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * What {@code GET /interactions} asks for: the interactions of a key person, of a seller, about an opportunity,
 * occurred in {@code [from, to)}; each null for "any". A blank seller or opportunity counts as absent.
 */
public record InteractionFilter(UUID keyPersonId, String seller, String opportunityId, Instant from, Instant to) {

    public InteractionFilter {
        seller = given(seller);
        opportunityId = given(opportunityId);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
