package com.copydesk.cli;

/** The command was well formed, but what it asked for cannot be done; exit code 1. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
