package com.copydesk.store;

import com.copydesk.article.Article;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {

    private static final Instant DAY1 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theFirstStartOfADayMakesOneBackupAndSevenAreKept() {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            assertTrue(backups.makeDailyIfNeeded(DAY1).isPresent());
            assertTrue(backups.makeDailyIfNeeded(DAY1.plus(Duration.ofHours(5))).isEmpty(), "one a day");
            for (int day = 1; day <= 9; day++) {
                backups.makeDailyIfNeeded(DAY1.plus(Duration.ofDays(day)));
            }

            List<Backup> kept = backups.list();
            assertEquals(7, kept.size());
            assertEquals(DAY1.plus(Duration.ofDays(9)), kept.get(0).made());
            assertEquals(DAY1.plus(Duration.ofDays(3)), kept.get(6).made());
            assertTrue(kept.stream().allMatch(b -> b.file().getParent().equals(dir.resolve("backups"))));
        }
    }

    /**
     * The daily backup of a large database takes seconds (10 s for 100,000 articles on the build
     * machine): made on the database's own connection it held up every list, search, open and save
     * of the first start of the day. It reads a snapshot on a connection of its own instead.
     */
    @Test
    void theDailyBackupIsMadeWhileTheDatabaseIsBusyAndHoldsTheStateItStartedFrom() throws Exception {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article saved = SampleArticles.simple("Saved before the backup", T0);
            articles.save(saved);
            Backups backups = new Backups(db);

            Path made = HeldDatabase.whileBusy(db, () -> backups.makeDailyIfNeeded(DAY1)).orElseThrow();

            try (Database copy = Database.open(made)) {
                assertEquals(List.of(saved.id()), new ArticleStore(copy).list("", 10).stream().map(s -> s.id()).toList());
            }
        }
    }

    @Test
    void aHalfWrittenBackupLeftByAnEndedProcessIsClearedByTheNextOne() throws Exception {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            Path stale = Files.createDirectories(backups.folder()).resolve("daily-20261031T080000000Z.copydesk-backup.partial");
            Files.write(stale, new byte[4096]);
            Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(DAY1.minus(Duration.ofDays(1))));

            backups.makeDailyIfNeeded(DAY1).orElseThrow();

            assertThat(stale).doesNotExist();
            assertEquals(1, backups.list().size());
        }
    }

    /** A leftover that cannot be removed (here a folder in its name's place) is left; today's backup is still made. */
    @Test
    void aLeftoverThatCannotBeRemovedDoesNotStopTheDailyBackup() throws Exception {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            Backups backups = new Backups(db);
            Path stuck = Files.createDirectories(backups.folder().resolve("daily-20261031T080000000Z.copydesk-backup.partial"));
            Files.writeString(stuck.resolve("inside"), "keeps the folder from being deleted");
            Files.setLastModifiedTime(stuck, java.nio.file.attribute.FileTime.from(DAY1.minus(Duration.ofDays(1))));

            assertTrue(backups.makeDailyIfNeeded(DAY1).isPresent());

            assertEquals(1, backups.list().size());
            assertThat(stuck).isDirectory();
        }
    }

    @Test
    void aBackupHoldsTheArticlesAndRestoringBringsThemBackAfterSavingTheCurrentState() {
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article kept = SampleArticles.simple("Kept in the backup", T0);
            articles.save(kept);
            Backups backups = new Backups(db);
            Path daily = backups.makeDailyIfNeeded(DAY1).orElseThrow();
            Article later = SampleArticles.simple("Written after the backup", T0.plusSeconds(60));
            articles.save(later);

            backups.restore(daily, DAY1.plusSeconds(60));

            assertEquals(List.of(kept.id()), articles.list("", 10).stream().map(s -> s.id()).toList());
            assertEquals(List.of("Kept in the backup"), ArticleStoreTest.headlines(articles.list("backup", 10)));
            Backup before = backups.list().stream().filter(b -> b.kind() == Backup.Kind.BEFORE_RESTORE)
                    .findFirst().orElseThrow();
            try (Database copy = Database.open(before.file())) {
                assertEquals(2, new ArticleStore(copy).count(), "the state before the restore was saved");
            }
        }
    }

    @Test
    void restoringSomethingThatIsNotADatabaseChangesNothing() throws Exception {
        Path bogus = dir.resolve("bogus.copydesk-backup");
        Files.writeString(bogus, "not a database at all");
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            new ArticleStore(db).save(SampleArticles.simple("Safe", T0));

            StoreException e = assertThrows(StoreException.class, () -> new Backups(db).restore(bogus, DAY1));

            assertThat(e.getMessage()).contains("bogus.copydesk-backup");
            assertEquals(1, new ArticleStore(db).count());
        }
    }

    @Test
    void aBackupFromAnOlderVersionThatCannotBeUpgradedLeavesTheDatabaseAsItWas() throws Exception {
        Path old = dir.resolve("old.copydesk-backup");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             java.sql.Statement statement = connection.createStatement()) {
            new Migrator(connection, old, Migrations.ALL.subList(0, 8)).migrate();
            // Two spellings of one category, which the upgrade merges, and a trigger that refuses it.
            statement.executeUpdate("INSERT INTO categories (name, position, color) VALUES ('Économie', 7, ''), ('économie', 8, '')");
            statement.executeUpdate("CREATE TRIGGER refuse BEFORE DELETE ON categories BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        try (Database db = Database.open(dir.resolve("news.copydesk"))) {
            ArticleStore articles = new ArticleStore(db);
            Article current = SampleArticles.simple("Current story", T0);
            articles.save(current);

            StoreException e = assertThrows(StoreException.class, () -> new Backups(db).restore(old, DAY1));

            assertThat(e.getMessage()).contains("old.copydesk-backup").contains("as it was");
            assertEquals("Current story", articles.find(current.id()).orElseThrow().headline());
            Article later = SampleArticles.simple("Written after", T0.plusSeconds(60));
            articles.save(later);
            assertEquals(2, articles.count());
        }
    }

    @Test
    void upgradingTheSchemaBacksUpTheOldFileFirst() throws Exception {
        Path file = dir.resolve("old.copydesk");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(connection, file, Migrations.ALL.subList(0, 1)).migrate();
        }

        try (Database db = Database.open(file)) {
            List<Backup> backups = new Backups(db).list();
            assertEquals(1, backups.size());
            assertEquals(Backup.Kind.BEFORE_UPGRADE, backups.get(0).kind());
            assertThat(backups.get(0).file().getFileName().toString()).startsWith("before-v" + Migrations.latestVersion());
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backups").toFile().listFiles()[0]);
             var rows = copy.createStatement().executeQuery("SELECT max(version) FROM schema_version")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the backup holds the file as it was before the upgrade");
        }
    }

    @Test
    void aRecoveredCopyOfTheLatestBackupOpensBesideTheDamagedFile() throws Exception {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Saved by the backup", T0));
            new Backups(db).makeDailyIfNeeded(DAY1);
        }
        Files.writeString(file, "ruined");

        Path copy = Backups.recoverCopy(Backups.listFor(file).get(0), file, DAY1.plusSeconds(5));

        assertEquals(dir, copy.getParent());
        assertThat(copy.getFileName().toString()).startsWith("news-recovered-").endsWith(".copydesk");
        assertEquals("ruined", Files.readString(file));
        try (Database recovered = Database.open(copy)) {
            assertEquals(1, new ArticleStore(recovered).count());
        }
    }
}
