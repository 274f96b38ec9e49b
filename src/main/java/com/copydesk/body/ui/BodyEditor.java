package com.copydesk.body.ui;

import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;

/**
 * The story body editor: a RichTextFX area whose paragraph style is a {@link BlockType} and
 * whose text style is an immutable {@code Set<Mark>}, plus its formatting toolbar.
 *
 * <p>Shortcuts (Shortcut is Ctrl on Linux and Windows, Cmd on macOS):
 * Shortcut+B bold, Shortcut+I italic, Shortcut+Alt+0 paragraph, Shortcut+Alt+2 subhead,
 * Shortcut+Alt+3 minor subhead, Shortcut+Alt+Q block quote, Shortcut+Z undo,
 * Shortcut+Shift+Z and Shortcut+Y redo. Every formatting change is one undo step.
 *
 * <p>Enter at the end of a heading starts a paragraph; Enter anywhere else keeps the block
 * type. Paste inserts the clipboard's plain text with the current style.
 */
public final class BodyEditor {

    static final String STYLESHEET = Objects.requireNonNull(
            BodyEditor.class.getResource("body-editor.css"), "body-editor.css").toExternalForm();

    private final BodyArea area = new BodyArea();
    private final VirtualizedScrollPane<BodyArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final ReadOnlyObjectWrapper<BodyDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<BlockType> currentBlockType =
            new ReadOnlyObjectWrapper<>(this, "currentBlockType", BlockType.PARAGRAPH);
    private final ReadOnlyObjectWrapper<Set<Mark>> currentMarks =
            new ReadOnlyObjectWrapper<>(this, "currentMarks", Set.of());

    /** Style the next typed characters get (after a toggle on an empty selection), or null. */
    private Set<Mark> pendingMarks;
    private int pendingPosition = -1;

    private ToolBar toolbar;
    private boolean syncingToolbar;

    public BodyEditor() {
        area.setId("body");
        area.getStyleClass().add("body-editor");
        area.setWrapText(true);
        scrollPane.getStyleClass().add("body-editor-scroll");
        scrollPane.getStylesheets().add(STYLESHEET);

        Nodes.addInputMap(area, InputMap.sequence(
                consume(keyPressed(KeyCode.B, KeyCombination.SHORTCUT_DOWN), e -> toggle(Mark.BOLD)),
                consume(keyPressed(KeyCode.I, KeyCombination.SHORTCUT_DOWN), e -> toggle(Mark.ITALIC)),
                consume(keyPressed(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                        e -> setBlockType(BlockType.PARAGRAPH)),
                consume(keyPressed(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                        e -> setBlockType(BlockType.HEADING2)),
                consume(keyPressed(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                        e -> setBlockType(BlockType.HEADING3)),
                consume(keyPressed(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                        e -> setBlockType(BlockType.QUOTE)),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> undo()),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> redo()),
                consume(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> redo()),
                consumeWhen(keyPressed(KeyCode.ENTER), this::atHeadingEnd, e -> paragraphAfterHeading())));

        area.richChanges().subscribe(change -> {
            clearPending();
            document.set(AreaDocuments.toBody(area.getDocument()));
            updateCaretState();
        });
        area.caretPositionProperty().addListener((obs, old, now) -> {
            if (pendingMarks != null && now != pendingPosition) {
                clearPending();
            }
            updateCaretState();
        });
        area.selectionProperty().addListener((obs, old, now) -> updateCaretState());
        load(BodyDocument.empty());
    }

    /** The scrolling editor; the area inside has id {@code body} and style class {@code body-editor}. */
    public Node node() {
        return scrollPane;
    }

    /** The formatting toolbar, created on first call. */
    public Node toolbar() {
        if (toolbar == null) {
            toolbar = createToolbar();
        }
        return toolbar;
    }

    public ReadOnlyObjectProperty<BodyDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public BodyDocument getDocument() {
        return document.get();
    }

    public ReadOnlyObjectProperty<BlockType> currentBlockTypeProperty() {
        return currentBlockType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Mark>> currentMarksProperty() {
        return currentMarks.getReadOnlyProperty();
    }

    /** Replaces the content, puts the caret at the start and forgets the undo history. */
    public void load(BodyDocument body) {
        Objects.requireNonNull(body, "body");
        clearPending();
        ReadOnlyStyledDocument<BlockType, String, Set<Mark>> content = AreaDocuments.fromBody(body);
        area.replace(0, area.getLength(), content);
        // Make sure paragraph styles are exactly those loaded (joins at the edges keep the old one).
        for (int i = 0; i < content.getParagraphs().size(); i++) {
            BlockType type = content.getParagraphs().get(i).getParagraphStyle();
            if (area.getParagraph(i).getParagraphStyle() != type) {
                area.setParagraphStyle(i, type);
            }
        }
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
        document.set(AreaDocuments.toBody(area.getDocument()));
        updateCaretState();
    }

    /**
     * With a selection: removes the mark if all selected text has it, else adds it to all.
     * Without: the next typed characters get the toggled style, as long as the caret stays
     * where it is.
     */
    public void toggle(Mark mark) {
        Objects.requireNonNull(mark, "mark");
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            int caret = area.getCaretPosition();
            Set<Mark> base = pendingMarks != null ? pendingMarks : area.getStyleAtPosition(caret);
            EnumSet<Mark> next = base.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(base);
            if (!next.remove(mark)) {
                next.add(mark);
            }
            pendingMarks = AreaDocuments.style(next);
            pendingPosition = caret;
            area.setTextInsertionStyle(pendingMarks);
            updateCaretState();
            return;
        }
        boolean allHave = marksCommonTo(selection).contains(mark);
        StyleSpans<Set<Mark>> spans = area.getStyleSpans(selection);
        StyleSpans<Set<Mark>> changed = spans.mapStyles(style -> {
            EnumSet<Mark> next = style.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(style);
            if (allHave) {
                next.remove(mark);
            } else {
                next.add(mark);
            }
            return AreaDocuments.style(next);
        });
        asOwnUndoStep(() -> area.setStyleSpans(selection.getStart(), changed));
        updateCaretState();
    }

    /** Sets the type of every paragraph the selection touches, as one undoable change. */
    public void setBlockType(BlockType type) {
        Objects.requireNonNull(type, "type");
        IndexRange selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward).getMajor();
        TwoDimensional.Position endPosition = area.offsetToPosition(selection.getEnd(), TwoDimensional.Bias.Backward);
        int lastTouched = endPosition.getMajor();
        if (selection.getLength() > 0 && lastTouched > first && endPosition.getMinor() == 0) {
            lastTouched--; // a selection ending at the very start of a paragraph does not touch it
        }
        int last = lastTouched;
        boolean changes = false;
        for (int i = first; i <= last; i++) {
            changes |= area.getParagraph(i).getParagraphStyle() != type;
        }
        if (!changes) {
            return;
        }
        if (first == last) {
            asOwnUndoStep(() -> area.setParagraphStyle(first, type));
        } else {
            int anchor = area.getAnchor();
            int caret = area.getCaretPosition();
            int start = area.getAbsolutePosition(first, 0);
            int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
            StyledDocument<BlockType, String, Set<Mark>> part = area.subDocument(start, end);
            ReadOnlyStyledDocumentBuilder<BlockType, String, Set<Mark>> builder =
                    new ReadOnlyStyledDocumentBuilder<>(AreaDocuments.SEGMENT_OPS, type);
            for (Paragraph<BlockType, String, Set<Mark>> paragraph : part.getParagraphs()) {
                builder.addParagraph(new ArrayList<>(paragraph.getStyledSegments()), type);
            }
            asOwnUndoStep(() -> area.replace(start, end, builder.build()));
            area.selectRange(anchor, caret);
        }
        updateCaretState();
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
        if (toolbar != null) {
            toolbar.setDisable(!editable);
        }
    }

    public void requestFocus() {
        area.requestFocus();
    }

    /** Index of the paragraph (block) holding the caret. */
    public int caretParagraph() {
        return area.getCurrentParagraph();
    }

    public void undo() {
        if (area.isEditable()) {
            area.undo();
        }
    }

    public void redo() {
        if (area.isEditable()) {
            area.redo();
        }
    }

    // ---------------------------------------------------------------- internals

    /** A formatting change never merges with the typing before or after it. */
    private void asOwnUndoStep(Runnable change) {
        area.getUndoManager().preventMerge();
        change.run();
        area.getUndoManager().preventMerge();
    }

    private void clearPending() {
        if (pendingMarks != null) {
            pendingMarks = null;
            pendingPosition = -1;
            area.setTextInsertionStyle(null);
        }
    }

    private boolean atHeadingEnd() {
        if (!area.isEditable() || area.getSelection().getLength() > 0) {
            return false;
        }
        int paragraph = area.getCurrentParagraph();
        BlockType type = area.getParagraph(paragraph).getParagraphStyle();
        return (type == BlockType.HEADING2 || type == BlockType.HEADING3)
                && area.getCaretColumn() == area.getParagraphLength(paragraph);
    }

    private void paragraphAfterHeading() {
        int caret = area.getCaretPosition();
        BlockType heading = area.getParagraph(area.getCurrentParagraph()).getParagraphStyle();
        Set<Mark> style = area.getTextStyleForInsertionAt(caret);
        ReadOnlyStyledDocument<BlockType, String, Set<Mark>> split =
                new ReadOnlyStyledDocumentBuilder<BlockType, String, Set<Mark>>(AreaDocuments.SEGMENT_OPS, heading)
                        .addParagraph("", style, heading)
                        .addParagraph("", Set.of(), BlockType.PARAGRAPH)
                        .build();
        area.replace(caret, caret, split);
        area.moveTo(caret + 1);
        area.requestFollowCaret();
    }

    private Set<Mark> marksCommonTo(IndexRange range) {
        EnumSet<Mark> common = EnumSet.allOf(Mark.class);
        boolean any = false;
        for (Paragraph<BlockType, String, Set<Mark>> paragraph : area.subDocument(range.getStart(), range.getEnd()).getParagraphs()) {
            for (StyledSegment<String, Set<Mark>> segment : paragraph.getStyledSegments()) {
                if (!segment.getSegment().isEmpty()) {
                    common.retainAll(segment.getStyle());
                    any = true;
                }
            }
        }
        return any ? AreaDocuments.style(common) : area.getStyleAtPosition(range.getStart());
    }

    private void updateCaretState() {
        currentBlockType.set(area.getParagraph(area.getCurrentParagraph()).getParagraphStyle());
        IndexRange selection = area.getSelection();
        Set<Mark> marks;
        if (selection.getLength() > 0) {
            marks = marksCommonTo(selection);
        } else if (pendingMarks != null) {
            marks = pendingMarks;
        } else {
            marks = area.getStyleAtPosition(area.getCaretPosition());
        }
        currentMarks.set(AreaDocuments.style(marks));
    }

    private ToolBar createToolbar() {
        ComboBox<BlockType> blockType = new ComboBox<>();
        blockType.setId("blockType");
        blockType.getItems().setAll(BlockType.values());
        blockType.setFocusTraversable(false);
        blockType.setTooltip(new Tooltip("Block type: Paragraph " + shortcut("Alt+0") + ", Subhead "
                + shortcut("Alt+2") + ", Minor subhead " + shortcut("Alt+3") + ", Block quote " + shortcut("Alt+Q")));
        blockType.setValue(currentBlockType.get());
        blockType.valueProperty().addListener((obs, old, now) -> {
            if (!syncingToolbar && now != null && now != currentBlockType.get()) {
                setBlockType(now);
                area.requestFocus();
            }
        });

        ToggleButton bold = markButton("boldButton", "B", Mark.BOLD, "Bold " + shortcut("B"));
        bold.setStyle("-fx-font-weight: bold;");
        ToggleButton italic = markButton("italicButton", "I", Mark.ITALIC, "Italic " + shortcut("I"));
        italic.setStyle("-fx-font-style: italic;");

        Runnable sync = () -> {
            syncingToolbar = true;
            try {
                blockType.setValue(currentBlockType.get());
                bold.setSelected(currentMarks.get().contains(Mark.BOLD));
                italic.setSelected(currentMarks.get().contains(Mark.ITALIC));
            } finally {
                syncingToolbar = false;
            }
        };
        currentBlockType.addListener((obs, old, now) -> sync.run());
        currentMarks.addListener((obs, old, now) -> sync.run());
        sync.run();
        ToolBar bar = new ToolBar(blockType, bold, italic);
        bar.getStyleClass().add("body-toolbar");
        bar.setDisable(!area.isEditable());
        return bar;
    }

    private ToggleButton markButton(String id, String text, Mark mark, String tooltip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> {
            toggle(mark);
            button.setSelected(currentMarks.get().contains(mark));
            area.requestFocus();
        });
        return button;
    }

    private static String shortcut(String keys) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        return "(" + (mac ? "Cmd+" + keys.replace("Alt", "Option") : "Ctrl+" + keys) + ")";
    }

    /** The area: paste takes the clipboard's plain text only, with the current style. */
    static final class BodyArea extends StyledTextArea<BlockType, Set<Mark>> {

        BodyArea() {
            super(BlockType.PARAGRAPH, BodyArea::applyBlockType, Set.of(), BodyArea::applyMarks,
                    new SimpleEditableStyledDocument<>(BlockType.PARAGRAPH, Set.of()), AreaDocuments.SEGMENT_OPS, true);
        }

        private static void applyBlockType(TextFlow flow, BlockType type) {
            flow.getStyleClass().removeIf(name -> name.startsWith("block-"));
            flow.getStyleClass().add("block-" + (type == null ? BlockType.PARAGRAPH : type).name().toLowerCase(Locale.ROOT));
        }

        private static void applyMarks(TextExt text, Set<Mark> marks) {
            text.getStyleClass().removeAll("mark-bold", "mark-italic");
            for (Mark mark : marks) {
                text.getStyleClass().add("mark-" + mark.name().toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public void paste() {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (!isEditable() || !clipboard.hasString() || clipboard.getString() == null) {
                return;
            }
            pastePlainText(clipboard.getString());
        }

        void pastePlainText(String raw) {
            String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD');
            int start = getSelection().getStart();
            BlockType type = getParagraph(offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor()).getParagraphStyle();
            Set<Mark> style = getTextStyleForInsertionAt(start);
            List<String> lines = List.of(text.split("\n", -1));
            ReadOnlyStyledDocumentBuilder<BlockType, String, Set<Mark>> builder =
                    new ReadOnlyStyledDocumentBuilder<>(AreaDocuments.SEGMENT_OPS, type);
            for (String line : lines) {
                builder.addParagraph(line, style, type);
            }
            replaceSelection(builder.build());
            requestFollowCaret();
        }
    }
}
