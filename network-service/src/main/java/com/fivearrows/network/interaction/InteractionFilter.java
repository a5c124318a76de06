package com.fivearrows.network.interaction;

import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.ValidationFailed;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What {@code GET /interactions} asks for: the interactions of a key person, of a seller, about an opportunity,
 * occurred in {@code [from, to)}, any of them null for "any"; page {@code page} (from 0) of {@code size} (1..200).
 */
public record InteractionFilter(UUID keyPersonId, String seller, String opportunityId, Instant from, Instant to,
                                int page, int size) {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** Reads the query parameters as given, naming every one that cannot be read (400). */
    static InteractionFilter of(String keyPersonId, String seller, String opportunityId, String from, String to,
                                String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        UUID person = null;
        if (present(keyPersonId)) {
            try {
                person = UUID.fromString(keyPersonId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("keyPersonId", "must be a UUID"));
            }
        }
        Instant since = instant(errors, "from", from);
        Instant until = instant(errors, "to", to);
        int pageNumber = number(errors, "page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new InteractionFilter(person, present(seller) ? seller.strip() : null,
                present(opportunityId) ? opportunityId.strip() : null, since, until, pageNumber, pageSize);
    }

    private static Instant instant(List<FieldError> errors, String field, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-27T09:00:00Z"));
            return null;
        }
    }

    private static int number(List<FieldError> errors, String field, String value, int absent, int min, int max) {
        if (!present(value)) {
            return absent;
        }
        String digits = value.strip();
        if (digits.matches("\\d{1,9}")) {
            int number = Integer.parseInt(digits);
            if (number >= min && number <= max) {
                return number;
            }
        }
        errors.add(new FieldError(field, max == Integer.MAX_VALUE ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max));
        return absent;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
