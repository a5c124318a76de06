package com.fivearrows.platform.service.query;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of one request that are not plain text, collecting every bad value, then answers
 * them all at once with a 400 problem naming each parameter. (JAX-RS would answer an unconvertible query
 * parameter with a 404, which tells the caller nothing.)
 *
 * <pre>{@code
 * QueryParams params = new QueryParams();
 * Kind kind = params.enumValue("kind", kindParam, Kind.class);   // null when absent
 * Instant from = params.instant("from", fromParam);               // ?from=2026-11-01 or ?from=2026-11-01T09:00:00Z
 * Page.Request page = params.page(pageParam, sizeParam);          // ?page=2&size=20
 * params.check();                                                 // 400 naming kind, from, page and size if bad
 * }</pre>
 */
public final class QueryParams {
    private static final int DATE_LENGTH = "yyyy-mm-dd".length();

    private final List<FieldError> errors = new ArrayList<>();

    /** {@code page} from 0 (default 0) and {@code size} 1..200 (default 50). */
    public Page.Request page(String page, String size) {
        int number = intValue("page", page, 0, 0, Integer.MAX_VALUE);
        int count = intValue("size", size, Page.Request.DEFAULT_SIZE, 1, Page.Request.MAX_SIZE);
        return new Page.Request(number, count);
    }

    /** The constant named by {@code value}, or null when the parameter is absent, blank or bad. */
    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(name, "must be one of " + allowed));
            return null;
        }
    }

    /** {@code true} or {@code false}, or null when the parameter is absent, blank or bad. */
    public Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        errors.add(new FieldError(name, "must be true or false"));
        return null;
    }

    /** The UUID given, or null when the parameter is absent, blank or bad. */
    public UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be a UUID"));
            return null;
        }
    }

    /**
     * An instant with its offset ({@code 2026-11-01T09:00:00Z}, {@code 2026-11-01T10:00+01:00}) or a date
     * ({@code 2026-11-01}, read as its start in UTC); null when the parameter is absent, blank or bad.
     */
    public Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == DATE_LENGTH ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant (2026-11-01T09:00:00Z) or date (2026-11-01),"
                    + " was '" + text + "'"));
            return null;
        }
    }

    /** Counts a parameter the caller read itself as bad, with why: it is named with the others by {@link #check()}. */
    public void refuse(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Throws {@link ValidationFailed} (400) naming every bad parameter read so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private int intValue(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE
                ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
