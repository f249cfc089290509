package io.interphase.api.analysis;

/**
 * A fit that could not finish with the data it was given: it did not converge, a parameter ran off, or
 * it used up its time budget. The input was well formed (a REST client gets 422, not 400); the message
 * says what happened, with its figures, and what to try.
 */
public class FitFailedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FitFailedException(String message) {
        super(message);
    }
}
