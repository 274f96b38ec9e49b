package com.copydesk.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line asked for. */
public record LaunchOptions(boolean showVersion, boolean showHelp, boolean selfCheck, Optional<Path> database) {

    public LaunchOptions {
        database = database == null ? Optional.empty() : database;
    }
}
