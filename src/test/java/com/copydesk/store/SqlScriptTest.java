package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndDropsComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- trailing comment
                INSERT INTO t VALUES ('it''s; fine');
                INSERT INTO "odd;name" VALUES ('--not a comment')
                """;

        assertEquals(List.of(
                "CREATE TABLE t (a TEXT DEFAULT 'x;y')",
                "INSERT INTO t VALUES ('it''s; fine')",
                "INSERT INTO \"odd;name\" VALUES ('--not a comment')"), SqlScript.statements(script));
    }

    @Test
    void keepsATriggerBodyInOneStatement() {
        String script = """
                CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
                    INSERT INTO log VALUES (new.a);
                    DELETE FROM other WHERE x = 'END;';
                END;
                SELECT 1;
                """;

        List<String> statements = SqlScript.statements(script);

        assertEquals(2, statements.size());
        assertEquals("SELECT 1", statements.get(1));
        org.assertj.core.api.Assertions.assertThat(statements.get(0)).startsWith("CREATE TRIGGER").endsWith("END");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'oops;"));
    }
}
