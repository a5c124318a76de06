package com.fivearrows.network.interaction;

/** Who reported an interaction: a seller, a marketing or service platform, or a bid result. */
public enum InteractionSource {
    SELLER,
    MARKETING,
    SERVICE,
    BID
}
