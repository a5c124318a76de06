package com.fivearrows.platform.domain;

/**
 * The stream moved on since the caller read it: the expected version is stale (HTTP 409).
 * {@code actualVersion} is -1 where the store could not tell it without another read.
 */
public final class ConcurrencyConflict extends DomainException {
    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyConflict(String streamId, long expectedVersion, long actualVersion) {
        super("Stream " + streamId + " is not at version " + expectedVersion
                + (actualVersion >= 0 ? " but at " + actualVersion : ""));
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
