package com.copydesk.app;

import com.copydesk.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What a start with a database file does before any window: the plan it hands to the window. */
class MainStartTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetHome() {
        System.clearProperty("copydesk.home");
    }

    @Test
    void aDoubleClickedFileThatIsNotADatabaseIsAnsweredInTheWindowsStartupDialogAndLeftUntouched() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.copydesk"), "Dear diary, this is not a database.");
        System.setProperty("copydesk.home", dir.resolve("home").toString());
        List<CopydeskApp.Plan> launched = new ArrayList<>();

        int exit = Main.run(new String[] {notes.toString()}, plan -> {
            launched.add(plan);
            return 7;
        });

        assertThat(exit).as("the window's own exit code").isEqualTo(7);
        assertThat(launched).hasSize(1);
        Throwable refusal = catchThrowable(() -> launched.get(0).database().join());
        assertThat(refusal).isInstanceOf(CompletionException.class).cause().isInstanceOf(StoreException.class)
                .hasMessageContaining(notes.toString()).hasMessageContaining("not a Copydesk database");
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo("Dear diary, this is not a database.");
    }
}
