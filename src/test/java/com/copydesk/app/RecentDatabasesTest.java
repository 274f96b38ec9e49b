package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDatabasesTest {

    @TempDir
    Path dir;

    private SettingsFile file() {
        return new SettingsFile(dir.resolve("config").resolve(RecentDatabases.FILE_NAME), "test", Runnable::run);
    }

    @Test
    void theDatabaseOpenedLastComesFirstAndOpeningAgainMovesItUpWithoutRepeating() {
        RecentDatabases recent = new RecentDatabases(file());
        recent.opened(dir.resolve("a.copydesk"));
        recent.opened(dir.resolve("b.copydesk"));
        recent.opened(dir.resolve("a.copydesk"));

        assertThat(recent.files()).containsExactly(dir.resolve("a.copydesk"), dir.resolve("b.copydesk"));
    }

    @Test
    void onlyTheLastEightAreKept() {
        RecentDatabases recent = new RecentDatabases(file());
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            opened.add(dir.resolve("db" + i + ".copydesk"));
            recent.opened(opened.get(i));
        }

        assertThat(recent.files()).hasSize(RecentDatabases.KEPT).first().isEqualTo(opened.get(10));
        assertThat(recent.files()).doesNotContain(opened.get(0), opened.get(1), opened.get(2));
    }

    @Test
    void theListAndTheLastDatabaseAreRememberedForTheNextStart() {
        RecentDatabases recent = new RecentDatabases(file());
        recent.opened(dir.resolve("old.copydesk"));
        recent.opened(dir.resolve("new.copydesk"));

        assertThat(new RecentDatabases(file()).files())
                .containsExactly(dir.resolve("new.copydesk"), dir.resolve("old.copydesk"));
        assertThat(RecentDatabases.last(file())).contains(dir.resolve("new.copydesk"));
    }

    @Test
    void aForgottenDatabaseLeavesTheListForGood() {
        RecentDatabases recent = new RecentDatabases(file());
        recent.opened(dir.resolve("gone.copydesk"));
        recent.opened(dir.resolve("here.copydesk"));

        recent.forget(dir.resolve("gone.copydesk"));

        assertThat(new RecentDatabases(file()).files()).containsExactly(dir.resolve("here.copydesk"));
    }

    @Test
    void aDamagedOrHandEditedFileGivesAnEmptyOrPartialListNotAnError() throws Exception {
        Path settings = file().file();
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "recent.0=relative/path.copydesk\nrecent.1=" + dir.resolve("ok.copydesk")
                .toString().replace("\\", "\\\\") + "\n\\u12");

        assertThat(new RecentDatabases(file()).files()).isEmpty();
        Files.writeString(settings, "recent.0=" + dir.resolve("ok.copydesk").toString().replace("\\", "\\\\")
                + "\nrecent.1=relative.copydesk\n");
        assertThat(new RecentDatabases(file()).files()).containsExactly(dir.resolve("ok.copydesk"));
    }

    @Test
    void theOpenRecentMenuKeepsHearingOfChangesAfterAGarbageCollection() {
        RecentDatabases recent = new RecentDatabases(file());
        List<Path> told = new ArrayList<>();
        recent.files().addListener((javafx.collections.ListChangeListener<Path>) change -> told.add(recent.files().get(0)));
        System.gc();

        recent.opened(dir.resolve("after-gc.copydesk"));

        assertThat(told).containsExactly(dir.resolve("after-gc.copydesk"));
    }

    @Test
    void withoutAnyRecentDatabaseTheDefaultOneOpens() {
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("config"), dir.resolve("logs"));
        assertThat(Main.lastOrDefaultDatabase(paths)).isEqualTo(paths.defaultDatabase());
    }

    @Test
    void theLastDatabaseOpensNextTimeWhileItIsStillThere() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("config"), dir.resolve("logs"));
        Path last = dir.resolve("desk.copydesk");
        new RecentDatabases(file()).opened(last);
        Files.writeString(last, "");

        assertThat(Main.lastOrDefaultDatabase(paths)).isEqualTo(last);

        Files.delete(last);
        assertThat(Main.lastOrDefaultDatabase(paths)).isEqualTo(paths.defaultDatabase());
    }
}
