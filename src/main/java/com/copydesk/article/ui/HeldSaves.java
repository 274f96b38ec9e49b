package com.copydesk.article.ui;

import com.copydesk.article.CategoryRename;

import java.util.ArrayList;
import java.util.List;

/**
 * Saves asked for while a change to the categories (a rename, merge or delete) waits on the
 * storage thread. Queued behind it, one would write the category's old name back and file the
 * article under it again; they wait here until every such change is done, then go ahead.
 */
final class HeldSaves {

    private int changesUnderWay;
    private final List<PendingSave> held = new ArrayList<>();

    /** A change to the categories is queued: saves wait until it is done. */
    void changeQueued() {
        changesUnderWay++;
    }

    /** True while a change to the categories is under way: saves are to be {@link #hold held}. */
    boolean holding() {
        return changesUnderWay > 0;
    }

    void hold(PendingSave save) {
        held.add(save);
    }

    /** The held saves filed as {@code rename} says. */
    void follow(CategoryRename rename) {
        held.replaceAll(save -> save.follow(rename));
    }

    /**
     * A change is done (stored, refused or failed). Returns the saves to go ahead now, in the order
     * they were asked for: all held ones once no other change is under way, else none.
     */
    List<PendingSave> changeDone() {
        changesUnderWay = Math.max(0, changesUnderWay - 1);
        if (changesUnderWay > 0) {
            return List.of();
        }
        List<PendingSave> released = List.copyOf(held);
        held.clear();
        return released;
    }
}
