package com.fivearrows.network.keyperson.api;

/** The three assessed dimensions of a key person, named as the read model's {@code person_assessment} names them. */
public enum Dimension {
    /** The relationship level ({@code RelationshipLevel}). */
    LEVEL,
    /** The stance on our solution ({@code SolutionStance}). */
    SOLUTION,
    /** The stance on our price ({@code PriceStance}). */
    PRICE
}
