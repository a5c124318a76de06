package com.fivearrows.platform.eventsourcing.envelope;

/** A consumed record that is not a usable CloudEvent; its message is the reason a dead letter carries. */
public class InvalidCloudEvent extends RuntimeException {
    public InvalidCloudEvent(String reason) {
        super(reason);
    }

    public InvalidCloudEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
