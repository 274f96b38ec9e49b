package com.copydesk.article.ui;

import com.copydesk.article.ArticleSummary;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * Rows without a search snippet are all as tall as one another, so the list gets that height as
 * its fixed cell size. The list then lays rows out without measuring each one, which was most of
 * its first layout (issue #8), and its scroll position stays exact when a page of rows is
 * appended. Rows with snippets differ in height: while any is listed, the list measures them all.
 */
final class PlainRowHeight {

    /**
     * A plain row in copydesk.css's sizes with the default font here (padding, headline, details);
     * the first row laid out corrects it where fonts measure otherwise.
     */
    static final double FIRST_GUESS = 45;

    private final ListView<ArticleSummary> list;
    private double height = FIRST_GUESS;
    private boolean snippets;

    PlainRowHeight(ListView<ArticleSummary> list) {
        this.list = list;
        list.getItems().addListener((ListChangeListener<ArticleSummary>) change -> itemsChanged());
        itemsChanged();
        apply();
    }

    /** A plain row laid out needs {@code natural} pixels: all plain rows get that height from now on. */
    void measured(double natural) {
        if (natural > 0 && Math.abs(natural - height) > 0.5) {
            height = natural;
            apply();
        }
    }

    private void itemsChanged() {
        boolean any = list.getItems().stream().anyMatch(item -> !item.snippetParts().isEmpty());
        if (any != snippets) {
            snippets = any;
            apply();
        }
    }

    private void apply() {
        list.setFixedCellSize(snippets ? Region.USE_COMPUTED_SIZE : height);
    }
}
