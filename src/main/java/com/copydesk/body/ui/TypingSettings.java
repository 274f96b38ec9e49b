package com.copydesk.body.ui;

/**
 * Typographic help while typing in the body. Each substitution happens as the key is typed and
 * is undone on its own by the next undo, leaving what was typed.
 *
 * @param curlyQuotes straight quotes ({@code " '}) become curly quotes (“ ” ‘ ’)
 * @param emDash      {@code --} becomes an em dash (—)
 * @param ellipsis    {@code ...} becomes an ellipsis (…)
 */
public record TypingSettings(boolean curlyQuotes, boolean emDash, boolean ellipsis) {

    /** Everything on, as newsrooms expect. */
    public static final TypingSettings DEFAULTS = new TypingSettings(true, true, true);

    public static final TypingSettings NONE = new TypingSettings(false, false, false);
}
