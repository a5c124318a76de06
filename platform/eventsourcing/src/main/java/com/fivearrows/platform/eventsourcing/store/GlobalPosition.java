package com.fivearrows.platform.eventsourcing.store;

/**
 * Where an event sits in the store's commit order: first its transaction id, then its position within
 * the store. Readers remember the last position they handled and read strictly after it.
 */
public record GlobalPosition(long transactionId, long position) {

    public static final GlobalPosition START = new GlobalPosition(0, 0);
}
