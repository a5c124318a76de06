package com.fivearrows.network.closeness;

import java.util.UUID;

/**
 * What closeness is published for: a key person, an opportunity's decision chain or an account, each with a stream
 * of its own {@code ClosenessChanged} events.
 */
public record Subject(Kind kind, String id) {

    /** The three relation types of SPEC §3.3, named as the {@code level} of a {@code ClosenessChanged} event. */
    public enum Kind {
        PERSON("person"),
        DECISION_CHAIN("chain"),
        ACCOUNT("account");

        private final String streamPrefix;

        Kind(String streamPrefix) {
            this.streamPrefix = streamPrefix;
        }
    }

    public static Subject person(UUID keyPersonId) {
        return new Subject(Kind.PERSON, keyPersonId.toString());
    }

    /** {@code closeness:person:<id>}, {@code closeness:chain:<opportunityId>} or {@code closeness:account:<accountId>}. */
    public String streamId() {
        return "closeness:" + kind.streamPrefix + ":" + id;
    }
}
