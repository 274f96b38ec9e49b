package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a Copydesk process that is saving as fast as it can, at random moments, again and again:
 * every time the database must be intact and hold at least the last save the process had reported.
 */
class CrashTest {

    private static final UUID ARTICLE = UUID.fromString("00000000-0000-0000-0000-00000000c4a5");
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterNeverLosesAnAcknowledgedSaveNorDamagesTheFile() throws Exception {
        Path file = dir.resolve("crash.copydesk");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 1; round <= ROUNDS; round++) {
            long lastAcknowledged = killDuringSaves(file, 1 + random.nextInt(40));
            String context = "round " + round + ", seed " + seed + ", last acknowledged save " + lastAcknowledged;

            try (Database db = Database.open(file)) {
                assertEquals("ok", TestDatabases.stringValue(db, "PRAGMA integrity_check"), context);
                assertEquals("ok", TestDatabases.stringValue(db, "INSERT INTO article_search(article_search, rank) "
                        + "VALUES('integrity-check', 1) RETURNING 'ok'"), context);
                Article saved = new ArticleStore(db).find(ARTICLE).orElseThrow(() -> new AssertionError(context));
                assertThat(SaveLoop.counter(saved)).as(context).isGreaterThanOrEqualTo(lastAcknowledged);
                assertThat(new ArticleStore(db).list("save" + " " + SaveLoop.counter(saved), 5)).as(context).hasSize(1);
            }
        }
    }

    /** Starts the save loop, kills it after {@code acknowledgements} reported saves, returns the last one reported. */
    private static long killDuringSaves(Path file, int acknowledgements) throws Exception {
        Process child = ChildJvm.start(SaveLoop.class, file.toString());
        List<Long> acknowledged = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    acknowledged.add(Long.parseLong(line.substring(6)));
                    if (acknowledged.size() == acknowledgements) {
                        // Killed while it goes on saving; destroying also closes our end of its output.
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the writer did not die");
        }
        assertThat(acknowledged).as("the writer reported saves").isNotEmpty();
        return acknowledged.get(acknowledged.size() - 1);
    }

    /** Run in a child JVM: saves the same article over and over, printing each save once it is committed. */
    public static final class SaveLoop {

        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[0]))) {
                ArticleStore articles = new ArticleStore(db);
                long counter = articles.find(ARTICLE).map(SaveLoop::counter).orElse(0L);
                Instant created = Instant.parse("2026-01-01T00:00:00Z");
                while (true) {
                    counter++;
                    String words = ("Save " + counter + " of the crash test. ").repeat(1 + (int) (counter % 50));
                    articles.save(new Article(ARTICLE, "Save " + counter, "", "", "", null, List.of("Local"),
                            ArticleStatus.DRAFT, BodyDocument.of(Block.paragraph(words)), created,
                            created.plusSeconds(counter * 7)));
                    System.out.println("saved " + counter);
                    System.out.flush();
                }
            }
        }

        static long counter(Article article) {
            return Long.parseLong(article.headline().substring("Save ".length()));
        }
    }
}
