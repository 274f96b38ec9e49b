package com.copydesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads Copydesk's arguments: {@code --version}, {@code --help}, {@code --db PATH} (or {@code --db=PATH}),
 * or a database file given on its own, as a file manager passes it.
 */
public final class CommandLineParser {

    public static final String USAGE = """
            Usage: copydesk [--db FILE | FILE] [--version] [--help] [--self-check]
              --db FILE     open this Copydesk database instead of the default one
              --version     print the version and exit
              --self-check  check without a window that this installation can store, render
                            and export articles (in a temporary folder), then exit
              --help        print this help and exit
            Commands (no window; run 'copydesk COMMAND --help' for details):
              copydesk list|search|export|import [--db FILE] ...""";

    private CommandLineParser() {
    }

    public static LaunchOptions parse(String... args) {
        boolean version = false;
        boolean help = false;
        boolean selfCheck = false;
        Path database = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--version") || arg.equals("-v")) {
                version = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--self-check")) {
                selfCheck = true;
            } else if (arg.equals("--db")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--db needs a file name after it");
                }
                database = once(database, path(args[++i]));
            } else if (arg.startsWith("--db=")) {
                database = once(database, path(arg.substring("--db=".length())));
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            } else {
                database = once(database, path(arg));
            }
        }
        return new LaunchOptions(version, help, selfCheck, Optional.ofNullable(database));
    }

    private static Path once(Path existing, Path next) {
        if (existing != null) {
            throw new UsageException("only one database can be opened at a time, got " + existing + " and " + next);
        }
        return next;
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new UsageException("the database file name is empty");
        }
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            throw new UsageException("\"" + text + "\" is not a valid file name: " + bad.getReason());
        }
    }
}
