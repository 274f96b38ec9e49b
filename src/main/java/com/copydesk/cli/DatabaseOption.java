package com.copydesk.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db FILE}, accepted by every command. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "the Copydesk database (default: the app's own)")
    Path file;
}
