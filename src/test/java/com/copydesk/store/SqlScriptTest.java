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
    void anUnterminatedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'oops;"));
    }
}
