package com.fivearrows.network.keyperson;

/** A key person's assessed stance on our price; its points (0..100) are configurable. */
public enum PriceStance {
    REJECTS,
    RESISTANT,
    NEGOTIABLE,
    ACCEPTS,
    ADVOCATES
}
