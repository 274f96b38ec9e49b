package com.copydesk.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineParserTest {

    @Test
    void noArgumentsMeansTheDefaultDatabase() {
        LaunchOptions options = CommandLineParser.parse();
        assertThat(options.database()).isEmpty();
        assertThat(options.showVersion()).isFalse();
    }

    @Test
    void readsDbInBothSpellingsAndAsABareFile() {
        Path expected = Path.of("/tmp/news.copydesk");
        assertThat(CommandLineParser.parse("--db", "/tmp/news.copydesk").database()).contains(expected);
        assertThat(CommandLineParser.parse("--db=/tmp/news.copydesk").database()).contains(expected);
        assertThat(CommandLineParser.parse("/tmp/news.copydesk").database()).contains(expected);
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingDirectory() {
        assertThat(CommandLineParser.parse("--db", "news.copydesk").database())
                .contains(Path.of("news.copydesk").toAbsolutePath());
    }

    @Test
    void versionHelpAndSelfCheck() {
        assertThat(CommandLineParser.parse("--version").showVersion()).isTrue();
        assertThat(CommandLineParser.parse("--help").showHelp()).isTrue();
        assertThat(CommandLineParser.parse("--self-check").selfCheck()).isTrue();
        assertThat(CommandLineParser.parse().selfCheck()).isFalse();
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndTwoDatabases() {
        assertThatThrownBy(() -> CommandLineParser.parse("--frobnicate"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> CommandLineParser.parse("--db"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--db");
        assertThatThrownBy(() -> CommandLineParser.parse("a.copydesk", "b.copydesk"))
                .isInstanceOf(UsageException.class).hasMessageContaining("a.copydesk");
        assertThatThrownBy(() -> CommandLineParser.parse("--db="))
                .isInstanceOf(UsageException.class);
    }
}
