package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.CategoryRename;

import java.util.Objects;

/**
 * A save not yet stored: {@code toSave}, and {@code base}, the article as the editor believed it
 * stored when the save was asked for (null to store {@code toSave} whole).
 */
record PendingSave(Article toSave, Article base) {

    PendingSave {
        Objects.requireNonNull(toSave, "toSave");
    }

    /** This save with both versions filed as {@code rename} says. */
    PendingSave follow(CategoryRename rename) {
        return new PendingSave(rename.applyTo(toSave), rename.applyTo(base));
    }
}
