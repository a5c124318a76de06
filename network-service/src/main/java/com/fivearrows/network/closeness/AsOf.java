package com.fivearrows.network.closeness;

import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code asOf} query parameter of the closeness reads: an instant ({@code 2026-11-01T09:00:00Z}) or a date
 * ({@code 2026-11-01}, read as its start in UTC); absent means now. Closeness is known for the past and the present,
 * so an instant after now is a 400.
 */
public final class AsOf {
    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    public static Instant parse(String raw, Instant now) {
        if (raw == null || raw.isBlank()) {
            return now;
        }
        Instant asOf = instant(raw.strip());
        if (asOf.isAfter(now)) {
            throw ValidationFailed.of(PARAMETER, "must not be in the future, was " + raw);
        }
        return asOf;
    }

    private static Instant instant(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of(PARAMETER, "must be an ISO-8601 instant (2026-11-01T09:00:00Z) or date (2026-11-01), was '" + value + "'");
        }
    }
}
