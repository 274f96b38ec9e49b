package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyStats;
import com.copydesk.body.CopyFit;
import com.copydesk.body.HtmlCodec;
import com.copydesk.body.Mark;
import com.copydesk.body.PasteCleaner;
import com.copydesk.ui.LazyTooltip;
import com.copydesk.ui.StatePseudoClasses;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;

/**
 * The story body editor: a RichTextFX area whose paragraph style is a {@link BlockType} and
 * whose text style is a {@link TextStyle} (marks and link), its formatting toolbar, a find &
 * replace bar above the text and a counts line below it.
 *
 * <p>Shortcuts (Shortcut is Ctrl on Linux and Windows, Cmd on macOS): Shortcut+B bold,
 * Shortcut+I italic, Shortcut+U underline, Shortcut+Shift+X strikethrough, Shortcut+. superscript,
 * Shortcut+, subscript, Shortcut+K link; Shortcut+Alt+0 paragraph, Shortcut+Alt+2 subhead,
 * Shortcut+Alt+3 minor subhead, Shortcut+Alt+Q block quote, Shortcut+Alt+P pull quote,
 * Shortcut+Shift+8 bulleted and Shortcut+Shift+7 numbered list (again: back to paragraph),
 * Shortcut+Alt+R horizontal rule; Shortcut+Z undo, Shortcut+Shift+Z and Shortcut+Y redo;
 * Shortcut+Shift+V paste as plain text; Shortcut+F find, Shortcut+H find and replace.
 *
 * <p>Undo: typing merges into word-sized steps (a typed space ends a step), every formatting
 * change and every paste is one step, and so is each typographic substitution, so undo right
 * after one gives back what was typed.
 *
 * <p>Enter at the end of a heading or pull quote starts a paragraph; Enter in an empty list
 * item or quote ends the list or quote; Enter anywhere else keeps the block type. Copy and cut
 * put the selection on the clipboard as the codec's HTML and as plain text with a blank line
 * between paragraphs. Paste cleans HTML with {@link PasteCleaner} (the editor's own copy comes
 * back exactly); plain text splits into paragraphs at blank lines.
 */
public final class BodyEditor {


    static final String STYLESHEET = Objects.requireNonNull(
            BodyEditor.class.getResource("body-editor.css"), "body-editor.css").toExternalForm();

    /** Asks for a link: current target or null in, new target, "" to remove, or empty to cancel out. */
    interface LinkPrompt extends BiFunction<Window, String, Optional<String>> {
    }

    private final TypingSettings typing;
    private final BodyArea area = new BodyArea();
    private final VirtualizedScrollPane<BodyArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final FindBar findBar;
    private final Label counts = new Label();
    private final Label target = new Label();
    /** The meter's {@code :under}, {@code :on}, {@code :over}; made here, on the FX thread, not as the class loads on the warm-up thread. */
    private final StatePseudoClasses<CopyFit.State> fitClasses = new StatePseudoClasses<>(CopyFit.State.class);
    private final ObjectProperty<Integer> targetWords = new SimpleObjectProperty<>(this, "targetWords");
    private final BorderPane container = new BorderPane();
    private final ReadOnlyObjectWrapper<BodyDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<BlockType> currentBlockType =
            new ReadOnlyObjectWrapper<>(this, "currentBlockType", BlockType.PARAGRAPH);
    private final ReadOnlyObjectWrapper<Set<Mark>> currentMarks =
            new ReadOnlyObjectWrapper<>(this, "currentMarks", Set.of());
    private final ReadOnlyObjectWrapper<String> currentLink = new ReadOnlyObjectWrapper<>(this, "currentLink");
    LinkPrompt linkPrompt = LinkDialog::ask;

    /** Style the next typed characters get (after a toggle on an empty selection), or null. */
    private TextStyle pendingStyle;
    private int pendingPosition = -1;

    private ToolBar toolbar;
    private boolean syncingToolbar;
    /** True while {@link #load} replaces the content: that is no edit of the text (see CommentHighlighter). */
    private boolean loading;
    private boolean countsQueued;
    private Map<Block, BodyStats> countsByBlock = new HashMap<>();
    private Map<Paragraph<BlockType, String, TextStyle>, Block> blocksByParagraph = new IdentityHashMap<>();

    public BodyEditor() {
        this(TypingSettings.DEFAULTS);
    }

    public BodyEditor(TypingSettings typing) {
        this.typing = Objects.requireNonNull(typing, "typing");
        area.setId("body");
        area.getStyleClass().add("body-editor");
        area.setWrapText(true);
        area.onCopy = this::copy;
        area.onCut = this::cut;
        area.onPaste = this::paste;
        scrollPane.getStyleClass().add("body-editor-scroll");
        findBar = new FindBar(area);
        counts.setId("bodyCounts");
        counts.getStyleClass().add("body-counts");
        target.setId("bodyTarget");
        target.getStyleClass().add("body-target");
        target.managedProperty().bind(target.visibleProperty());
        targetWords.addListener((obs, old, now) -> updateCounts());
        HBox countsLine = new HBox(12, target, counts);
        countsLine.setAlignment(Pos.CENTER_RIGHT);
        countsLine.getStyleClass().add("body-counts-line");
        container.setTop(findBar.node());
        container.setCenter(scrollPane);
        container.setBottom(countsLine);
        container.getStyleClass().add("body-editor-pane");
        container.getStylesheets().add(STYLESHEET);
        container.addEventFilter(KeyEvent.KEY_PRESSED, this::findShortcuts); // a filter: in a text field Ctrl+H would delete a character

        Nodes.addInputMap(area, shortcuts());
        area.richChanges().subscribe(change -> {
            if (loading) {
                return; // load() sets the document, caret state and counts once the whole content is in
            }
            clearPending();
            document.set(currentBody());
            updateCaretState();
            queueCounts();
        });
        area.plainTextChanges().subscribe(change -> {
            if (change.getRemoved().isEmpty() && change.getInserted().length() == 1
                    && Character.isWhitespace(change.getInserted().charAt(0))) {
                area.getUndoManager().preventMerge(); // the next word is a step of its own
            }
        });
        area.caretPositionProperty().addListener((obs, old, now) -> {
            if (pendingStyle != null && now != pendingPosition) {
                clearPending();
            }
            updateCaretState();
        });
        area.selectionProperty().addListener((obs, old, now) -> updateCaretState());
        load(BodyDocument.empty());
    }

    /** The editor with its find bar and counts line; the text area inside has id {@code body}. */
    public Node node() {
        return container;
    }

    /** The formatting toolbar, created on first call. */
    public Node toolbar() {
        if (toolbar == null) {
            toolbar = new BodyToolbar(this).build();
            toolbar.setDisable(!area.isEditable());
        }
        return toolbar;
    }

    public ReadOnlyObjectProperty<BodyDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public BodyDocument getDocument() {
        return document.get();
    }

    /**
     * The article's target length in words, or null for none. The counts line then shows the
     * words against it, coloured under / on / over (see {@link CopyFit}).
     */
    public ObjectProperty<Integer> targetWordsProperty() {
        return targetWords;
    }

    public ReadOnlyObjectProperty<BlockType> currentBlockTypeProperty() {
        return currentBlockType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Mark>> currentMarksProperty() {
        return currentMarks.getReadOnlyProperty();
    }

    /** The link under the caret (or common to the selection), or null. */
    public ReadOnlyObjectProperty<String> currentLinkProperty() {
        return currentLink.getReadOnlyProperty();
    }

    /**
     * Replaces the content, puts the caret at the start and forgets the undo history. The counts
     * line follows in a task of its own (counting a long article's words is FX-thread work too).
     */
    public void load(BodyDocument body) {
        Objects.requireNonNull(body, "body");
        clearPending();
        ReadOnlyStyledDocument<BlockType, String, TextStyle> content = AreaDocuments.fromBody(body);
        loading = true;
        try {
            area.replace(0, area.getLength(), content);
        } finally {
            loading = false;
        }
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
        blocksByParagraph = loadedBlocks(content, body);
        document.set(currentBody());
        updateCaretState();
        queueCounts();
    }

    /**
     * The body's own block for each paragraph the area took over from {@code content} as it is
     * (all but the edges, which RichTextFX joins with what was there): they need no conversion back.
     */
    private Map<Paragraph<BlockType, String, TextStyle>, Block> loadedBlocks(
            ReadOnlyStyledDocument<BlockType, String, TextStyle> content, BodyDocument body) {
        Map<Paragraph<BlockType, String, TextStyle>, Block> blocks = new IdentityHashMap<>();
        List<Paragraph<BlockType, String, TextStyle>> loaded = content.getParagraphs();
        if (loaded.size() != body.blocks().size() || area.getParagraphs().size() != loaded.size()) {
            return blocks;
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (area.getParagraph(i) == loaded.get(i)) {
                blocks.put(loaded.get(i), body.blocks().get(i));
            }
        }
        return blocks;
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
            TextStyle base = pendingStyle != null ? pendingStyle : area.getStyleAtPosition(caret);
            pendingStyle = base.with(mark, !base.has(mark));
            pendingPosition = caret;
            area.setTextInsertionStyle(pendingStyle);
            updateCaretState();
            return;
        }
        boolean on = !marksCommonTo(selection).contains(mark);
        restyle(selection, style -> style.with(mark, on));
    }

    /** Links the selection (or the link under the caret) to {@code url}; null removes the link. */
    public void setLink(String url) {
        if (!area.isEditable()) {
            return;
        }
        IndexRange range = area.getSelection().getLength() > 0 ? area.getSelection() : linkExtentAtCaret();
        if (range.getLength() > 0) {
            restyle(range, style -> style.withLink(url));
        } else if (url != null) {
            TextStyle style = area.getTextStyleForInsertionAt(range.getStart()).withLink(url);
            int start = range.getStart();
            asOwnUndoStep(() -> area.replace(start, start,
                    ReadOnlyStyledDocument.fromString(url, currentBlockType.get(), style, AreaDocuments.SEGMENT_OPS)));
            // What is typed right after the inserted address is not part of the link.
            pendingStyle = style.withLink(null);
            pendingPosition = area.getCaretPosition();
            area.setTextInsertionStyle(pendingStyle);
        }
        updateCaretState();
    }

    /** Opens the link dialog for the selection or the link under the caret (Shortcut+K). */
    public void editLink() {
        if (!area.isEditable()) {
            return;
        }
        Window owner = area.getScene() == null ? null : area.getScene().getWindow();
        Optional<String> answer = linkPrompt.apply(owner, currentLink.get());
        answer.ifPresent(url -> setLink(url.isEmpty() ? null : url));
        area.requestFocus();
    }

    /** Sets the type of every paragraph the selection touches, as one undoable change. */
    public void setBlockType(BlockType type) {
        Objects.requireNonNull(type, "type");
        IndexRange selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward).getMajor();
        TwoDimensional.Position endPosition = area.offsetToPosition(selection.getEnd(), TwoDimensional.Bias.Backward);
        int lastTouched = endPosition.getMajor();
        if (selection.getLength() > 0 && lastTouched > first && endPosition.getMinor() == 0
                && area.getParagraphLength(lastTouched) > 0) {
            lastTouched--; // a selection ending at the very start of a paragraph with text does not touch it
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
            StyledDocument<BlockType, String, TextStyle> part = area.subDocument(start, end);
            ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle> builder =
                    new ReadOnlyStyledDocumentBuilder<>(AreaDocuments.SEGMENT_OPS, type);
            for (Paragraph<BlockType, String, TextStyle> paragraph : part.getParagraphs()) {
                builder.addParagraph(new ArrayList<>(paragraph.getStyledSegments()), type);
            }
            asOwnUndoStep(() -> area.replace(start, end, builder.build()));
            // Where RichTextFX joins an empty paragraph at an edge it keeps the old type: set it.
            for (int i = first; i <= last; i++) {
                if (area.getParagraph(i).getParagraphStyle() != type) {
                    area.setParagraphStyle(i, type);
                }
            }
            area.selectRange(anchor, caret);
        }
        updateCaretState();
    }

    /** Makes the touched paragraphs list items of {@code listType}, or paragraphs if they already are. */
    public void toggleList(BlockType listType) {
        if (!listType.isListItem()) {
            throw new IllegalArgumentException("not a list type: " + listType);
        }
        setBlockType(currentBlockType.get() == listType ? BlockType.PARAGRAPH : listType);
    }

    /**
     * Puts a horizontal rule after the caret's paragraph, or turns an empty one into a rule, and
     * a paragraph after the rule for the caret; one replace, so one undo step.
     */
    public void insertRule() {
        if (!area.isEditable()) {
            return;
        }
        int paragraph = area.getCurrentParagraph();
        boolean empty = area.getParagraphLength(paragraph) == 0;
        int end = area.getAbsolutePosition(paragraph, area.getParagraphLength(paragraph));
        ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(AreaDocuments.SEGMENT_OPS, BlockType.PARAGRAPH);
        if (!empty) {
            builder.addParagraph("", TextStyle.PLAIN, BlockType.PARAGRAPH); // joins the text before, which keeps its type
        }
        // In an empty paragraph the rule takes its place: joining two empty paragraphs, RichTextFX keeps the inserted type.
        builder.addParagraph("", TextStyle.PLAIN, BlockType.RULE);
        builder.addParagraph("", TextStyle.PLAIN, BlockType.PARAGRAPH);
        asOwnUndoStep(() -> area.replace(end, end, builder.build()));
        area.moveTo(area.getAbsolutePosition(empty ? paragraph + 1 : paragraph + 2, 0));
        area.requestFollowCaret();
    }

    /**
     * Puts the selection on the clipboard twice: as HTML, which keeps block types, marks and links
     * (and comes back exactly on paste), and as plain text with a blank line between paragraphs,
     * so that other programs and paste as plain text keep the paragraphs apart.
     */
    public void copy() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        BodyDocument part = AreaDocuments.toBody(area.subDocument(selection.getStart(), selection.getEnd()));
        ClipboardContent content = new ClipboardContent();
        content.putHtml(HtmlCodec.toHtml(part));
        content.putString(plainTextOf(part));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Copies the selection, then removes it as one undo step. */
    public void cut() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0 || !area.isEditable()) {
            return;
        }
        copy();
        asOwnUndoStep(() -> area.deleteText(selection));
    }

    /** Unlike {@link BodyDocument#plainText}, not stripped: a copied word keeps the space after it. */
    private static String plainTextOf(BodyDocument part) {
        return part.blocks().stream().filter(block -> block.type() != BlockType.RULE)
                .map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** Pastes the clipboard: cleaned HTML if there is any, else its plain text. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!area.isEditable()) {
            return;
        }
        if (clipboard.hasHtml() && clipboard.getHtml() != null) {
            BodyDocument fragment = PasteCleaner.fromHtml(clipboard.getHtml());
            if (!fragment.equals(BodyDocument.empty())) { // the cleaner found nothing to keep
                insertFragment(fragment);
                return;
            }
        }
        pasteAsPlainText();
    }

    /** Pastes the clipboard's plain text with the current style (Shortcut+Shift+V). */
    public void pasteAsPlainText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (area.isEditable() && clipboard.hasString() && clipboard.getString() != null) {
            insertPlainText(clipboard.getString());
        }
    }

    /**
     * Find & replace searches {@code field} too (before the body, after fields added earlier),
     * and Shortcut+F / Shortcut+H open the find bar from it. {@code name} (e.g. "headline")
     * names it in the match count.
     */
    public void alsoSearch(TextInputControl field, String name) {
        findBar.alsoSearch(field, name);
        field.getStylesheets().add(STYLESHEET);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::findShortcuts);
    }

    /** Shows the find bar (Shortcut+F), with the replace row too if {@code replace} (Shortcut+H). */
    public void showFind(boolean replace) {
        findBar.show(replace);
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
        findBar.setEditable(editable);
        if (toolbar != null) {
            toolbar.setDisable(!editable);
        }
    }

    public boolean isEditable() {
        return area.isEditable();
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

    BodyArea area() {
        return area;
    }

    boolean isLoading() {
        return loading;
    }

    private InputMap<KeyEvent> shortcuts() {
        KeyCombination.Modifier shortcut = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        return InputMap.sequence(
                // Tab leaves the body like any other field (a tab character means nothing in a story),
                // so keyboard users are never trapped in the editor.
                InputMap.ignore(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)),
                consume(keyPressed(KeyCode.B, shortcut), e -> toggle(Mark.BOLD)),
                consume(keyPressed(KeyCode.I, shortcut), e -> toggle(Mark.ITALIC)),
                consume(keyPressed(KeyCode.U, shortcut), e -> toggle(Mark.UNDERLINE)),
                consume(keyPressed(KeyCode.X, shortcut, shift), e -> toggle(Mark.STRIKE)),
                consume(keyPressed(KeyCode.PERIOD, shortcut), e -> toggle(Mark.SUPERSCRIPT)),
                consume(keyPressed(KeyCode.COMMA, shortcut), e -> toggle(Mark.SUBSCRIPT)),
                consume(keyPressed(KeyCode.K, shortcut), e -> editLink()),
                consume(keyPressed(KeyCode.DIGIT0, shortcut, alt), e -> setBlockType(BlockType.PARAGRAPH)),
                consume(keyPressed(KeyCode.DIGIT2, shortcut, alt), e -> setBlockType(BlockType.HEADING2)),
                consume(keyPressed(KeyCode.DIGIT3, shortcut, alt), e -> setBlockType(BlockType.HEADING3)),
                consume(keyPressed(KeyCode.Q, shortcut, alt), e -> setBlockType(BlockType.QUOTE)),
                consume(keyPressed(KeyCode.P, shortcut, alt), e -> setBlockType(BlockType.PULLQUOTE)),
                consume(keyPressed(KeyCode.R, shortcut, alt), e -> insertRule()),
                consume(keyPressed(KeyCode.DIGIT8, shortcut, shift), e -> toggleList(BlockType.BULLET_ITEM)),
                consume(keyPressed(KeyCode.DIGIT7, shortcut, shift), e -> toggleList(BlockType.NUMBERED_ITEM)),
                consume(keyPressed(KeyCode.V, shortcut, shift), e -> pasteAsPlainText()),
                consume(keyPressed(KeyCode.Z, shortcut), e -> undo()),
                consume(keyPressed(KeyCode.Z, shortcut, shift), e -> redo()),
                consume(keyPressed(KeyCode.Y, shortcut), e -> redo()),
                consumeWhen(keyPressed(KeyCode.ENTER), this::startsParagraphOnEnter, e -> paragraphAfterCurrent()),
                consumeWhen(keyPressed(KeyCode.ENTER), this::inEmptyItemOrQuote, e -> setBlockType(BlockType.PARAGRAPH)),
                consume(keyTyped().onlyIf(this::isPrintable), this::typed));
    }

    private void findShortcuts(KeyEvent event) {
        if (event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()
                && (event.getCode() == KeyCode.F || event.getCode() == KeyCode.H)) {
            showFind(event.getCode() == KeyCode.H);
            event.consume();
        }
    }

    private boolean isPrintable(KeyEvent event) {
        String character = event.getCharacter();
        return area.isEditable() && !character.isEmpty() && !event.isControlDown() && !event.isMetaDown()
                && !Character.isISOControl(character.charAt(0)) && character.charAt(0) != KeyEvent.CHAR_UNDEFINED.charAt(0);
    }

    /** Typing: out of a rule first, then the character, then any typographic substitution as its own step. */
    private void typed(KeyEvent event) {
        if (area.getParagraph(area.getCurrentParagraph()).getParagraphStyle() == BlockType.RULE) {
            paragraphAfterCurrent();
        }
        String character = event.getCharacter();
        IndexRange selection = area.getSelection();
        area.replace(selection.getStart(), selection.getEnd(), character,
                insertionStyle(selection.getStart(), selection.getEnd()));
        int caret = area.getCaretPosition();
        String before = area.getText(Math.max(0, caret - 3), caret);
        Substitution substitution = Substitution.after(before, typing);
        if (substitution != null) {
            int start = caret - substitution.replaced();
            TextStyle style = area.getStyleOfChar(caret - 1);
            area.getUndoManager().preventMerge();
            area.replace(start, caret, ReadOnlyStyledDocument.fromString(substitution.text(),
                    area.getParagraph(area.getCurrentParagraph()).getParagraphStyle(), style, AreaDocuments.SEGMENT_OPS));
            area.getUndoManager().preventMerge();
        }
        area.requestFollowCaret();
    }

    /** A substitution of the last {@code replaced} characters by {@code text}. */
    record Substitution(int replaced, String text) {

        /** What to substitute given the (up to three) characters before the caret, or null. */
        static Substitution after(String before, TypingSettings typing) {
            int n = before.length();
            char last = before.charAt(n - 1);
            char previous = n >= 2 ? before.charAt(n - 2) : 0;
            boolean opening = n < 2 || Character.isWhitespace(previous) || "([{<“‘—–-/".indexOf(previous) >= 0;
            if (typing.curlyQuotes() && last == '"') {
                return new Substitution(1, opening ? "“" : "”");
            }
            if (typing.curlyQuotes() && last == '\'') {
                return new Substitution(1, opening ? "‘" : "’");
            }
            if (typing.emDash() && last == '-' && previous == '-') {
                return new Substitution(2, "—");
            }
            if (typing.ellipsis() && last == '.' && before.endsWith("...")) {
                return new Substitution(3, "…");
            }
            return null;
        }
    }

    /**
     * Puts {@code fragment} in place of the selection. One block without a rule is a piece of a
     * paragraph: it joins the paragraph it lands in and takes its type, as in a word processor.
     * Of more blocks, the first joins the text before the selection and the last the text after it.
     */
    private void insertFragment(BodyDocument fragment) {
        IndexRange selection = area.getSelection();
        int firstParagraph = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward).getMajor();
        ReadOnlyStyledDocument<BlockType, String, TextStyle> content;
        if (fragment.blocks().size() == 1 && fragment.blocks().get(0).type() != BlockType.RULE) {
            BlockType type = area.getParagraph(firstParagraph).getParagraphStyle();
            BlockType textType = type == BlockType.RULE ? BlockType.PARAGRAPH : type;
            content = new ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle>(AreaDocuments.SEGMENT_OPS, textType)
                    .addParagraph(AreaDocuments.segments(fragment.blocks().get(0)), textType).build();
        } else {
            content = AreaDocuments.fromBody(rulesKeptAtEdges(fragment, selection));
        }
        asOwnUndoStep(() -> area.replaceSelection(content));
        textLeavesRules(firstParagraph, area.getCurrentParagraph());
        area.requestFollowCaret();
    }

    /**
     * {@code fragment} with an empty paragraph before a rule it starts with when text comes
     * before the selection, and after a rule it ends with when text follows: else the rule
     * would join that text's paragraph and be lost.
     */
    private BodyDocument rulesKeptAtEdges(BodyDocument fragment, IndexRange selection) {
        List<Block> blocks = new ArrayList<>(fragment.blocks());
        TwoDimensional.Position start = area.offsetToPosition(selection.getStart(), TwoDimensional.Bias.Forward);
        TwoDimensional.Position end = area.offsetToPosition(selection.getEnd(), TwoDimensional.Bias.Forward);
        if (blocks.get(0).type() == BlockType.RULE && start.getMinor() > 0) {
            blocks.add(0, Block.paragraph(""));
        }
        if (blocks.get(blocks.size() - 1).type() == BlockType.RULE && end.getMinor() < area.getParagraphLength(end.getMajor())) {
            blocks.add(Block.paragraph(""));
        }
        return new BodyDocument(blocks);
    }

    /** A rule paragraph that received text becomes a paragraph. */
    private void textLeavesRules(int from, int to) {
        for (int i = from; i <= to && i < area.getParagraphs().size(); i++) {
            if (area.getParagraph(i).getParagraphStyle() == BlockType.RULE && area.getParagraphLength(i) > 0) {
                area.setParagraphStyle(i, BlockType.PARAGRAPH);
            }
        }
        updateCaretState();
    }

    private void insertPlainText(String raw) {
        List<String> paragraphs = PasteCleaner.plainTextParagraphs(raw);
        if (paragraphs.isEmpty()) {
            return;
        }
        int start = area.getSelection().getStart();
        BlockType type = area.getParagraph(area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor())
                .getParagraphStyle();
        if (type == BlockType.RULE) {
            type = BlockType.PARAGRAPH;
        }
        TextStyle style = insertionStyle(start, area.getSelection().getEnd());
        ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(AreaDocuments.SEGMENT_OPS, type);
        for (String paragraph : paragraphs) {
            builder.addParagraph(paragraph, style, type);
        }
        int firstParagraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        asOwnUndoStep(() -> area.replaceSelection(builder.build()));
        textLeavesRules(firstParagraph, area.getCurrentParagraph());
        area.requestFollowCaret();
    }

    /** Applies {@code change} to the style of every character in {@code range}, as one undo step. */
    private void restyle(IndexRange range, java.util.function.UnaryOperator<TextStyle> change) {
        StyleSpans<TextStyle> spans = area.getStyleSpans(range);
        StyleSpans<TextStyle> changed = spans.mapStyles(change::apply);
        asOwnUndoStep(() -> area.setStyleSpans(range.getStart(), changed));
        updateCaretState();
    }

    /**
     * The style for text put in place of {@code [start, end)}: that of the text before it, but
     * inside a link only when the link goes on after it too. Text typed right after (or before)
     * a link is plain, as in every word processor; text typed inside a link stays in it.
     */
    private TextStyle insertionStyle(int start, int end) {
        TextStyle style = area.getTextStyleForInsertionAt(start);
        return style.link() == null || linkOnBothSides(start, end, style.link()) ? style : style.withLink(null);
    }

    private boolean linkOnBothSides(int start, int end, String link) {
        TwoDimensional.Position before = area.offsetToPosition(start, TwoDimensional.Bias.Forward);
        TwoDimensional.Position after = area.offsetToPosition(end, TwoDimensional.Bias.Forward);
        Paragraph<BlockType, String, TextStyle> first = area.getParagraph(before.getMajor());
        Paragraph<BlockType, String, TextStyle> last = area.getParagraph(after.getMajor());
        return before.getMinor() > 0 && link.equals(first.getStyleOfChar(before.getMinor() - 1).link())
                && after.getMinor() < last.length() && link.equals(last.getStyleOfChar(after.getMinor()).link());
    }

    /** The stretch of the caret's paragraph around the caret that carries the caret's link; empty if none. */
    private IndexRange linkExtentAtCaret() {
        int caret = area.getCaretPosition();
        String link = currentLink.get();
        if (link == null) {
            return new IndexRange(caret, caret);
        }
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        Paragraph<BlockType, String, TextStyle> text = area.getParagraph(paragraph);
        int from = column;
        while (from > 0 && Objects.equals(text.getStyleOfChar(from - 1).link(), link)) {
            from--;
        }
        int to = column;
        while (to < text.length() && Objects.equals(text.getStyleOfChar(to).link(), link)) {
            to++;
        }
        int base = caret - column;
        return new IndexRange(base + from, base + to);
    }

    /** A formatting change never merges with the typing before or after it. */
    private void asOwnUndoStep(Runnable change) {
        area.getUndoManager().preventMerge();
        change.run();
        area.getUndoManager().preventMerge();
    }

    private void clearPending() {
        if (pendingStyle != null) {
            pendingStyle = null;
            pendingPosition = -1;
            area.setTextInsertionStyle(null);
        }
    }

    private boolean startsParagraphOnEnter() {
        if (!area.isEditable() || area.getSelection().getLength() > 0) {
            return false;
        }
        int paragraph = area.getCurrentParagraph();
        BlockType type = area.getParagraph(paragraph).getParagraphStyle();
        return type == BlockType.RULE || ((type == BlockType.HEADING2 || type == BlockType.HEADING3
                || type == BlockType.PULLQUOTE) && area.getCaretColumn() == area.getParagraphLength(paragraph));
    }

    private boolean inEmptyItemOrQuote() {
        int paragraph = area.getCurrentParagraph();
        BlockType type = area.getParagraph(paragraph).getParagraphStyle();
        return area.isEditable() && area.getParagraphLength(paragraph) == 0
                && (type.isListItem() || type == BlockType.QUOTE);
    }

    private void paragraphAfterCurrent() {
        int paragraph = area.getCurrentParagraph();
        int end = area.getAbsolutePosition(paragraph, area.getParagraphLength(paragraph));
        BlockType current = area.getParagraph(paragraph).getParagraphStyle();
        ReadOnlyStyledDocument<BlockType, String, TextStyle> split =
                new ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle>(AreaDocuments.SEGMENT_OPS, current)
                        .addParagraph("", TextStyle.PLAIN, current)
                        .addParagraph("", TextStyle.PLAIN, BlockType.PARAGRAPH)
                        .build();
        area.replace(end, end, split);
        area.moveTo(end + 1);
        area.requestFollowCaret();
    }

    private Set<Mark> marksCommonTo(IndexRange range) {
        EnumSet<Mark> common = EnumSet.allOf(Mark.class);
        boolean any = false;
        for (Paragraph<BlockType, String, TextStyle> paragraph : area.subDocument(range.getStart(), range.getEnd()).getParagraphs()) {
            for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
                if (!segment.getSegment().isEmpty()) {
                    common.retainAll(segment.getStyle().marks());
                    any = true;
                }
            }
        }
        return any ? Set.copyOf(common) : area.getStyleAtPosition(range.getStart()).marks();
    }

    private String linkCommonTo(IndexRange range) {
        String link = null;
        boolean first = true;
        for (Paragraph<BlockType, String, TextStyle> paragraph : area.subDocument(range.getStart(), range.getEnd()).getParagraphs()) {
            for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
                if (!segment.getSegment().isEmpty()) {
                    if (first) {
                        link = segment.getStyle().link();
                        first = false;
                    } else if (!Objects.equals(link, segment.getStyle().link())) {
                        return null;
                    }
                }
            }
        }
        return link;
    }

    private void updateCaretState() {
        currentBlockType.set(area.getParagraph(area.getCurrentParagraph()).getParagraphStyle());
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0) {
            currentMarks.set(marksCommonTo(selection));
            currentLink.set(linkCommonTo(selection));
        } else {
            TextStyle style = pendingStyle != null ? pendingStyle : caretStyle();
            currentMarks.set(style.marks());
            currentLink.set(style.link());
        }
    }

    private TextStyle caretStyle() {
        return area.getStyleAtPosition(area.getCaretPosition());
    }

    private void queueCounts() {
        if (!countsQueued) {
            countsQueued = true;
            Platform.runLater(() -> {
                countsQueued = false;
                updateCounts();
            });
        }
    }

    private void updateCounts() {
        BodyStats stats = countBlocks(document.get());
        counts.setText(countsText(stats));
        Integer words = targetWords.get();
        target.setVisible(words != null);
        if (words != null) {
            CopyFit fit = new CopyFit(stats.words(), words);
            target.setText(fit.text());
            fitClasses.show(target, fit.state()); // changes as the user types
        }
    }

    /**
     * The area's content as a body, reusing the block of every paragraph unchanged since the last
     * call (RichTextFX keeps unchanged paragraphs as the same objects): a keystroke converts one
     * paragraph, not the whole article.
     */
    private BodyDocument currentBody() {
        Map<Paragraph<BlockType, String, TextStyle>, Block> converted = new IdentityHashMap<>();
        List<Block> blocks = new ArrayList<>(area.getParagraphs().size());
        for (Paragraph<BlockType, String, TextStyle> paragraph : area.getParagraphs()) {
            Block block = blocksByParagraph.get(paragraph);
            if (block == null) {
                block = AreaDocuments.toBlock(paragraph);
            }
            converted.put(paragraph, block);
            blocks.add(block);
        }
        blocksByParagraph = converted;
        return new BodyDocument(blocks);
    }

    /**
     * The counts of {@code body}, block by block, reusing the counts of blocks unchanged since the
     * last call: typing changes one block, and counting 20,000 words on every keystroke would
     * not fit in a frame. Blocks are counted separately anyway (see {@link BodyStats}).
     */
    private BodyStats countBlocks(BodyDocument body) {
        Map<Block, BodyStats> counted = new HashMap<>();
        int words = 0;
        int characters = 0;
        for (Block block : body.blocks()) {
            BodyStats stats = counted.get(block);
            if (stats == null) {
                stats = countsByBlock.get(block);
                if (stats == null) {
                    stats = new BodyStats(BodyStats.countWords(block.text()), BodyStats.countCharacters(block.text()));
                }
                counted.put(block, stats);
            }
            words += stats.words();
            characters += stats.characters();
        }
        countsByBlock = counted;
        return new BodyStats(words, characters);
    }

    static String countsText(BodyStats stats) {
        return String.format(Locale.ROOT, "%,d %s · %,d %s · %s", stats.words(), stats.words() == 1 ? "word" : "words",
                stats.characters(), stats.characters() == 1 ? "character" : "characters",
                stats.words() == 0 ? "no reading time" : stats.readingMinutes() + " min read");
    }

    // ---------------------------------------------------------------- toolbar

    /** Builds the toolbar and keeps it in step with the caret. */
    private record BodyToolbar(BodyEditor editor) {

        ToolBar build() {
            ComboBox<BlockType> blockType = new ComboBox<>();
            blockType.setId("blockType");
            for (BlockType type : BlockType.values()) {
                if (type != BlockType.RULE) {
                    blockType.getItems().add(type);
                }
            }
            blockType.setFocusTraversable(false);
            blockType.setPrefWidth(132);
            LazyTooltip.install(blockType, "Block type: Paragraph " + BodyShortcuts.text("Alt+0") + ", Subhead "
                    + BodyShortcuts.text("Alt+2") + ", Minor subhead " + BodyShortcuts.text("Alt+3") + ", Block quote " + BodyShortcuts.text("Alt+Q")
                    + ", Pull quote " + BodyShortcuts.text("Alt+P") + ", Bulleted list " + BodyShortcuts.text("Shift+8")
                    + ", Numbered list " + BodyShortcuts.text("Shift+7"));
            blockType.setValue(editor.currentBlockType.get());
            blockType.valueProperty().addListener((obs, old, now) -> {
                if (!editor.syncingToolbar && now != null && now != editor.currentBlockType.get()) {
                    editor.setBlockType(now);
                    editor.area.requestFocus();
                }
            });

            Map<Mark, ToggleButton> marks = new EnumMap<>(Mark.class);
            marks.put(Mark.BOLD, markButton("boldButton", "B", Mark.BOLD, BodyShortcuts.text("B"), "-fx-font-weight: bold;"));
            marks.put(Mark.ITALIC, markButton("italicButton", "I", Mark.ITALIC, BodyShortcuts.text("I"), "-fx-font-style: italic;"));
            marks.put(Mark.UNDERLINE, markButton("underlineButton", "U", Mark.UNDERLINE, BodyShortcuts.text("U"), "-fx-underline: true;"));
            marks.put(Mark.STRIKE, markButton("strikeButton", "S", Mark.STRIKE, BodyShortcuts.text("Shift+X"), "-fx-strikethrough: true;"));
            marks.put(Mark.SUPERSCRIPT, markButton("superscriptButton", "x²", Mark.SUPERSCRIPT, BodyShortcuts.text("."), ""));
            marks.put(Mark.SUBSCRIPT, markButton("subscriptButton", "x₂", Mark.SUBSCRIPT, BodyShortcuts.text(","), ""));

            ToggleButton link = new ToggleButton("Link");
            link.setId("linkButton");
            link.setFocusTraversable(false);
            link.setAccessibleText("Insert or edit link");
            LazyTooltip.install(link, "Insert or edit link " + BodyShortcuts.text("K"));
            link.setOnAction(e -> {
                link.setSelected(editor.currentLink.get() != null);
                editor.editLink();
            });

            ToggleButton bullets = listButton("bulletListButton", "•", BlockType.BULLET_ITEM, BodyShortcuts.text("Shift+8"));
            ToggleButton numbers = listButton("numberedListButton", "1.", BlockType.NUMBERED_ITEM, BodyShortcuts.text("Shift+7"));
            Button rule = new Button("―");
            rule.setId("ruleButton");
            rule.setFocusTraversable(false);
            rule.setAccessibleText("Insert horizontal rule");
            LazyTooltip.install(rule, "Insert horizontal rule " + BodyShortcuts.text("Alt+R"));
            rule.setOnAction(e -> {
                editor.insertRule();
                editor.area.requestFocus();
            });

            Runnable sync = () -> {
                editor.syncingToolbar = true;
                try {
                    BlockType type = editor.currentBlockType.get();
                    blockType.setValue(type == BlockType.RULE ? null : type);
                    marks.forEach((mark, button) -> button.setSelected(editor.currentMarks.get().contains(mark)));
                    link.setSelected(editor.currentLink.get() != null);
                    bullets.setSelected(type == BlockType.BULLET_ITEM);
                    numbers.setSelected(type == BlockType.NUMBERED_ITEM);
                } finally {
                    editor.syncingToolbar = false;
                }
            };
            editor.currentBlockType.addListener((obs, old, now) -> sync.run());
            editor.currentMarks.addListener((obs, old, now) -> sync.run());
            editor.currentLink.addListener((obs, old, now) -> sync.run());
            sync.run();
            ToolBar bar = new ToolBar(blockType, new Separator());
            bar.getItems().addAll(marks.values());
            bar.getItems().addAll(link, new Separator(), bullets, numbers, rule);
            bar.getStyleClass().add("body-toolbar");
            return bar;
        }

        private ToggleButton markButton(String id, String text, Mark mark, String keys, String style) {
            ToggleButton button = new ToggleButton(text);
            button.setId(id);
            button.setFocusTraversable(false);
            LazyTooltip.install(button, mark.label() + " " + keys);
            button.setAccessibleText(mark.label());
            button.setStyle(style);
            button.setOnAction(e -> {
                editor.toggle(mark);
                button.setSelected(editor.currentMarks.get().contains(mark));
                editor.area.requestFocus();
            });
            return button;
        }

        private ToggleButton listButton(String id, String text, BlockType type, String keys) {
            ToggleButton button = new ToggleButton(text);
            button.setId(id);
            button.setFocusTraversable(false);
            LazyTooltip.install(button, type.label() + " " + keys);
            button.setAccessibleText(type.label());
            button.setOnAction(e -> {
                editor.toggleList(type);
                button.setSelected(editor.currentBlockType.get() == type);
                editor.area.requestFocus();
            });
            return button;
        }
    }

    // ---------------------------------------------------------------- area

    /** The area; copy, cut and paste go through the editor's, which know the body's formatting. */
    static final class BodyArea extends StyledTextArea<BlockType, TextStyle> {

        Runnable onCopy = () -> { };
        Runnable onCut = () -> { };
        Runnable onPaste = () -> { };

        BodyArea() {
            super(BlockType.PARAGRAPH, BodyArea::applyBlockType, TextStyle.PLAIN, BodyArea::applyStyle,
                    new SimpleEditableStyledDocument<>(BlockType.PARAGRAPH, TextStyle.PLAIN), AreaDocuments.SEGMENT_OPS, true);
        }

        private static void applyBlockType(TextFlow flow, BlockType type) {
            flow.getStyleClass().removeIf(name -> name.startsWith("block-"));
            flow.getStyleClass().add("block-" + (type == null ? BlockType.PARAGRAPH : type).name().toLowerCase(Locale.ROOT));
        }

        private static void applyStyle(TextExt text, TextStyle style) {
            text.getStyleClass().removeIf(name -> name.startsWith("mark-") || name.equals("link"));
            for (Mark mark : style.marks()) {
                text.getStyleClass().add("mark-" + mark.name().toLowerCase(Locale.ROOT));
            }
            if (style.link() != null) {
                text.getStyleClass().add("link");
            }
        }

        @Override
        public void copy() {
            onCopy.run();
        }

        @Override
        public void cut() {
            onCut.run();
        }

        @Override
        public void paste() {
            onPaste.run();
        }
    }
}
