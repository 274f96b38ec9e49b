package com.copydesk.store;

import com.copydesk.page.Logo;
import com.copydesk.page.Publication;
import com.copydesk.page.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicationStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasTheDefaultPublication() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            assertEquals(Publication.DEFAULT, new PublicationStore(db).load());
        }
    }

    @Test
    void savedSettingsSurviveReopening() {
        Path file = dir.resolve("p.copydesk");
        Publication arabic = new Publication("\u0627\u0644\u0635\u062D\u064A\u0641\u0629", "\u0627\u0644\u0635\u0628\u0627\u062D",
                "\uD83D\uDCF0 \u0623\u062E\u0628\u0627\u0631", Locale.forLanguageTag("ar-EG"));
        try (Database db = Database.open(file)) {
            new PublicationStore(db).save(arabic);
        }

        try (Database db = Database.open(file)) {
            assertEquals(arabic, new PublicationStore(db).load());
        }
    }

    @Test
    void savingAgainReplacesTheSettings() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            PublicationStore store = new PublicationStore(db);
            store.save(new Publication("First", "A", "One", Locale.UK));
            Publication second = new Publication("Second", "", "", Locale.forLanguageTag("he-IL"));

            store.save(second);

            assertEquals(second, store.load());
            assertEquals(6, TestDatabases.longValue(db, "SELECT count(*) FROM settings"));
        }
    }

    @Test
    void missingOrUnusableSettingsFallBackToTheDefaults() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            TestDatabases.execute(db, "INSERT INTO settings (key, value) VALUES ('publication.name', '  ')");
            TestDatabases.execute(db, "INSERT INTO settings (key, value) VALUES ('publication.edition', 'Late')");

            Publication loaded = new PublicationStore(db).load();

            assertEquals(new Publication(Publication.DEFAULT.name(), "Late", Publication.DEFAULT.tagline(),
                    Publication.DEFAULT.locale()), loaded);
        }
    }

    @Test
    void accentColorAndSectionsSurviveReopening() {
        Path file = dir.resolve("p.copydesk");
        Publication styled = new Publication("The Ledger", "Late", "Daily.", Locale.UK, "#0a3d62",
                java.util.List.of("World", "Local", "Arts & Culture"));
        try (Database db = Database.open(file)) {
            new PublicationStore(db).save(styled);
        }

        try (Database db = Database.open(file)) {
            assertEquals(styled, new PublicationStore(db).load());
        }
    }

    @Test
    void unusableAccentColorOrSectionsFallBackToTheDefaults() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            TestDatabases.execute(db, "INSERT INTO settings (key, value) VALUES ('publication.accent', 'red;}body{x')");
            TestDatabases.execute(db, "INSERT INTO settings (key, value) VALUES ('publication.sections', '"
                    + "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm')");

            Publication loaded = new PublicationStore(db).load();

            assertEquals(Publication.DEFAULT.accentColor(), loaded.accentColor());
            assertEquals(Publication.DEFAULT.sections(), loaded.sections());
        }
    }

    @Test
    void logoSurvivesReopeningByteForByte() {
        Path file = dir.resolve("p.copydesk");
        Logo logo = TestImages.pngLogo(240, 60);
        Publication withLogo = Publication.DEFAULT.withLogo(logo);
        try (Database db = Database.open(file)) {
            new PublicationStore(db).save(withLogo);
        }

        try (Database db = Database.open(file)) {
            Publication loaded = new PublicationStore(db).load();
            assertEquals(withLogo, loaded);
            assertArrayEquals(TestImages.png(240, 60), loaded.logo().bytes());
            assertEquals(240, loaded.logo().width());
        }
    }

    @Test
    void removingTheLogoLeavesNoTraceOfIt() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            PublicationStore store = new PublicationStore(db);
            store.save(Publication.DEFAULT.withLogo(new Logo(Logo.JPEG, TestImages.image("jpg", 30, 30))));

            store.save(Publication.DEFAULT);

            assertNull(store.load().logo());
            assertEquals(0, TestDatabases.longValue(db, "SELECT count(*) FROM settings WHERE key = 'publication.logo'"));
        }
    }

    @Test
    void aDamagedStoredLogoIsDroppedAndTheRestLoads() {
        try (Database db = Database.open(dir.resolve("p.copydesk"))) {
            PublicationStore store = new PublicationStore(db);
            store.save(new Publication("The Ledger", "", "", Locale.UK).withLogo(TestImages.pngLogo(20, 20)));
            TestDatabases.execute(db, "UPDATE settings SET value = 'image/png;base64,PHN2Zz4=' WHERE key = 'publication.logo'");

            Publication loaded = store.load();

            assertEquals("The Ledger", loaded.name());
            assertNull(loaded.logo());
        }
    }
}
