package com.copydesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreparedStatementsTest {

    @TempDir
    Path dir;

    private Connection connection;
    private PreparedStatements statements;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("statements.db"));
        statements = new PreparedStatements(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        statements.close();
        connection.close();
    }

    @Test
    void theSameSqlGetsTheSameStatementWithItsNewParameters() throws SQLException {
        PreparedStatement first = statements.with("SELECT ? + 1", statement -> statement);

        assertThat(plusOne(41)).isEqualTo(42);
        assertThat(plusOne(1)).isEqualTo(2);
        PreparedStatement again = statements.with("SELECT ? + 1", statement -> statement);
        assertThat((Object) again).isSameAs(first);
        assertThat(statements.size()).isEqualTo(1);
    }

    @Test
    void aStatementWhoseWorkFailedIsClosedAndPreparedAfresh() throws SQLException {
        PreparedStatement failed = statements.with("SELECT ? + 1", statement -> statement);

        assertThatThrownBy(() -> statements.with("SELECT ? + 1", statement -> {
            throw new SQLException("broken");
        })).hasMessage("broken");

        assertThat(failed.isClosed()).isTrue();
        assertThat(statements.size()).isZero();
        assertThat(plusOne(2)).isEqualTo(3);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedIsClosed() throws SQLException {
        List<PreparedStatement> kept = new ArrayList<>();
        for (int i = 0; i < PreparedStatements.CAPACITY; i++) {
            kept.add(statements.with("SELECT " + i, statement -> statement));
        }
        statements.with("SELECT 0", statement -> statement);

        statements.with("SELECT 'one more'", statement -> statement);

        assertThat(statements.size()).isEqualTo(PreparedStatements.CAPACITY);
        assertThat(kept.get(0).isClosed()).isFalse();
        assertThat(kept.get(1).isClosed()).isTrue();
        assertThat(kept.get(2).isClosed()).isFalse();
    }

    @Test
    void closingClosesEveryKeptStatement() throws SQLException {
        PreparedStatement one = statements.with("SELECT 1", statement -> statement);
        PreparedStatement two = statements.with("SELECT 2", statement -> statement);

        statements.close();

        assertThat(one.isClosed()).isTrue();
        assertThat(two.isClosed()).isTrue();
        assertThat(statements.size()).isZero();
    }

    private int plusOne(int value) throws SQLException {
        return statements.with("SELECT ? + 1", statement -> {
            statement.setInt(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
