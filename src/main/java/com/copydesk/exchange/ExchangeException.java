package com.copydesk.exchange;

/**
 * An export or import could not be completed. The message is meant to be shown to the person
 * using the app: it names the file and says what went wrong.
 */
public final class ExchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
