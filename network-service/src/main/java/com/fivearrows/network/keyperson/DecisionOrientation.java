package com.fivearrows.network.keyperson;

/** What a key person weighs most when deciding. */
public enum DecisionOrientation {
    FINANCIAL,
    TECHNICAL,
    RELATIONSHIP,
    BUSINESS
}
