package com.fivearrows.platform.domain;

import java.util.List;

/** Input that is malformed or out of range, listing every offending field (HTTP 400). */
public final class ValidationFailed extends DomainException {
    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super("Validation failed: " + describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
    }
}
