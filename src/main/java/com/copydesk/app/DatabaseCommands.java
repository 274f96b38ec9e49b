package com.copydesk.app;

import com.copydesk.store.Database;
import com.copydesk.store.DatabaseCopy;
import com.copydesk.store.StoreException;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → New database…, Open database…, Open recent and Save a copy as…. Opening happens on the
 * open session's storage thread, after its pending save, so nothing typed is lost; the session
 * is only replaced once the other database is open, so a refused file changes nothing.
 */
final class DatabaseCommands {

    static final String EXTENSION = ".copydesk";

    private final Stage stage;
    private final Dialogs dialogs;
    private final RecentDatabases recent;
    private final Supplier<Session> current;
    private final Consumer<Runnable> leaveOnceSaved;
    private final Consumer<Database> switchTo;

    DatabaseCommands(Stage stage, Dialogs dialogs, RecentDatabases recent, Supplier<Session> current,
                     Consumer<Runnable> leaveOnceSaved, Consumer<Database> switchTo) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.recent = recent;
        this.current = current;
        this.leaveOnceSaved = leaveOnceSaved;
        this.switchTo = switchTo;
    }

    /** Adds the commands to the File menu, after Save. */
    void addTo(MenuBar bar) {
        Menu file = bar.getMenus().stream().filter(menu -> "menuFile".equals(menu.getId())).findFirst().orElseThrow();
        int afterSave = file.getItems().indexOf(file.getItems().stream()
                .filter(item -> "menuSave".equals(item.getId())).findFirst().orElse(null)) + 1;
        file.getItems().addAll(afterSave, List.of(new SeparatorMenuItem(),
                item("New database…", "menuNewDatabase", null, this::newDatabase),
                item("Open database…", "menuOpenDatabase", KeyCode.O, this::openDatabase),
                recentMenu(),
                item("Save a copy as…", "menuSaveCopy", null, this::saveCopy)));
    }

    void newDatabase() {
        dialogs.chooseNewDatabase(stage).map(DatabaseCommands::withExtension).ifPresent(file -> open(file, true));
    }

    void openDatabase() {
        dialogs.chooseDatabaseToOpen(stage).ifPresent(file -> open(file, false));
    }

    void openRecent(Path file) {
        open(file, false);
    }

    /** Writes a consistent copy of the open database (its pending save included) to a chosen file. */
    void saveCopy() {
        Session session = current.get();
        String stem = stem(session.database.file());
        dialogs.chooseDatabaseCopy(stage, stem + "-copy" + EXTENSION).map(DatabaseCommands::withExtension)
                .ifPresent(target -> {
                    session.model.saveNow();
                    session.model.showMessage("Saving a copy to " + target + "…");
                    session.model.exportAfterPendingSaves(() -> new DatabaseCopy(session.database).saveTo(target),
                            copy -> session.model.showMessage("Saved a copy to " + copy + "."),
                            failure -> dialogs.showError(stage, "The copy was not saved", failure.getMessage()));
                });
    }

    private void open(Path chosen, boolean create) {
        Path file = chosen.toAbsolutePath().normalize();
        Session session = current.get();
        if (file.equals(session.database.file())) {
            session.model.showMessage(file + " is the database that is open.");
            return;
        }
        leaveOnceSaved.accept(() -> {
            session.model.showMessage((create ? "Creating " : "Opening ") + file + "…");
            session.executor.submit(() -> create ? createNew(file) : openExisting(file), switchTo,
                    failure -> refused(file, failure));
        });
    }

    private static Database createNew(Path file) {
        if (Files.exists(file)) {
            throw new StoreException("Cannot create " + file + ": a file of that name is already there."
                    + " Use File → Open database… to open it, or choose another name.");
        }
        return Database.open(file);
    }

    /** Opens (and upgrades, when older) a database file that must already exist. */
    private static Database openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MissingDatabase(file);
        }
        return Database.open(file);
    }

    private void refused(Path file, Throwable failure) {
        current.get().model.showMessage("");
        if (failure instanceof MissingDatabase) {
            recent.forget(file);
            dialogs.showError(stage, "Database not found", failure.getMessage());
            return;
        }
        dialogs.showError(stage, "Could not open the database", failure.getMessage());
    }

    private Menu recentMenu() {
        Menu menu = new Menu("Open recent");
        menu.setId("menuOpenRecent");
        ListChangeListener<Path> refill = change -> fillRecent(menu);
        // Weak, so that the menus of databases closed since do not stay alive with the list.
        menu.getProperties().put(ListChangeListener.class, refill);
        recent.files().addListener(new javafx.collections.WeakListChangeListener<>(refill));
        fillRecent(menu);
        return menu;
    }

    private void fillRecent(Menu menu) {
        Path open = current.get() == null ? null : current.get().database.file();
        List<Path> others = recent.files().stream().filter(file -> !file.equals(open)).toList();
        menu.getItems().clear();
        for (int i = 0; i < others.size(); i++) {
            Path file = others.get(i);
            MenuItem item = item(file.getFileName() + "  —  " + file.getParent(), "menuRecent" + i, null,
                    () -> openRecent(file));
            item.setMnemonicParsing(false);
            menu.getItems().add(item);
        }
        menu.setDisable(others.isEmpty());
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static MenuItem item(String text, String id, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A recent database that has been moved or deleted since. */
    private static final class MissingDatabase extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingDatabase(Path file) {
            super(file + " is no longer there (moved, renamed or deleted). It was removed from File → Open recent.");
        }
    }
}
