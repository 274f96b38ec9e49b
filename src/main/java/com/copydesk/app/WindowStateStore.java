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

/** Keeps {@link WindowState} in a small properties file in the user's config folder. */
final class WindowStateStore {

    private static final System.Logger LOG = System.getLogger(WindowStateStore.class.getName());

    private final Path file;

    WindowStateStore(Path configDir) {
        this.file = configDir.resolve("window.properties");
    }

    /** The remembered state, or the default when there is none or it cannot be read. */
    WindowState load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new WindowState(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")),
                    new double[] {number(p, "divider.0"), number(p, "divider.1")});
        } catch (NoSuchFileException none) {
            return WindowState.DEFAULT;
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable window settings in " + file, unreadable);
            return WindowState.DEFAULT;
        }
    }

    /** Writes atomically; losing window geometry is not worth bothering the user, so failures are only logged. */
    void save(WindowState state) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(state.x()));
        p.setProperty("y", Double.toString(state.y()));
        p.setProperty("width", Double.toString(state.width()));
        p.setProperty("height", Double.toString(state.height()));
        p.setProperty("maximized", Boolean.toString(state.maximized()));
        double[] dividers = state.dividers();
        p.setProperty("divider.0", Double.toString(dividers[0]));
        p.setProperty("divider.1", Double.toString(dividers[1]));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "window", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Copydesk window layout");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember the window layout in " + file, failure);
        }
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }
}
