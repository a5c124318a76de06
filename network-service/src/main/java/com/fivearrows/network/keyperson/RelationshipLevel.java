package com.fivearrows.network.keyperson;

/** The assessed level of our relationship with a key person; its points (0..100) are configurable. */
public enum RelationshipLevel {
    STRANGER,
    ACQUAINTED,
    FAMILIAR,
    TRUSTED,
    ALLY
}
