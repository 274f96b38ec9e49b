package com.copydesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteLibraryTest {

    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    @TempDir
    Path dir;

    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void rememberDriverSettings() {
        pathBefore = System.getProperty(PATH);
        nameBefore = System.getProperty(NAME);
    }

    @AfterEach
    void restoreDriverSettings() {
        restore(PATH, pathBefore);
        restore(NAME, nameBefore);
    }

    @Test
    void theLibraryIsCopiedOnceAndTheDriverPointedAtTheCopy() throws Exception {
        Path copy = SqliteLibrary.useCopyIn(dir);

        assertThat(copy).isRegularFile().startsWith(dir);
        assertThat(Files.size(copy)).isGreaterThan(100_000);
        assertThat(System.getProperty(PATH)).isEqualTo(copy.getParent().toString());
        assertThat(System.getProperty(NAME)).isEqualTo(copy.getFileName().toString());

        FileTime written = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, written);
        assertThat(SqliteLibrary.useCopyIn(dir)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("the second start uses the copy as it is").isEqualTo(written);
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void aPartlyWrittenCopyIsWrittenAgain() throws Exception {
        Path copy = SqliteLibrary.useCopyIn(dir);
        long size = Files.size(copy);
        Files.write(copy, new byte[1000]);

        assertThat(SqliteLibrary.useCopyIn(dir)).isEqualTo(copy);
        assertThat(Files.size(copy)).isEqualTo(size);
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("native"), "a file where the folder should be");
        restore(PATH, null);
        restore(NAME, null);

        assertThat(SqliteLibrary.useCopyIn(notAFolder)).isNull();
        assertThat(System.getProperty(PATH)).isNull();
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
