package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.Mark;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.function.Consumer;

/**
 * The "Format" menu: every block type, mark and body command, each naming its shortcut. The
 * shortcuts themselves belong to the body (they must not act while typing in another field), so
 * the items carry no accelerators. The items act on the slot's editor and are disabled until it
 * is built; the menu itself is built without it, so it costs the first frame no RichTextFX class.
 */
public final class FormatMenu {

    private FormatMenu() {
    }

    public static Menu of(BodyEditorSlot slot) {
        Menu menu = new Menu("Format");
        menu.setId("menuFormat");
        for (Mark mark : Mark.values()) {
            menu.getItems().add(item(slot, "menuMark" + mark.name(), mark.label() + " " + BodyShortcuts.of(mark),
                    editor -> editor.toggle(mark)));
        }
        menu.getItems().add(item(slot, "menuLink", "Link… " + BodyShortcuts.text("K"), BodyEditor::editLink));
        menu.getItems().add(new SeparatorMenuItem());
        for (BlockType type : BlockType.values()) {
            if (type == BlockType.RULE) {
                menu.getItems().add(item(slot, "menuRule", "Insert horizontal rule " + BodyShortcuts.text("Alt+R"),
                        BodyEditor::insertRule));
            } else {
                menu.getItems().add(item(slot, "menuBlock" + type.name(), type.label() + " " + BodyShortcuts.of(type),
                        editor -> editor.setBlockType(type)));
            }
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item(slot, "menuPastePlain", "Paste as plain text " + BodyShortcuts.text("Shift+V"),
                BodyEditor::pasteAsPlainText));
        menu.getItems().add(item(slot, "menuFindInBody", "Find… " + BodyShortcuts.text("F"), editor -> editor.showFind(false)));
        menu.getItems().add(item(slot, "menuReplaceInBody", "Find and replace… " + BodyShortcuts.text("H"),
                editor -> editor.showFind(true)));
        return menu;
    }

    private static MenuItem item(BodyEditorSlot slot, String id, String text, Consumer<BodyEditor> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(slot.readyProperty().not());
        item.setOnAction(e -> slot.ifReady(editor -> {
            if (editor.isEditable()) {
                action.accept(editor);
                editor.requestFocus();
            }
        }));
        return item;
    }
}
