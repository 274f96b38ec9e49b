package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.TextSearch;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

import java.util.List;

/**
 * Find & replace over the body text: match case, whole word, next/previous (wrapping),
 * replace, replace all (one undo step) and a match count. Hidden until asked for.
 */
final class FindBar {

    private final BodyEditor.BodyArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final CheckBox wholeWord = new CheckBox("Whole word");
    private final Label count = new Label();
    private final Button replaceOne = button("replaceOne", "Replace", this::replaceCurrent);
    private final Button replaceAll = button("replaceAll", "Replace all", this::replaceAll);
    private final HBox replaceRow;
    private final VBox root;
    private List<TextSearch.Match> matches = List.of();
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
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    Node node() {
        return root;
    }

    void show(boolean withReplace) {
        String selected = area.getSelectedText();
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
        area.requestFocus();
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
        matches = search().findAll(area.getText());
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
            count.setText(current >= 0 ? (current + 1) + " of " + matches.size()
                    : matches.size() + (matches.size() == 1 ? " match" : " matches"));
        }
    }

    private int indexOfSelectedMatch() {
        IndexRange selection = area.getSelection();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == selection.getStart() && matches.get(i).end() == selection.getEnd()) {
                return i;
            }
        }
        return -1;
    }

    private void next() {
        if (matches.isEmpty()) {
            return;
        }
        int from = area.getSelection().getEnd();
        TextSearch.Match target = matches.get(0);
        for (TextSearch.Match match : matches) {
            if (match.start() >= from && !(match.start() == from && match.end() == from)) {
                target = match;
                break;
            }
        }
        select(target);
    }

    private void previous() {
        if (matches.isEmpty()) {
            return;
        }
        int before = area.getSelection().getStart();
        TextSearch.Match target = matches.get(matches.size() - 1);
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).end() <= before) {
                target = matches.get(i);
                break;
            }
        }
        select(target);
    }

    private void select(TextSearch.Match match) {
        area.selectRange(match.start(), match.end());
        area.requestFollowCaret();
        showCount();
    }

    /** Replaces the selected match, then selects the next one; without a selected match, finds the next. */
    private void replaceCurrent() {
        int current = indexOfSelectedMatch();
        if (current < 0 || !area.isEditable()) {
            next();
            return;
        }
        TextSearch.Match match = matches.get(current);
        area.getUndoManager().preventMerge();
        area.replace(match.start(), match.end(), replacement(match));
        area.getUndoManager().preventMerge();
        area.moveTo(match.start() + replace.getText().length());
        refresh();
        next();
    }

    private void replaceAll() {
        if (matches.isEmpty() || !area.isEditable()) {
            return;
        }
        int replaced = matches.size();
        MultiChangeBuilder<BlockType, String, TextStyle> change = area.createMultiChange(replaced);
        for (int i = matches.size() - 1; i >= 0; i--) {
            TextSearch.Match match = matches.get(i);
            change.replaceAbsolutely(match.start(), match.end(), replacement(match));
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        refresh();
        lastMessage = "Replaced " + replaced;
        showCount();
    }

    /** The replacement text in the style of the first replaced character. */
    private ReadOnlyStyledDocument<BlockType, String, TextStyle> replacement(TextSearch.Match match) {
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
