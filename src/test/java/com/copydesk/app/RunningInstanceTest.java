package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RunningInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartOnTheSameDatabaseMakesTheRunningOneShowItsWindow() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance first = RunningInstance.listen(database, shown::incrementAndGet)) {
            assertThat(RunningInstance.askToShow(database)).isTrue();
            assertThat(RunningInstance.askToShow(dir.resolve(".").resolve("articles.copydesk"))).isTrue();
        }
        assertThat(shown).hasValue(2);
    }

    @Test
    void nothingAnswersWhenNoCopydeskRunsOnThatDatabase() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance other = RunningInstance.listen(dir.resolve("other.copydesk"), shown::incrementAndGet)) {
            assertThat(RunningInstance.askToShow(database)).isFalse();
        }
        assertThat(shown).hasValue(0);
    }

    @Test
    void aFileLeftByACrashedCopydeskDoesNotBlockTheNextStart() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        int deadPort;
        try (ServerSocket closedSinceTheCrash = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = closedSinceTheCrash.getLocalPort();
        }
        Files.writeString(RunningInstance.instanceFileOf(database), deadPort + " 0123abcd\n");

        assertThat(RunningInstance.askToShow(database)).isFalse();

        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance next = RunningInstance.listen(database, shown::incrementAndGet)) {
            assertThat(RunningInstance.askToShow(database)).isTrue();
        }
        assertThat(shown).hasValue(1);
    }

    @Test
    void aPortThatAnswersWithoutTheTokenIsNotTakenForCopydesk() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance running = RunningInstance.listen(database, shown::incrementAndGet)) {
            String port = Files.readString(RunningInstance.instanceFileOf(database)).split(" ")[0];
            Files.writeString(RunningInstance.instanceFileOf(database), port + " not-the-token\n");

            assertThat(RunningInstance.askToShow(database)).isFalse();
        }
        assertThat(shown).hasValue(0);
    }

    @Test
    void aGarbledInstanceFileIsIgnored() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        Files.writeString(RunningInstance.instanceFileOf(database), "port? token?\nmore");

        assertThat(RunningInstance.askToShow(database)).isFalse();
    }

    @Test
    void closingStopsAnsweringAndRemovesTheFile() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        RunningInstance running = RunningInstance.listen(database, () -> { });
        assertThat(RunningInstance.instanceFileOf(database)).exists();

        running.close();

        assertThat(RunningInstance.instanceFileOf(database)).doesNotExist();
        assertThat(RunningInstance.askToShow(database)).isFalse();
    }

    @Test
    void closingLeavesTheFileOfACopydeskThatStartedSince() throws Exception {
        Path database = dir.resolve("articles.copydesk");
        RunningInstance old = RunningInstance.listen(database, () -> { });
        AtomicInteger shown = new AtomicInteger();
        try (RunningInstance newer = RunningInstance.listen(database, shown::incrementAndGet)) {
            old.close();

            assertThat(RunningInstance.askToShow(database)).isTrue();
        }
        assertThat(shown).hasValue(1);
    }
}
