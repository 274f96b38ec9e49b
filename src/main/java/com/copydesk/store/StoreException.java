package com.copydesk.store;

/**
 * Something went wrong reading or writing the Copydesk database. The message is meant to be
 * shown to the person using the app: it names the file and says what happened.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
