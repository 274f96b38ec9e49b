package com.copydesk.store;

import com.copydesk.testdata.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static com.copydesk.testdata.SampleArticles.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OneWriterTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefusedWhileTheFirstIsOpen() {
        Path file = dir.resolve("news.copydesk");
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));

            assertEquals(StoreException.Problem.IN_USE, e.problem());
            assertThat(e.getMessage()).contains(file.toString(), "already open in another Copydesk",
                    "process " + ProcessHandle.current().pid(), "read-only");
        }
        Database.open(file).close();
    }

    @Test
    void readOnlyMayOpenAlongsideTheWriterAndSeesItsSavesButCannotWrite() {
        Path file = dir.resolve("news.copydesk");
        try (Database writer = Database.open(file); Database reader = Database.openReadOnly(file)) {
            new ArticleStore(writer).save(SampleArticles.simple("Fresh", T0));
            assertThat(reader.readOnly()).isTrue();
            assertThat(writer.readOnly()).isFalse();

            assertEquals(1, new ArticleStore(reader).count());
            StoreException e = assertThrows(StoreException.class,
                    () -> new ArticleStore(reader).save(SampleArticles.simple("Refused", T0)));
            assertThat(e.getMessage()).contains("read-only");
        }
    }

    @Test
    void anotherProcessHoldingTheDatabaseIsNamedAndItsCrashFreesTheFile() throws Exception {
        Path file = dir.resolve("news.copydesk");
        Database.open(file).close();
        Process holder = ChildJvm.start(HoldDatabase.class, file.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());

            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals(StoreException.Problem.IN_USE, e.problem());
            assertThat(e.getMessage()).contains("process " + holder.pid());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        Database.open(file).close();
    }

    /** Run in a child JVM: opens the database and keeps it open until killed. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws InterruptedException {
            Database db = Database.open(Path.of(args[0]));
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
            db.close();
        }
    }
}
