package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.TextSearch;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Find & replace over the body text and the fields added with {@link #alsoSearch} (the
 * headline and dek, searched before the body): match case, whole word, next/previous (wrapping
 * from the last body match to the first headline match), replace, replace all (one undo step
 * in the body; in a field, an ordinary edit of it) and a match count. Hidden until asked for.
 *
 * <p>A match in a field is selected there while the focus stays in the find field (so Enter
 * goes on to the next one); a field only paints its selection when focused, so the field holding
 * the current match is marked with the {@code :find-match} pseudo-class and the count names it.
 * Closing the bar puts the focus where the current match is.
 */
final class FindBar {

    static final PseudoClass FIND_MATCH = PseudoClass.getPseudoClass("find-match");

    /** A match in a field, or in the body when {@code field} is null. */
    record Hit(TextInputControl field, String fieldName, int start, int end) {
    }

    private record Field(TextInputControl control, String name) {
    }

    private final BodyEditor.BodyArea area;
    private final List<Field> fields = new ArrayList<>();
    /** Where the current match is looked for: a field, or null for the body. */
    private TextInputControl active;
    /**
     * The match the bar selected in the active field. Kept here because a text field clears its
     * selection whenever the focus moves anywhere in the window (into the replace field, say).
     */
    private IndexRange fieldRange;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final CheckBox wholeWord = new CheckBox("Whole word");
    private final Label count = new Label();
    private final Button replaceOne = button("replaceOne", "Replace", this::replaceCurrent);
    private final Button replaceAll = button("replaceAll", "Replace all", this::replaceAll);
    private final HBox replaceRow;
    private final VBox root;
    private List<Hit> matches = List.of();
    private String lastMessage;

    FindBar(BodyEditor.BodyArea area) {
        this.area = area;
        find.setId("findField");
        find.setPromptText("Find in body");
        replace.setId("replaceField");
        replace.setPromptText("Replace with");
        matchCase.setId("matchCase");
        wholeWord.setId("wholeWord");
        count.setId("matchCount");
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        Button previous = button("findPrevious", "Previous", this::previous);
        Button next = button("findNext", "Next", this::next);
        Button close = button("closeFind", "Close", this::close);
        HBox findRow = new HBox(6, find, previous, next, matchCase, wholeWord, count, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replace, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, findRow, replaceRow);
        root.setId("findBar");
        root.getStyleClass().add("find-bar");
        setShown(root, false);

        find.textProperty().addListener((obs, old, now) -> refresh());
        matchCase.selectedProperty().addListener((obs, old, now) -> refresh());
        wholeWord.selectedProperty().addListener((obs, old, now) -> refresh());
        area.plainTextChanges().subscribe(change -> {
            if (root.isVisible()) {
                refresh();
            }
        });
        area.selectionProperty().addListener((obs, old, now) -> showCount());
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                setActive(null);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    Node node() {
        return root;
    }

    /** Searches {@code field} too, before the body and after the fields added earlier; {@code name} shows in the count. */
    void alsoSearch(TextInputControl field, String name) {
        fields.add(new Field(field, name));
        find.setPromptText("Find in " + String.join(", ", fields.stream().map(Field::name).toList()) + " and body");
        field.textProperty().addListener((obs, old, now) -> {
            if (root.isVisible()) {
                refresh();
            }
        });
        field.selectionProperty().addListener((obs, old, now) -> showCount());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                setActive(field);
            }
        });
    }

    void show(boolean withReplace) {
        IndexRange range = selectionIn(active);
        String selected = active == null ? area.getSelectedText() : active.getText(range.getStart(), range.getEnd());
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            find.setText(selected);
        }
        setShown(root, true);
        setShown(replaceRow, withReplace);
        refresh();
        if (withReplace && !find.getText().isEmpty()) {
            replace.requestFocus();
            replace.selectAll();
        } else {
            find.requestFocus();
            find.selectAll();
        }
    }

    void setEditable(boolean editable) {
        replaceOne.setDisable(!editable);
        replaceAll.setDisable(!editable);
    }

    private void close() {
        setShown(root, false);
        TextInputControl where = active;
        IndexRange selection = selectionIn(active);
        setActive(null);
        if (where != null) {
            where.requestFocus();
            where.selectRange(selection.getStart(), selection.getEnd());
        } else {
            area.requestFocus();
        }
    }

    private void keys(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            close();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == replace) {
            replaceCurrent();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == find) {
            if (event.isShiftDown()) {
                previous();
            } else {
                next();
            }
        } else {
            return;
        }
        event.consume();
    }

    private void refresh() {
        TextSearch search = search();
        List<Hit> found = new ArrayList<>();
        for (Field field : fields) {
            for (TextSearch.Match match : search.findAll(field.control().getText())) {
                found.add(new Hit(field.control(), field.name(), match.start(), match.end()));
            }
        }
        for (TextSearch.Match match : search.findAll(area.getText())) {
            found.add(new Hit(null, "body", match.start(), match.end()));
        }
        matches = List.copyOf(found);
        lastMessage = null;
        showCount();
    }

    private TextSearch search() {
        return new TextSearch(find.getText(), matchCase.isSelected(), wholeWord.isSelected());
    }

    private void showCount() {
        if (lastMessage != null) {
            count.setText(lastMessage);
            lastMessage = null;
            return;
        }
        if (find.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No matches");
        } else {
            int current = indexOfSelectedMatch();
            String where = current >= 0 && matches.get(current).field() != null
                    ? " in " + matches.get(current).fieldName() : "";
            count.setText(current >= 0 ? (current + 1) + " of " + matches.size() + where
                    : matches.size() + (matches.size() == 1 ? " match" : " matches"));
        }
    }

    private int indexOfSelectedMatch() {
        IndexRange selection = selectionIn(active);
        for (int i = 0; i < matches.size(); i++) {
            Hit hit = matches.get(i);
            if (hit.field() == active && hit.start() == selection.getStart() && hit.end() == selection.getEnd()) {
                return i;
            }
        }
        return -1;
    }

    /** The order of a field (0, 1, …) or of the body (after every field). */
    private int order(TextInputControl field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).control() == field) {
                return i;
            }
        }
        return fields.size();
    }

    private IndexRange selectionIn(TextInputControl field) {
        if (field == null) {
            return area.getSelection();
        }
        IndexRange range = field == active && fieldRange != null ? fieldRange : field.getSelection();
        int length = field.getLength();
        // After a replace all the field may be shorter than the match the bar last selected in it.
        return range.getEnd() <= length ? range : new IndexRange(Math.min(range.getStart(), length), length);
    }

    private void next() {
        if (matches.isEmpty()) {
            return;
        }
        int here = order(active);
        int from = selectionIn(active).getEnd();
        Hit target = matches.get(0);
        for (Hit hit : matches) {
            int there = order(hit.field());
            if (there > here || (there == here && hit.start() >= from && !(hit.start() == from && hit.end() == from))) {
                target = hit;
                break;
            }
        }
        select(target);
    }

    private void previous() {
        if (matches.isEmpty()) {
            return;
        }
        int here = order(active);
        int before = selectionIn(active).getStart();
        Hit target = matches.get(matches.size() - 1);
        for (int i = matches.size() - 1; i >= 0; i--) {
            Hit hit = matches.get(i);
            int there = order(hit.field());
            if (there < here || (there == here && hit.end() <= before)) {
                target = hit;
                break;
            }
        }
        select(target);
    }

    private void select(Hit hit) {
        setActive(hit.field());
        if (hit.field() == null) {
            area.selectRange(hit.start(), hit.end());
            area.requestFollowCaret();
        } else {
            fieldRange = new IndexRange(hit.start(), hit.end());
            hit.field().selectRange(hit.start(), hit.end());
        }
        showCount();
    }

    private void setActive(TextInputControl field) {
        if (active != null) {
            active.pseudoClassStateChanged(FIND_MATCH, false);
        }
        active = field;
        fieldRange = null;
        if (field != null) {
            field.pseudoClassStateChanged(FIND_MATCH, true);
        }
    }

    /** Replaces the selected match, then selects the next one; without a selected match, finds the next. */
    private void replaceCurrent() {
        int current = indexOfSelectedMatch();
        if (current < 0 || !editable(matches.get(current).field())) {
            next();
            return;
        }
        Hit hit = matches.get(current);
        if (hit.field() == null) {
            area.getUndoManager().preventMerge();
            area.replace(hit.start(), hit.end(), replacement(hit));
            area.getUndoManager().preventMerge();
            area.moveTo(hit.start() + replace.getText().length());
        } else {
            int after = hit.start() + replace.getText().length();
            hit.field().replaceText(hit.start(), hit.end(), replace.getText());
            hit.field().positionCaret(after);
            fieldRange = new IndexRange(after, after);
        }
        refresh();
        next();
    }

    /** Replaces every match: in the body as one undo step, in each editable field as one edit of it. */
    private void replaceAll() {
        if (matches.isEmpty()) {
            return;
        }
        int replaced = 0;
        List<Hit> all = matches; // editing a field refreshes the matches
        List<Hit> inBody = new ArrayList<>();
        // From the last match back, so that earlier offsets stay right.
        for (int i = all.size() - 1; i >= 0; i--) {
            Hit hit = all.get(i);
            if (hit.field() == null) {
                if (area.isEditable()) {
                    inBody.add(hit);
                }
            } else if (editable(hit.field())) {
                hit.field().replaceText(hit.start(), hit.end(), replace.getText());
                replaced++;
            }
        }
        if (!inBody.isEmpty()) {
            MultiChangeBuilder<BlockType, String, TextStyle> change = area.createMultiChange(inBody.size());
            for (Hit hit : inBody) {
                change.replaceAbsolutely(hit.start(), hit.end(), replacement(hit));
            }
            area.getUndoManager().preventMerge();
            change.commit();
            area.getUndoManager().preventMerge();
            replaced += inBody.size();
        }
        refresh();
        if (replaced > 0) {
            lastMessage = "Replaced " + replaced;
            showCount();
        }
    }

    private boolean editable(TextInputControl field) {
        return field == null ? area.isEditable() : field.isEditable() && !field.isDisabled();
    }

    /** The replacement text in the style of the first replaced character. */
    private ReadOnlyStyledDocument<BlockType, String, TextStyle> replacement(Hit match) {
        TextStyle style = area.getStyleOfChar(match.start());
        BlockType type = area.getParagraph(area.offsetToPosition(match.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).getParagraphStyle();
        return ReadOnlyStyledDocument.fromString(replace.getText(), type, style, AreaDocuments.SEGMENT_OPS);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
