package com.copydesk.store;

/**
 * Something went wrong reading or writing the Copydesk database. The message is meant to be
 * shown to the person using the app: it names the file and says what happened. {@link #problem()}
 * tells the app which choices to offer.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of trouble the app reacts to differently; most are {@link #OTHER}. */
    public enum Problem {
        /** Another Copydesk has the file open for writing. */
        IN_USE,
        /** The file is damaged (fails SQLite's quick check, or is not a database at all). */
        DAMAGED,
        /** A newer Copydesk wrote the file. */
        NEWER_SCHEMA,
        /** An SQLite file of some other program. */
        NOT_COPYDESK,
        OTHER
    }

    private final Problem problem;

    public StoreException(String message) {
        this(Problem.OTHER, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(Problem.OTHER, message, cause);
    }

    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = java.util.Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
