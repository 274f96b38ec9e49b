package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.TextAnchor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Shows inline comments in the body editor: each highlighted span is an extra RichTextFX selection
 * drawn behind the text (style class {@code comment-highlight}), so highlights are never part of
 * the text's style, the document, the undo history or anything saved or published.
 *
 * <p>Reports every edit of the text (not the replacement of the whole content when an article is
 * loaded) so anchors can follow it, and which comment the caret or the pointer is in.
 */
public final class CommentHighlighter {

    /** Receives an edit: {@code removed} characters at {@code position} replaced by {@code inserted} ones. */
    @FunctionalInterface
    public interface EditListener {
        void edited(int position, int removed, int inserted);
    }

    static final String STYLE_CLASS = "comment-highlight";

    private final BodyEditor.BodyArea area;
    private final Map<Long, Selection<BlockType, String, TextStyle>> shown = new HashMap<>();
    private final ReadOnlyObjectWrapper<Long> pointed = new ReadOnlyObjectWrapper<>(this, "pointed");
    private IntFunction<Long> commentAt = offset -> null;
    private Map<Long, TextAnchor> wanted = Map.of();
    private boolean syncQueued;
    private Long hovered;

    public CommentHighlighter(BodyEditor editor, EditListener onEdit) {
        this.area = editor.area();
        Objects.requireNonNull(onEdit, "onEdit");
        area.plainTextChanges().subscribe(change -> {
            if (!editor.isLoading()) {
                onEdit.edited(change.getPosition(), change.getRemoved().length(), change.getInserted().length());
            }
        });
        area.caretPositionProperty().addListener((obs, old, now) -> updatePointed());
        if (area.getMouseOverTextDelay() == null) {
            area.setMouseOverTextDelay(Duration.ofMillis(400));
        }
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            java.util.OptionalInt index = area.hit(event.getPosition().getX(), event.getPosition().getY())
                    .getCharacterIndex();
            hovered = index.isPresent() ? commentAt.apply(index.getAsInt()) : null;
            updatePointed();
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> {
            hovered = null;
            updatePointed();
        });
    }

    /** How to find the comment at a text offset (null for none); used for the caret and the pointer. */
    public void setCommentAt(IntFunction<Long> commentAt) {
        this.commentAt = Objects.requireNonNull(commentAt);
        updatePointed();
    }

    /** The comment the pointer rests on, else the one the caret is in; null for none. */
    public ReadOnlyObjectProperty<Long> pointedProperty() {
        return pointed.getReadOnlyProperty();
    }

    /**
     * Highlights exactly these spans (by comment id), once the current change is handled: a
     * RichTextFX selection also shifts itself on edits, so setting it during an edit could move it
     * twice. Spans past the end of the text are left out.
     */
    public void show(Map<Long, TextAnchor> spans) {
        wanted = Map.copyOf(spans);
        if (!syncQueued) {
            syncQueued = true;
            Platform.runLater(this::sync);
        }
    }

    private void sync() {
        syncQueued = false;
        shown.entrySet().removeIf(entry -> {
            if (!wanted.containsKey(entry.getKey())) {
                area.removeSelection(entry.getValue());
                entry.getValue().dispose();
                return true;
            }
            return false;
        });
        wanted.forEach((id, span) -> {
            if (span.end() > area.getLength()) {
                return;
            }
            Selection<BlockType, String, TextStyle> highlight = shown.computeIfAbsent(id, key -> {
                Selection<BlockType, String, TextStyle> added = new SelectionImpl<>("comment-" + key, area,
                        path -> path.getStyleClass().add(STYLE_CLASS));
                area.addSelection(added);
                return added;
            });
            if (highlight.getStartPosition() != span.start() || highlight.getEndPosition() != span.end()) {
                highlight.selectRange(span.start(), span.end());
            }
        });
        updatePointed();
    }

    /** The highlighted range of each comment, as the editor draws it now. */
    public Map<Long, IndexRange> shownRanges() {
        Map<Long, IndexRange> ranges = new HashMap<>();
        shown.forEach((id, selection) -> ranges.put(id, selection.getRange()));
        return ranges;
    }

    /** The selected span of the body and its text; empty when nothing is selected. */
    public Optional<TextAnchor> selection() {
        IndexRange selection = area.getSelection();
        return selection.getLength() == 0 ? Optional.empty()
                : Optional.of(new TextAnchor(selection.getStart(), selection.getEnd()));
    }

    /** The body's text in {@code span}. */
    public String text(TextAnchor span) {
        return area.getText(span.start(), span.end());
    }

    /** Selects {@code span} in the body, scrolls to it and gives the body the focus. */
    public void reveal(TextAnchor span) {
        if (span.end() <= area.getLength()) {
            area.selectRange(span.start(), span.end());
            area.requestFollowCaret();
            area.requestFocus();
        }
    }

    /** Adds {@code item} to the body's context menu, creating the menu if it has none. */
    public void addToContextMenu(MenuItem item) {
        if (area.getContextMenu() == null) {
            area.setContextMenu(new ContextMenu());
        }
        area.getContextMenu().getItems().add(item);
    }

    private void updatePointed() {
        pointed.set(hovered != null && wanted.containsKey(hovered) ? hovered : commentAt.apply(area.getCaretPosition()));
    }
}
