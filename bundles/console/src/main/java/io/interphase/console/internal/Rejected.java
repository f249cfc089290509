package io.interphase.console.internal;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import java.util.List;

/** A request refused with a status of its own (413 too large, 403 cross-origin), its field named as for bad input. */
class Rejected extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final int status;

    Rejected(int status, String field, String message) {
        super(List.of(new FieldError(field, message)));
        this.status = status;
    }

    int status() {
        return status;
    }
}
