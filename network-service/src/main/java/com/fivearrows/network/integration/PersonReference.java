package com.fivearrows.network.integration;

/**
 * How a platform names a key person: by its id in the platform (one of the person's {@code externalIds}, compared
 * exactly) or by e-mail (compared ignoring case). Exactly one of the two is set.
 */
public record PersonReference(String externalId, String email) {

    /** How the reference reads in a reason: {@code external id hubspot:90211} or {@code e-mail lea@example.com}. */
    public String describe() {
        return externalId != null ? "external id " + externalId : "e-mail " + email;
    }
}
