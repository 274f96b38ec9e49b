package com.copydesk.cli;

/** The command line could not be understood; the message says which argument and why. */
public class UsageException extends IllegalArgumentException {

    public UsageException(String message) {
        super(message);
    }
}
