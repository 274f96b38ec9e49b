package com.copydesk.app;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * File → Open recent: the databases opened last, newest first, at most {@value #KEPT}. The first
 * is the one the next start opens. Kept in recent.properties in the config folder.
 */
final class RecentDatabases {

    static final int KEPT = 8;
    static final String FILE_NAME = "recent.properties";

    private final SettingsFile file;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One wrapper for everyone: a wrapper made per call listens weakly and would stop telling its listeners once collected. */
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    RecentDatabases(SettingsFile file) {
        this.file = file;
        files.setAll(read(file.load()));
    }

    /** The last database opened, when there is one; read before JavaFX starts. */
    static Optional<Path> last(SettingsFile file) {
        List<Path> recent = read(file.load());
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    /** Newest first. */
    ObservableList<Path> files() {
        return readOnlyFiles;
    }

    /** {@code database} was opened: it moves to the top. */
    void opened(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(KEPT, next.size())));
        save();
    }

    /** {@code database} is gone (moved, deleted): it leaves the list. */
    void forget(Path database) {
        if (files.remove(database.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        Properties p = new Properties();
        for (int i = 0; i < files.size(); i++) {
            p.setProperty("recent." + i, files.get(i).toString());
        }
        file.save(p);
    }

    private static List<Path> read(Properties p) {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            String value = p.getProperty("recent." + i);
            if (value == null || value.isBlank()) {
                break;
            }
            try {
                Path path = Path.of(value);
                if (path.isAbsolute() && !recent.contains(path)) {
                    recent.add(path);
                }
            } catch (java.nio.file.InvalidPathException unusable) {
                // A hand-edited or foreign entry: skipped.
            }
        }
        return recent;
    }
}
