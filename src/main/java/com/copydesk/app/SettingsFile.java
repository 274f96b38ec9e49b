package com.copydesk.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * A small properties file in the user's config folder. Settings are not worth bothering the user
 * about: an unreadable file reads as empty and a failed write is only logged. Writes go through
 * {@code writer} (off the JavaFX thread in the app) and replace the file atomically.
 */
final class SettingsFile {

    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    private final Path file;
    private final String comment;
    private final Executor writer;

    SettingsFile(Path file, String comment, Executor writer) {
        this.file = file;
        this.comment = comment;
        this.writer = writer;
    }

    Path file() {
        return file;
    }

    /** The stored settings; empty when there are none yet or they cannot be read. */
    Properties load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException none) {
            return new Properties();
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable settings in " + file, unreadable);
            return new Properties();
        }
        return p;
    }

    /** Stores {@code settings} (a copy is taken now, the file is written by the writer). */
    void save(Properties settings) {
        Properties copy = new Properties();
        copy.putAll(settings);
        writer.execute(() -> write(copy));
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, comment);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the settings in " + file, failure);
        }
    }
}
