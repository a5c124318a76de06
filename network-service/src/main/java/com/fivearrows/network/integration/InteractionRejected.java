package com.fivearrows.network.integration;

/**
 * A reported interaction that cannot be recorded; its message is the reason, which travels with the dead letter
 * as its {@code dead-letter-reason} header.
 */
public class InteractionRejected extends RuntimeException {
    public InteractionRejected(String reason) {
        super(reason, null, false, false);
    }
}
