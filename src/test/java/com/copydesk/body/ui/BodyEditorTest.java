package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class BodyEditorTest {

    private BodyEditor editor;

    @Start
    void start(Stage stage) {
        editor = new BodyEditor();
        BorderPane root = new BorderPane(editor.node());
        root.setTop(editor.toolbar());
        stage.setScene(new Scene(root, 700, 500));
        stage.show();
    }

    private void focus(FxRobot robot) {
        robot.interact(editor::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all).release(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BodyDocument doc() {
        WaitForAsyncUtils.waitForFxEvents();
        return editor.documentProperty().get();
    }

    @SuppressWarnings("unchecked")
    private GenericStyledArea<BlockType, String, TextStyle> area(FxRobot robot) {
        return (GenericStyledArea<BlockType, String, TextStyle>) robot.lookup("#body").query();
    }

    @Test
    void nodeAndToolbarAreWired(FxRobot robot) {
        Node area = robot.lookup("#body").query();
        assertTrue(area.getStyleClass().contains("body-editor"));
        assertTrue(editor.node().getScene().getRoot().lookup("#body") == area);
        assertTrue(((javafx.scene.Parent) editor.node()).getStylesheets().get(0).endsWith("body-editor.css"));
        assertEquals("B", robot.lookup("#boldButton").queryAs(ToggleButton.class).getText());
        robot.moveTo("#italicButton"); // tooltips are made on the pointer's first visit
        assertTrue(robot.lookup("#italicButton").queryAs(ToggleButton.class).getTooltip().getText().contains("Ctrl+I"));
        assertEquals(BodyDocument.empty(), doc());
    }

    @Test
    void typingThenBoldTyping(FxRobot robot) {
        focus(robot);
        robot.write("Hello ");
        shortcut(robot, KeyCode.B);
        assertTrue(robot.lookup("#boldButton").queryAs(ToggleButton.class).isSelected(), "pending bold shows");
        robot.write("world");
        shortcut(robot, KeyCode.B);
        robot.write("!");
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("Hello "), Run.of("world", Mark.BOLD),
                Run.plain("!"))), doc());
    }

    @Test
    void pendingStyleIsDroppedWhenCaretMoves(FxRobot robot) {
        focus(robot);
        robot.write("abc");
        shortcut(robot, KeyCode.B);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#boldButton").queryAs(ToggleButton.class).isSelected());
        robot.write("x");
        assertEquals(BodyDocument.of(Block.paragraph("abxc")), doc());
    }

    @Test
    void selectWordItalicAndToggleOff(FxRobot robot) {
        focus(robot);
        robot.write("one two");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.I);
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("one "), Run.of("two", Mark.ITALIC))), doc());
        assertTrue(robot.lookup("#italicButton").queryAs(ToggleButton.class).isSelected());
        shortcut(robot, KeyCode.I);
        assertEquals(BodyDocument.of(Block.paragraph("one two")), doc());
        assertFalse(robot.lookup("#italicButton").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void mixedSelectionGetsTheMarkEverywhere(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("ab", Mark.BOLD), Run.plain("cd")))));
        robot.interact(() -> area(robot).selectAll());
        robot.interact(() -> editor.toggle(Mark.BOLD));
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("abcd", Mark.BOLD))), doc());
        robot.interact(() -> editor.toggle(Mark.BOLD));
        assertEquals(BodyDocument.of(Block.paragraph("abcd")), doc());
    }

    @Test
    void subheadThenEnterGivesParagraph(FxRobot robot) {
        focus(robot);
        robot.write("Subhead");
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT2);
        assertEquals(BlockType.HEADING2, editor.currentBlockTypeProperty().get());
        assertEquals(BlockType.HEADING2, robot.lookup("#blockType").queryAs(ComboBox.class).getValue());
        robot.type(KeyCode.ENTER);
        robot.write("Body");
        assertEquals(BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Subhead")), Block.paragraph("Body")), doc());
        assertEquals(1, editor.caretParagraph());
        assertEquals(BlockType.PARAGRAPH, editor.currentBlockTypeProperty().get());
    }

    @Test
    void enterInsideHeadingOrQuoteKeepsType(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(Block.of(BlockType.HEADING3, Run.plain("abcd")),
                Block.of(BlockType.QUOTE, Run.plain("q")))));
        focus(robot);
        robot.interact(() -> area(robot).moveTo(2));
        robot.type(KeyCode.ENTER);
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        robot.type(KeyCode.ENTER);
        robot.write("r");
        assertEquals(List.of(Block.of(BlockType.HEADING3, Run.plain("ab")), Block.of(BlockType.HEADING3, Run.plain("cd")),
                Block.of(BlockType.QUOTE, Run.plain("q")), Block.of(BlockType.QUOTE, Run.plain("r"))), doc().blocks());
    }

    @Test
    void otherBlockShortcuts(FxRobot robot) {
        focus(robot);
        robot.write("x");
        shortcut(robot, KeyCode.ALT, KeyCode.Q);
        assertEquals(BlockType.QUOTE, doc().blocks().get(0).type());
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT3);
        assertEquals(BlockType.HEADING3, doc().blocks().get(0).type());
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT0);
        assertEquals(BodyDocument.of(Block.paragraph("x")), doc());
    }

    @Test
    void blockTypeAppliesToAllSelectedParagraphsAsOneUndoStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.paragraph("a"), Block.paragraph(""),
                Block.of(BlockType.HEADING2, Run.of("c", Mark.BOLD)), Block.paragraph("d"));
        robot.interact(() -> editor.load(original));
        robot.interact(() -> area(robot).selectRange(0, 5)); // a, empty, c ... up to just before d
        robot.interact(() -> editor.setBlockType(BlockType.QUOTE));
        assertEquals(List.of(Block.of(BlockType.QUOTE, Run.plain("a")), Block.of(BlockType.QUOTE),
                Block.of(BlockType.QUOTE, Run.of("c", Mark.BOLD)), Block.paragraph("d")), doc().blocks());
        assertEquals(5, area(robot).getSelection().getEnd());
        focus(robot);
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc());
        shortcut(robot, KeyCode.Y);
        assertEquals(BlockType.QUOTE, doc().blocks().get(1).type());
    }

    @Test
    void blockTypeOverAnEmptyFirstParagraphIsOneUndoStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.paragraph(""), Block.paragraph("text"));
        robot.interact(() -> editor.load(original));
        robot.interact(() -> area(robot).selectAll());
        focus(robot);
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT2);
        assertEquals(BodyDocument.of(Block.of(BlockType.HEADING2), Block.of(BlockType.HEADING2, Run.plain("text"))), doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc());
    }

    @Test
    void enterAtTheEndOfASubheadIsUndoneAndRedoneAsOneStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Title")));
        BodyDocument split = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Title")), Block.paragraph(""));
        robot.interact(() -> editor.load(original));
        robot.interact(() -> area(robot).moveTo(5));
        focus(robot);
        robot.type(KeyCode.ENTER);
        assertEquals(split, doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc());
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(split, doc());
    }

    @Test
    void undoAndRedoFormatting(FxRobot robot) {
        focus(robot);
        robot.write("word");
        robot.press(KeyCode.SHIFT, KeyCode.HOME).release(KeyCode.HOME, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.B);
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("word", Mark.BOLD))), doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(BodyDocument.of(Block.paragraph("word")), doc());
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("word", Mark.BOLD))), doc());
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Y);
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("word", Mark.BOLD))), doc());
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT2);
        assertEquals(BlockType.HEADING2, doc().blocks().get(0).type());
        shortcut(robot, KeyCode.Z);
        assertEquals(BlockType.PARAGRAPH, doc().blocks().get(0).type());
    }

    @Test
    void loadForgetsHistoryAndPutsCaretAtStart(FxRobot robot) {
        focus(robot);
        robot.write("previous article");
        BodyDocument next = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Next")), Block.paragraph("story"));
        robot.interact(() -> editor.load(next));
        assertEquals(next, doc());
        assertEquals(0, area(robot).getCaretPosition());
        assertEquals(0, editor.caretParagraph());
        focus(robot);
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertEquals(next, doc());
        robot.write("A ");
        assertEquals(Block.of(BlockType.HEADING2, Run.plain("A Next")), doc().blocks().get(0));
        shortcut(robot, KeyCode.Z);
        assertEquals(next, doc());
    }

    @Test
    void anEditInTheSameTaskAsTheLoadIsInTheDocumentAndUndoGivesBackTheLoadedBody(FxRobot robot) {
        BodyDocument loaded = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Council votes")),
                Block.of(BlockType.PARAGRAPH, Run.plain("The "), Run.of("budget", Mark.BOLD), Run.plain(" passed.")),
                Block.of(BlockType.QUOTE, Run.plain("We are pleased")));
        BodyDocument[] afterLoad = new BodyDocument[1];
        BodyDocument[] afterEdit = new BodyDocument[1];
        robot.interact(() -> {
            editor.load(BodyDocument.of(Block.paragraph("the article before")));
            editor.load(loaded);
            afterLoad[0] = editor.getDocument();
            area(robot).insertText(1, 0, "Late: ");
            afterEdit[0] = editor.getDocument();
        });
        assertEquals(loaded, afterLoad[0]);
        assertEquals(BodyDocument.of(loaded.blocks().get(0),
                Block.of(BlockType.PARAGRAPH, Run.plain("Late: The "), Run.of("budget", Mark.BOLD), Run.plain(" passed.")),
                loaded.blocks().get(2)), afterEdit[0]);
        assertEquals(afterEdit[0], doc());
        assertEquals(afterEdit[0], AreaDocuments.toBody(area(robot).getDocument()));
        focus(robot);
        shortcut(robot, KeyCode.Z);
        assertEquals(loaded, doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(loaded, doc(), "the load itself is no undo step");
    }

    @Test
    void theCountsLineFollowsEachLoadedArticle(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#bodyCounts").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> editor.load(BodyDocument.of(Block.paragraph("one two three"), Block.paragraph("four"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 words · 17 characters · 1 min read", counts.getText());
        robot.interact(() -> {
            editor.load(BodyDocument.of(Block.paragraph("five six")));
            editor.load(BodyDocument.of(Block.paragraph("seven")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 word · 5 characters · 1 min read", counts.getText(), "the last article loaded, not one in between");
    }

    @Test
    void emojiAndRtlSurvive(FxRobot robot) {
        BodyDocument loaded = BodyDocument.of(Block.paragraph("שלום עולם 😀"), Block.paragraph("👨‍👩‍👧 مرحبا"));
        robot.interact(() -> editor.load(loaded));
        assertEquals(loaded, doc());
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        focus(robot);
        robot.write(" 🇩🇪 שלום");
        assertEquals(BodyDocument.of(Block.paragraph("שלום עולם 😀"), Block.paragraph("👨‍👩‍👧 مرحبا 🇩🇪 שלום")), doc());
    }

    @Test
    void toolbarReflectsMarksAndActs(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("ab"),
                Run.of("cd", Mark.BOLD, Mark.ITALIC), Run.of("ef", Mark.ITALIC)), Block.of(BlockType.QUOTE, Run.plain("q")))));
        ToggleButton bold = robot.lookup("#boldButton").queryAs(ToggleButton.class);
        ToggleButton italic = robot.lookup("#italicButton").queryAs(ToggleButton.class);
        ComboBox<?> type = robot.lookup("#blockType").queryAs(ComboBox.class);
        robot.interact(() -> area(robot).moveTo(3));
        assertTrue(bold.isSelected() && italic.isSelected());
        robot.interact(() -> area(robot).moveTo(5));
        assertTrue(!bold.isSelected() && italic.isSelected());
        robot.interact(() -> area(robot).moveTo(1));
        assertTrue(!bold.isSelected() && !italic.isSelected());
        assertEquals(BlockType.PARAGRAPH, type.getValue());
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        assertEquals(BlockType.QUOTE, type.getValue());
        assertEquals(Set.of(), editor.currentMarksProperty().get());
        // clicking the button toggles a selection
        robot.interact(() -> area(robot).selectRange(0, 2));
        robot.clickOn("#boldButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Run.of("ab", Mark.BOLD), doc().blocks().get(0).runs().get(0));
        assertTrue(bold.isSelected());
        robot.interact(() -> area(robot).selectRange(0, 0));
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        @SuppressWarnings("unchecked")
        ComboBox<BlockType> combo = (ComboBox<BlockType>) type;
        robot.interact(() -> combo.setValue(BlockType.HEADING3));
        assertEquals(BlockType.HEADING3, doc().blocks().get(1).type());
    }

    @Test
    void plainTextPasteTakesCurrentStyleAndSplitsAtBlankLines(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(Block.of(BlockType.QUOTE, Run.of("ab", Mark.ITALIC)))));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("x\r\n\r\ny");
            Clipboard.getSystemClipboard().setContent(content);
            area(robot).moveTo(1);
        });
        focus(robot);
        shortcut(robot, KeyCode.V);
        assertEquals(List.of(Block.of(BlockType.QUOTE, Run.of("ax", Mark.ITALIC)), Block.of(BlockType.QUOTE, Run.of("yb", Mark.ITALIC))),
                doc().blocks());
    }

    @Test
    void cutAllThenPasteGivesBackTheSameDocumentAndEachIsOneUndoStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(
                Block.of(BlockType.HEADING2, Run.plain("Council votes")),
                Block.of(BlockType.PARAGRAPH, Run.plain("First "), Run.of("bold", Mark.BOLD), Run.plain(" and "),
                        Run.link("linked", "https://example.org/a?b=1&c=2", Mark.ITALIC), Run.plain(" graf. ")),
                Block.paragraph(""),
                Block.of(BlockType.BULLET_ITEM, Run.plain(" item with a leading space")),
                Block.rule(),
                Block.of(BlockType.QUOTE, Run.plain("Second graf.")));
        robot.interact(() -> editor.load(original));
        focus(robot);
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.X);
        BodyDocument afterCut = doc();
        assertEquals("", afterCut.plainText());
        shortcut(robot, KeyCode.V);
        assertEquals(original, doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(afterCut, doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc());
    }

    @Test
    void copiedMiddleOfAParagraphPastesIntoAnotherParagraphWithItsBoldWord(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("Keep the "), Run.of("bold", Mark.BOLD), Run.plain(" word here.")),
                Block.paragraph("Insert: ."))));
        robot.interact(() -> area(robot).selectRange(5, 18)); // "the bold word"
        focus(robot);
        shortcut(robot, KeyCode.C);
        robot.interact(() -> area(robot).moveTo(1, 8));
        shortcut(robot, KeyCode.V);
        assertEquals(List.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("Keep the "), Run.of("bold", Mark.BOLD), Run.plain(" word here.")),
                Block.of(BlockType.PARAGRAPH, Run.plain("Insert: the "), Run.of("bold", Mark.BOLD), Run.plain(" word."))),
                doc().blocks());
    }

    @Test
    void copiedParagraphsReachOtherProgramsAndPlainTextPasteAsSeparateParagraphs(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(
                Block.of(BlockType.HEADING2, Run.plain("Head")),
                Block.of(BlockType.PARAGRAPH, Run.plain("One "), Run.of("two", Mark.BOLD)),
                Block.rule(),
                Block.paragraph("Three"))));
        robot.interact(() -> area(robot).selectRange(2, area(robot).getLength()));
        focus(robot);
        shortcut(robot, KeyCode.C);
        String[] flavours = new String[2];
        robot.interact(() -> {
            flavours[0] = Clipboard.getSystemClipboard().getString();
            flavours[1] = Clipboard.getSystemClipboard().getHtml();
        });
        assertEquals("ad\n\nOne two\n\nThree", flavours[0]);
        assertEquals("<h2>ad</h2>\n<p>One <strong>two</strong></p>\n<hr>\n<p>Three</p>\n", flavours[1]);
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        shortcut(robot, KeyCode.SHIFT, KeyCode.V);
        assertEquals(List.of(Block.paragraph("Threead"), Block.paragraph("One two"), Block.paragraph("Three")),
                doc().blocks().subList(3, 6));
    }

    @Test
    void aRuleAtTheEdgeOfWhatIsPastedStaysARuleInsideAParagraph(FxRobot robot) {
        robot.interact(() -> editor.load(BodyDocument.of(Block.paragraph("xy"))));
        putOnClipboard(robot, "<hr>\n<p>a</p>\n<hr>\n");
        robot.interact(() -> area(robot).moveTo(1));
        focus(robot);
        shortcut(robot, KeyCode.V);
        assertEquals(BodyDocument.of(Block.paragraph("x"), Block.rule(), Block.paragraph("a"), Block.rule(), Block.paragraph("y")),
                doc());
    }

    @Test
    void pastingIntoARuleIsOneUndoStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.paragraph("a"), Block.rule());
        for (String html : new String[] {null, "<b>x</b>"}) {
            robot.interact(() -> editor.load(original));
            putOnClipboard(robot, html, "x");
            robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
            focus(robot);
            shortcut(robot, KeyCode.V);
            Run pasted = html == null ? Run.plain("x") : Run.of("x", Mark.BOLD);
            assertEquals(BodyDocument.of(Block.paragraph("a"), Block.of(BlockType.PARAGRAPH, pasted)), doc(), html);
            shortcut(robot, KeyCode.Z);
            assertEquals(original, doc(), html);
        }
    }

    @Test
    void aPastedWordKeepsTheSpaceAfterIt(FxRobot robot) {
        // a word double-clicked and copied on Windows comes with its space, as text and as browser HTML
        for (String html : new String[] {null, "<span style=\"color: black;\">word&nbsp;</span>"}) {
            robot.interact(() -> editor.load(BodyDocument.of(Block.paragraph("the is"))));
            putOnClipboard(robot, html, "word ");
            robot.interact(() -> area(robot).moveTo(4));
            focus(robot);
            shortcut(robot, KeyCode.V);
            assertEquals(BodyDocument.of(Block.paragraph("the word is")), doc(), html);
        }
    }

    @Test
    void aRuleInAnEmptyParagraphIsOneUndoStep(FxRobot robot) {
        BodyDocument endsEmpty = BodyDocument.of(Block.paragraph("a"), Block.paragraph(""));
        robot.interact(() -> editor.load(endsEmpty));
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        focus(robot);
        shortcut(robot, KeyCode.ALT, KeyCode.R);
        assertEquals(BodyDocument.of(Block.paragraph("a"), Block.rule(), Block.paragraph("")), doc());
        assertEquals(2, editor.caretParagraph());
        shortcut(robot, KeyCode.Z);
        assertEquals(endsEmpty, doc());

        BodyDocument startsWithEmptySubhead = BodyDocument.of(Block.of(BlockType.HEADING2), Block.paragraph("b"));
        robot.interact(() -> editor.load(startsWithEmptySubhead));
        shortcut(robot, KeyCode.ALT, KeyCode.R);
        assertEquals(BodyDocument.of(Block.rule(), Block.paragraph(""), Block.paragraph("b")), doc());
        assertEquals(1, editor.caretParagraph());
        shortcut(robot, KeyCode.Z);
        assertEquals(startsWithEmptySubhead, doc());
    }

    private static void putOnClipboard(FxRobot robot, String html) {
        putOnClipboard(robot, html, null);
    }

    private static void putOnClipboard(FxRobot robot, String html, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (html != null) {
                content.putHtml(html);
            }
            if (text != null) {
                content.putString(text);
            }
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void notEditable(FxRobot robot) {
        robot.interact(() -> editor.setEditable(false));
        focus(robot);
        robot.write("abc");
        assertEquals(BodyDocument.empty(), doc());
        assertTrue(robot.lookup(".body-toolbar").query().isDisabled());
    }
}
