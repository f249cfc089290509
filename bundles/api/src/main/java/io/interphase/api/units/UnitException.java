package io.interphase.api.units;

/** Text that is not a quantity of the expected kind; the message says what is allowed. */
public class UnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
