package com.copydesk.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Locale;

/** View → Theme (follow system, light, dark) and the editor's text size (Ctrl+plus, Ctrl+minus, Ctrl+0). */
final class ViewMenu {

    private final ViewSettings view;

    ViewMenu(ViewSettings view) {
        this.view = view;
    }

    /** Adds a View menu after Format (or adds to one that is already there). */
    void addTo(MenuBar bar) {
        Menu menu = bar.getMenus().stream().filter(m -> "menuView".equals(m.getId())).findFirst()
                .orElseGet(() -> insertViewMenu(bar));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(themeMenu(), new SeparatorMenuItem(),
                item("Larger text", "menuLargerText",
                        new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                        view::largerText),
                item("Smaller text", "menuSmallerText",
                        new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), view::smallerText),
                item("Default text size", "menuDefaultTextSize",
                        new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), view::defaultTextSize));
        bar.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                acceptKeypadAndPlusKeys(scene);
            }
        });
    }

    private static Menu insertViewMenu(MenuBar bar) {
        Menu menu = new Menu("View");
        menu.setId("menuView");
        int format = bar.getMenus().indexOf(bar.getMenus().stream()
                .filter(m -> "menuFormat".equals(m.getId())).findFirst().orElse(null));
        bar.getMenus().add(format >= 0 ? format + 1 : Math.max(0, bar.getMenus().size() - 1), menu);
        return menu;
    }

    private Menu themeMenu() {
        Menu themes = new Menu("Theme");
        themes.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("menuTheme" + theme.name().charAt(0) + theme.name().substring(1).toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(view.themeProperty().get() == theme);
            item.setOnAction(event -> view.themeProperty().set(theme));
            // The settings outlive this menu (a database switch builds a new window): they hold the
            // listener weakly, the item strongly.
            ChangeListener<Theme> selectIfChosen = (obs, old, now) -> item.setSelected(now == theme);
            item.getProperties().put(ViewMenu.class, selectIfChosen);
            view.themeProperty().addListener(new WeakChangeListener<>(selectIfChosen));
            themes.getItems().add(item);
        }
        return themes;
    }

    /** The keypad's + − 0 and a plus key of its own, which the menu's accelerators do not cover. */
    private void acceptKeypadAndPlusKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown()) {
                return;
            }
            KeyCode code = event.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.ADD) {
                view.largerText();
                event.consume();
            } else if (code == KeyCode.SUBTRACT) {
                view.smallerText();
                event.consume();
            } else if (code == KeyCode.NUMPAD0) {
                view.defaultTextSize();
                event.consume();
            }
        });
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(event -> action.run());
        return item;
    }
}
