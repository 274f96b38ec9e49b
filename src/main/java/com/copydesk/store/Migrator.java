package com.copydesk.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a database up to the latest schema, one migration per transaction. */
final class Migrator {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final Connection connection;
    private final Path file;
    private final List<Migration> migrations;

    Migrator(Connection connection, Path file, List<Migration> migrations) {
        this.connection = connection;
        this.file = file;
        this.migrations = migrations;
    }

    /** Returns true if the database had no schema and this call created it. */
    boolean migrate() throws SQLException {
        SchemaState state = SchemaState.inspect(connection);
        state.requireUsableBy(migrations.size(), file);
        if (state.version() < migrations.size()) {
            CategoryKeyFunction.register(connection); // for V9
        }
        boolean applied = false;
        for (Migration migration : migrations) {
            if (migration.version() > state.version()) {
                apply(migration);
                applied = true;
            }
        }
        if (applied && state.version() > 0 && hasWordCountColumn()) {
            WordCounts.fillMissing(connection);
        }
        return state.version() == 0;
    }

    /** True when the schema reached has the articles' word count (false only for test migration lists). */
    private boolean hasWordCountColumn() throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet columns = statement.executeQuery(
                     "SELECT 1 FROM pragma_table_info('articles') WHERE name = 'word_count'")) {
            return columns.next();
        }
    }

    private void apply(Migration migration) throws SQLException {
        List<String> statements = migration.statements();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Created here rather than in V1 so that every migration, including the first, is
            // recorded in the same transaction that applies it.
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)")) {
                record.setInt(1, migration.version());
                record.setLong(2, System.currentTimeMillis());
                record.executeUpdate();
            }
            connection.commit();
            LOG.log(Level.INFO, "Applied database migration {0} to {1}", migration.resource(), file);
        } catch (SQLException | RuntimeException e) {
            FailedTransaction.undo(connection, e);
            throw e;
        }
        connection.setAutoCommit(true);
    }
}
