package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.Mark;

import java.util.Locale;
import java.util.Map;

/** How the body's shortcuts are named in tooltips and menus, e.g. "(Ctrl+B)", "(Cmd+Option+2)" on macOS. */
final class BodyShortcuts {

    private static final Map<Mark, String> MARK_KEYS = Map.of(Mark.BOLD, "B", Mark.ITALIC, "I", Mark.UNDERLINE, "U",
            Mark.STRIKE, "Shift+X", Mark.SUPERSCRIPT, ".", Mark.SUBSCRIPT, ",");

    private static final Map<BlockType, String> BLOCK_KEYS = Map.of(BlockType.PARAGRAPH, "Alt+0",
            BlockType.HEADING2, "Alt+2", BlockType.HEADING3, "Alt+3", BlockType.QUOTE, "Alt+Q",
            BlockType.PULLQUOTE, "Alt+P", BlockType.BULLET_ITEM, "Shift+8", BlockType.NUMBERED_ITEM, "Shift+7");

    private BodyShortcuts() {
    }

    /** {@code keys} after the platform's shortcut key, in parentheses. */
    static String text(String keys) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        return "(" + (mac ? "Cmd+" + keys.replace("Alt", "Option") : "Ctrl+" + keys) + ")";
    }

    static String of(Mark mark) {
        return text(MARK_KEYS.get(mark));
    }

    static String of(BlockType type) {
        return text(BLOCK_KEYS.get(type));
    }
}
