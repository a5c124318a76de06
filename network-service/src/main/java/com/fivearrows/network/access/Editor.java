package com.fivearrows.network.access;

/**
 * The caller of a write, as the edit rule ({@link NetworkAccess}) sees it: its name and how far its roles reach.
 */
public record Editor(String name, Reach reach) {

    /** How far a caller's roles reach in the network. */
    public enum Reach {
        /** {@code manager} or {@code sales-ops}: may change anything. */
        EVERYTHING,
        /**
         * A {@code seller}: what they registered or started, and what belongs to an account or opportunity whose
         * team they are on.
         */
        OWN_AND_TEAMS,
        /** An {@code integration} client without a human role: may push interactions, and change nothing here. */
        INTERACTIONS_ONLY,
        /** A token with none of the writing roles: may read, and change nothing. */
        READ_ONLY
    }

    /** Whether the rule needs to know who registered what and which teams the editor is on. */
    public boolean isLimited() {
        return reach == Reach.OWN_AND_TEAMS;
    }
}
