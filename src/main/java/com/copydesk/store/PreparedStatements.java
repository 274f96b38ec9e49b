package com.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statements prepared once on one connection and reused, for queries run on every keystroke
 * (preparing the search costs up to a millisecond or more, measured in src/bench). Owned by the
 * {@link Database} and used only under its lock, like the connection; closed with it. SQLite
 * prepares them again by itself when the schema changes. A statement whose work fails is closed
 * and forgotten, so that the next use starts from a fresh one.
 */
final class PreparedStatements implements AutoCloseable {

    /** Enough for every statement kept this way; the least recently used beyond it is closed. */
    static final int CAPACITY = 16;

    private final Connection connection;
    private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(CAPACITY, 0.75f, true);

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs {@code work} with the statement for {@code sql}, prepared on first use. The work binds
     * every parameter and closes any result set it opens (an open one would hold the read snapshot).
     */
    <T> T with(String sql, StatementWork<T> work) throws SQLException {
        PreparedStatement statement = bySql.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            bySql.put(sql, statement);
            closeBeyondCapacity();
        }
        try {
            return work.run(statement);
        } catch (SQLException | RuntimeException e) {
            bySql.remove(sql);
            closeQuietly(statement, e);
            throw e;
        }
    }

    /** How many statements are kept prepared. */
    int size() {
        return bySql.size();
    }

    private void closeBeyondCapacity() throws SQLException {
        Iterator<PreparedStatement> eldest = bySql.values().iterator();
        while (bySql.size() > CAPACITY) {
            PreparedStatement statement = eldest.next();
            eldest.remove();
            statement.close();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            closeAll(bySql.values());
        } finally {
            bySql.clear();
        }
    }

    /** Closes every statement, even after one fails to close; the first failure is thrown, the others added to it. */
    static void closeAll(Collection<PreparedStatement> statements) throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeQuietly(PreparedStatement statement, Exception failure) {
        try {
            statement.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    /** Work with one kept statement. */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
