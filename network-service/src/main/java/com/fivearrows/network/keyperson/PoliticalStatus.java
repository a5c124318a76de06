package com.fivearrows.network.keyperson;

/** Where a key person stands in the customer's internal politics. */
public enum PoliticalStatus {
    OUTSIDE,
    POLITICAL_STRUCTURE,
    INNER_CIRCLE
}
