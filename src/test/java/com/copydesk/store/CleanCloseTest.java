package com.copydesk.store;

import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full quick check at open is skipped only for a file Copydesk closed cleanly and nothing touched since. */
class CleanCloseTest {

    @TempDir
    Path dir;

    @Test
    void aFileClosedCleanlyAndUntouchedIsRecognised() {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Council meets", T0));
        }

        assertTrue(WriterLock.closedCleanlyAndUnchanged(file));
    }

    @Test
    void aFileChangedAfterTheCloseIsCheckedAgain() throws Exception {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Council meets", T0));
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(100);
            int same = raw.read();
            raw.seek(100);
            raw.write(same); // same bytes, but written: another program touched the file
        }

        assertFalse(WriterLock.closedCleanlyAndUnchanged(file));
    }

    @Test
    void aFileWhoseLastWriterEndedWithoutClosingIsCheckedAgain() {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Council meets", T0));
        }
        WriterLock crashed = WriterLock.acquire(file); // like a process that dies: the OS drops the lock, no record
        crashed.close();

        assertFalse(WriterLock.closedCleanlyAndUnchanged(file));
    }

    @Test
    void aFileNeverOpenedByCopydeskHasNoRecord() throws Exception {
        Path file = dir.resolve("news.copydesk");
        try (Database db = Database.open(file)) {
            new ArticleStore(db).save(SampleArticles.simple("Council meets", T0));
        }
        Path copy = dir.resolve("copy.copydesk");
        java.nio.file.Files.copy(file, copy);

        assertFalse(WriterLock.closedCleanlyAndUnchanged(copy));
    }
}
