package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ends a transaction that failed: rolls it back and puts the connection back into autocommit mode.
 * SQLite may already have rolled it back itself (it does on a full disk); then both steps fail with
 * "no transaction is active", which must not take the place of the failure the user needs to hear
 * about, so they are only added to it.
 */
final class FailedTransaction {

    private FailedTransaction() {
    }

    static void undo(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
