package com.copydesk.store;

import com.copydesk.testdata.DamagedFiles;
import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StartupFaultsTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsRefusedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("damaged.copydesk");
        try (Database db = Database.open(file)) {
            ArticleStore articles = new ArticleStore(db);
            for (int i = 0; i < 200; i++) {
                articles.save(SampleArticles.simple("Story " + i + " " + "words ".repeat(200), T0.plusSeconds(i)));
            }
        }
        DamagedFiles.zeroRootPageOf(file, "articles");
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals(StoreException.Problem.DAMAGED, e.problem());
        assertThat(e.getMessage()).contains(file.toString(), "damaged");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileFromANewerCopydeskIsRefusedAsNewer() {
        Path file = dir.resolve("newer.copydesk");
        try (Database db = Database.open(file)) {
            TestDatabases.execute(db, "INSERT INTO schema_version VALUES (99, 0)");
        }

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals(StoreException.Problem.NEWER_SCHEMA, e.problem());
        assertThat(e.getMessage()).contains("newer Copydesk");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("notes.copydesk");
        Files.writeString(file, "Dear diary");

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

        assertEquals(StoreException.Problem.DAMAGED, e.problem());
    }
}
