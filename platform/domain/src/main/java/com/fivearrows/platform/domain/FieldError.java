package com.fivearrows.platform.domain;

import java.util.Objects;

/** One invalid field of a request or command: where it is and what is wrong with it. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
