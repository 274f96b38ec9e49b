package com.copydesk.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;
import java.util.Properties;

/**
 * The View menu's state: theme and the editor's font size, remembered in view.properties in the
 * config folder. No nodes; {@link ThemeStyles} and {@link EditorFontSize} apply it to windows.
 */
final class ViewSettings {

    static final String FILE_NAME = "view.properties";
    static final int DEFAULT_FONT_SIZE = 15;
    static final int MIN_FONT_SIZE = 10;
    static final int MAX_FONT_SIZE = 32;
    static final int FONT_STEP = 1;
    private static final String SYSTEM_DARK = "system.dark";

    private final SettingsFile file;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark", false);
    private final ReadOnlyIntegerWrapper fontSize = new ReadOnlyIntegerWrapper(this, "fontSize", DEFAULT_FONT_SIZE);
    private final BooleanBinding dark;

    ViewSettings(SettingsFile file) {
        this.file = file;
        Properties p = file.load();
        theme.set(parseTheme(p.getProperty("theme")));
        fontSize.set(clamp(parseInt(p.getProperty("editor.fontSize"))));
        // The desktop's last answer: a dark desktop's window is dark from its first frame, not light
        // until the desktop answers again (a flash, and the whole window restyled, at every start).
        systemDark.set("true".equals(p.getProperty(SYSTEM_DARK)));
        dark = Bindings.createBooleanBinding(
                () -> theme.get() == Theme.DARK || theme.get() == Theme.SYSTEM && systemDark.get(), theme, systemDark);
        theme.addListener((obs, old, now) -> save());
        fontSize.addListener((obs, old, now) -> save());
        systemDark.addListener((obs, old, now) -> save());
    }

    /** What the user chose in View → Theme. */
    ObjectProperty<Theme> themeProperty() { return theme; }

    /** What the desktop says: its last answer, remembered, until it answers again (asked off the JavaFX thread at start). */
    BooleanProperty systemDarkProperty() { return systemDark; }

    /** True when the windows should be dark now. */
    BooleanBinding darkProperty() { return dark; }

    /** The body editor's text size in pixels; the headline and dek scale with it. */
    ReadOnlyIntegerProperty fontSizeProperty() { return fontSize.getReadOnlyProperty(); }

    void largerText() {
        fontSize.set(clamp(fontSize.get() + FONT_STEP));
    }

    void smallerText() {
        fontSize.set(clamp(fontSize.get() - FONT_STEP));
    }

    void defaultTextSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    boolean canEnlarge() { return fontSize.get() < MAX_FONT_SIZE; }

    boolean canShrink() { return fontSize.get() > MIN_FONT_SIZE; }

    private void save() {
        Properties p = new Properties();
        p.setProperty("theme", theme.get().name().toLowerCase(Locale.ROOT));
        p.setProperty("editor.fontSize", Integer.toString(fontSize.get()));
        p.setProperty(SYSTEM_DARK, Boolean.toString(systemDark.get()));
        file.save(p);
    }

    private static Theme parseTheme(String value) {
        if (value == null) {
            return Theme.SYSTEM;
        }
        try {
            return Theme.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Theme.SYSTEM;
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? DEFAULT_FONT_SIZE : Integer.parseInt(value.strip());
        } catch (NumberFormatException unreadable) {
            return DEFAULT_FONT_SIZE;
        }
    }

    private static int clamp(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }
}
