package com.copydesk.store;

import com.copydesk.body.BodyStats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the word count of articles saved before the column existed, counted from their stored plain
 * text the way the editor counts ({@link BodyStats#countWords}). SQL alone cannot count like that
 * (hyphens, numbers, CJK, emoji), so this runs in Java once, right after the migrations.
 */
final class WordCounts {

    private WordCounts() {
    }

    static int fillMissing(Connection connection) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, body_text FROM articles WHERE word_count IS NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String text = rows.getString(2);
                counts.put(rows.getString(1), text == null ? 0 : BodyStats.countWords(text));
            }
        }
        if (counts.isEmpty()) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE articles SET word_count = ? WHERE id = ?")) {
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                update.setInt(1, count.getValue());
                update.setString(2, count.getKey());
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return counts.size();
    }
}
