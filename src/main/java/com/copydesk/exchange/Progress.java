package com.copydesk.exchange;

/**
 * Follows a long export or import: told after each article, and asked whether the user has
 * cancelled. A cancelled export leaves no file behind; a cancelled import leaves the file's
 * articles out entirely. Called on the thread doing the work (for an import, the thread that
 * reads the file, which the storage reads a few articles ahead of its writes).
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void advanced(int articlesDone) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void advanced(int articlesDone);

    boolean cancelled();

    /** Throws when cancelled, otherwise reports {@code articlesDone}. */
    default void step(int articlesDone, String what) {
        if (cancelled()) {
            throw new ExchangeException(what + " was cancelled: nothing was written.");
        }
        advanced(articlesDone);
    }
}
