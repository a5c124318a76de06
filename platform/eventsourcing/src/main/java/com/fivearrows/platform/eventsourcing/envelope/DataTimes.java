package com.fivearrows.platform.eventsourcing.envelope;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a date-time of an event's data. A contract's pattern admits strings that are no date at all
 * ({@code 2026-02-30T10:00:00Z}), so a consumer reads times through here and gets an {@link InvalidCloudEvent}
 * naming the field — a dead letter with a reason — instead of a parse exception.
 *
 * <pre>{@code
 * Instant decidedAt = DataTimes.instant("decidedAt", data.getString("decidedAt"));
 * }</pre>
 */
public final class DataTimes {

    private DataTimes() {
    }

    /** The RFC 3339 date-time {@code value} of {@code field} as an instant. */
    public static Instant instant(String field, String value) {
        if (value == null) {
            throw new InvalidCloudEvent(field + " is required");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCloudEvent(field + " is not a valid date-time: '" + value + "'", e);
        }
    }
}
