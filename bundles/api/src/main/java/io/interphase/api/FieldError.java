package io.interphase.api;

import java.util.Objects;

/**
 * One bad input: the field it was found in (a JSON path such as {@code layers[1].thickness}) and
 * what is wrong with it, including what is allowed.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
