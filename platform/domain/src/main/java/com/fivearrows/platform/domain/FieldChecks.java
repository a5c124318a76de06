package com.fivearrows.platform.domain;

import java.util.List;

/**
 * The field checks every decider makes the same way, collecting a {@link FieldError} per bad field so that one
 * {@link ValidationFailed} (400) names them all:
 * <pre>{@code
 * List<FieldError> errors = new ArrayList<>();
 * FieldChecks.checkText(errors, "name", command.name(), true, 200);
 * FieldChecks.requirePresent(errors, "kind", command.kind());
 * FieldChecks.failOn(errors);
 * }</pre>
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** A text of at most {@code max} characters; blank counts as absent, which is an error when {@code required}. */
    public static void checkText(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    public static void requirePresent(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    /** Throws every error collected at once; nothing when there is none. */
    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
