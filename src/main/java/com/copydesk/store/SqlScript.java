package com.copydesk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. Understands {@code --} comments, quoted
 * strings/identifiers and trigger bodies: inside a {@code CREATE TRIGGER} statement a semicolon
 * ends the statement only after the closing {@code END}.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(script, i);
                current.append(script, i, end);
                i = end;
            } else if (c == ';' && !insideTriggerBody(current)) {
                addIfNotBlank(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addIfNotBlank(statements, current);
        return List.copyOf(statements);
    }

    private static boolean insideTriggerBody(StringBuilder statement) {
        String text = statement.toString().strip().toUpperCase(java.util.Locale.ROOT);
        return text.startsWith("CREATE TRIGGER") && !text.matches("(?s).*\\bEND$");
    }

    /** Index just past the quote that closes the one at {@code start}; doubled quotes are escapes. */
    private static int closingQuote(String script, int start) {
        char quote = script.charAt(start);
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " quote in SQL script");
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}
