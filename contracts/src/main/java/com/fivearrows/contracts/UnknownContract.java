package com.fivearrows.contracts;

/** No schema is published for an event type: the producer is newer than this copy of the contracts, or the type is wrong. */
public class UnknownContract extends RuntimeException {
    public UnknownContract(EventTypeName type) {
        super("no contract is published for " + type + " (expected " + EventContracts.location(type) + ")");
    }
}
