package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.HtmlCodec;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formatting, links, lists, undo steps, typography, find & replace, paste and counts, driven by keyboard. */
@ExtendWith(ApplicationExtension.class)
class BodyEditorFeaturesTest {

    private BodyEditor editor;
    private BodyEditorSlot slot;

    @Start
    void start(Stage stage) {
        editor = new BodyEditor();
        slot = new BodyEditorSlot(() -> editor);
        slot.build();
        BorderPane root = new BorderPane(slot.node());
        root.setTop(slot.toolbar());
        stage.setScene(new Scene(root, 900, 500));
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
        return editor.getDocument();
    }

    @SuppressWarnings("unchecked")
    private GenericStyledArea<BlockType, String, TextStyle> area(FxRobot robot) {
        return (GenericStyledArea<BlockType, String, TextStyle>) robot.lookup("#body").query();
    }

    private void load(FxRobot robot, BodyDocument body) {
        robot.interact(() -> editor.load(body));
    }

    private static void putOnClipboard(FxRobot robot, String html, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (html != null) {
                content.putHtml(html);
            }
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void underlineStrikeAndScriptsByShortcut(FxRobot robot) {
        focus(robot);
        robot.write("E=mc");
        shortcut(robot, KeyCode.PERIOD);
        robot.write("2");
        shortcut(robot, KeyCode.PERIOD);
        robot.write(" H");
        shortcut(robot, KeyCode.COMMA);
        robot.write("2");
        shortcut(robot, KeyCode.COMMA);
        robot.write("O");
        assertEquals(List.of(Run.plain("E=mc"), Run.of("2", Mark.SUPERSCRIPT), Run.plain(" H"), Run.of("2", Mark.SUBSCRIPT),
                Run.plain("O")), doc().blocks().get(0).runs());
        robot.interact(() -> area(robot).selectRange(0, 4));
        shortcut(robot, KeyCode.U);
        shortcut(robot, KeyCode.SHIFT, KeyCode.X);
        assertEquals(Run.of("E=mc", Mark.UNDERLINE, Mark.STRIKE), doc().blocks().get(0).runs().get(0));
        assertTrue(robot.lookup("#underlineButton").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#strikeButton").queryAs(ToggleButton.class).isSelected());
        assertEquals("<p><u><s>E=mc</s></u><sup>2</sup> H<sub>2</sub>O</p>\n", HtmlCodec.toHtml(doc()));
        shortcut(robot, KeyCode.Z);
        assertEquals(Run.of("E=mc", Mark.UNDERLINE), doc().blocks().get(0).runs().get(0));
    }

    @Test
    void linkDialogRefusesUnsafeAddressesThenLinksAndUnlinks(FxRobot robot) throws Exception {
        load(robot, BodyDocument.of(Block.paragraph("see the report now")));
        robot.interact(() -> area(robot).selectRange(8, 14));
        focus(robot);
        shortcut(robot, KeyCode.K);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#linkUrl").tryQuery().isPresent());
        TextField url = robot.lookup("#linkUrl").queryAs(TextField.class);
        robot.clickOn(url);
        robot.write("javascript:alert(1)");
        WaitForAsyncUtils.waitForFxEvents();
        Node ok = ((javafx.scene.control.DialogPane) url.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.OK);
        assertTrue(ok.isDisabled());
        assertThat(robot.lookup("#linkProblem").queryAs(Label.class).getText()).contains("https://");
        robot.interact(() -> url.setText(""));
        robot.write("https://example.com/r?a=1&b=2");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Run.plain("see the "), Run.link("report", "https://example.com/r?a=1&b=2"), Run.plain(" now")),
                doc().blocks().get(0).runs());
        assertEquals("<p>see the <a href=\"https://example.com/r?a=1&amp;b=2\">report</a> now</p>\n", HtmlCodec.toHtml(doc()));

        robot.interact(() -> area(robot).moveTo(10));
        assertEquals("https://example.com/r?a=1&b=2", editor.currentLinkProperty().get());
        assertTrue(robot.lookup("#linkButton").queryAs(ToggleButton.class).isSelected());
        focus(robot);
        shortcut(robot, KeyCode.K);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Remove link").tryQuery().isPresent());
        robot.clickOn("Remove link");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BodyDocument.of(Block.paragraph("see the report now")), doc());
    }

    @Test
    void listsPullQuoteAndRuleFromTheKeyboard(FxRobot robot) {
        focus(robot);
        robot.write("a");
        shortcut(robot, KeyCode.SHIFT, KeyCode.DIGIT8);
        assertTrue(robot.lookup("#bulletListButton").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.ENTER);
        robot.write("b");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER); // an empty item ends the list
        robot.write("c");
        shortcut(robot, KeyCode.SHIFT, KeyCode.DIGIT7);
        robot.type(KeyCode.ENTER);
        robot.write("d");
        shortcut(robot, KeyCode.SHIFT, KeyCode.DIGIT7); // again: back to a paragraph
        robot.type(KeyCode.ENTER);
        robot.write("pulled");
        shortcut(robot, KeyCode.ALT, KeyCode.P);
        robot.type(KeyCode.ENTER); // Enter at the end of a pull quote starts a paragraph
        robot.write("e");
        shortcut(robot, KeyCode.ALT, KeyCode.R);
        robot.write("f");
        assertEquals(List.of(
                Block.of(BlockType.BULLET_ITEM, Run.plain("a")), Block.of(BlockType.BULLET_ITEM, Run.plain("b")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("c")), Block.paragraph("d"),
                Block.of(BlockType.PULLQUOTE, Run.plain("pulled")), Block.paragraph("e"), Block.rule(),
                Block.paragraph("f")), doc().blocks());
        assertEquals("<ul><li>a</li><li>b</li></ul>\n<ol><li>c</li></ol>\n<p>d</p>\n"
                + "<aside class=\"pullquote\"><p>pulled</p></aside>\n<p>e</p>\n<hr>\n<p>f</p>\n", HtmlCodec.toHtml(doc()));
    }

    @Test
    void typingIntoARuleGoesToTheParagraphAfterIt(FxRobot robot) {
        load(robot, BodyDocument.of(Block.paragraph("x"), Block.rule()));
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        focus(robot);
        robot.write("y");
        assertEquals(List.of(Block.paragraph("x"), Block.rule(), Block.paragraph("y")), doc().blocks());
    }

    @Test
    void undoTakesBackOneWordAtATime(FxRobot robot) {
        focus(robot);
        robot.write("one two three");
        shortcut(robot, KeyCode.Z);
        assertEquals(BodyDocument.of(Block.paragraph("one two ")), doc());
        shortcut(robot, KeyCode.Z);
        assertEquals(BodyDocument.of(Block.paragraph("one ")), doc());
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(BodyDocument.of(Block.paragraph("one two ")), doc());
    }

    @Test
    void quotesDashesAndEllipsesBecomeTypographic(FxRobot robot) {
        focus(robot);
        robot.write("\"Hello,\" she said -- it's 'fine'...");
        assertEquals(BodyDocument.of(Block.paragraph("“Hello,” she said — it’s ‘fine’…")), doc());
        shortcut(robot, KeyCode.Z); // undo gives back what was typed
        assertEquals(BodyDocument.of(Block.paragraph("“Hello,” she said — it’s ‘fine’...")), doc());
    }

    @Test
    void substitutionsFollowTheSettings() {
        assertNull(BodyEditor.Substitution.after("a\"", TypingSettings.NONE));
        assertNull(BodyEditor.Substitution.after("--", new TypingSettings(true, false, true)));
        assertEquals(new BodyEditor.Substitution(2, "—"), BodyEditor.Substitution.after("a--", TypingSettings.DEFAULTS));
        assertEquals(new BodyEditor.Substitution(1, "“"), BodyEditor.Substitution.after("\"", TypingSettings.DEFAULTS));
        assertEquals(new BodyEditor.Substitution(1, "’"), BodyEditor.Substitution.after("s'", TypingSettings.DEFAULTS));
        assertEquals(new BodyEditor.Substitution(1, "‘"), BodyEditor.Substitution.after("(\'", TypingSettings.DEFAULTS));
    }

    @Test
    void findAndReplaceWithOptionsAndOneUndoStep(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("The "), Run.of("cat", Mark.BOLD),
                Run.plain(" sat. Cat nap.")), Block.paragraph("concatenate the cat."));
        load(robot, original);
        focus(robot);
        shortcut(robot, KeyCode.F);
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        Node bar = robot.lookup("#findBar").query();
        assertTrue(bar.isVisible() && find.isFocused());
        Label count = robot.lookup("#matchCount").queryAs(Label.class);
        robot.write("cat");
        assertEquals("4 matches", count.getText());
        robot.interact(() -> robot.lookup("#matchCase").queryAs(CheckBox.class).setSelected(true));
        assertEquals("3 matches", count.getText());
        robot.interact(() -> robot.lookup("#wholeWord").queryAs(CheckBox.class).setSelected(true));
        assertEquals("2 matches", count.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 2", count.getText());
        assertEquals(4, area(robot).getSelection().getStart());
        robot.clickOn("#findNext");
        assertEquals("2 of 2", count.getText());
        robot.clickOn("#findPrevious");
        assertEquals("1 of 2", count.getText());

        shortcut(robot, KeyCode.H);
        TextField replace = robot.lookup("#replaceField").queryAs(TextField.class);
        assertTrue(replace.getParent().isVisible() && replace.isFocused());
        robot.write("dog");
        robot.type(KeyCode.ENTER); // replaces the selected match, moves to the next
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Run.plain("The "), Run.of("dog", Mark.BOLD), Run.plain(" sat. Cat nap.")), doc().blocks().get(0).runs());
        assertEquals("1 of 1", count.getText());
        robot.interact(() -> robot.lookup("#matchCase").queryAs(CheckBox.class).setSelected(false));
        robot.interact(() -> robot.lookup("#wholeWord").queryAs(CheckBox.class).setSelected(false));
        robot.clickOn("#replaceAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("The "), Run.of("dog", Mark.BOLD),
                Run.plain(" sat. dog nap.")), Block.paragraph("condogenate the dog.")), doc());
        assertEquals("Replaced 3", count.getText());
        focus(robot);
        shortcut(robot, KeyCode.Z);
        assertEquals(List.of(Run.plain("The "), Run.of("dog", Mark.BOLD), Run.plain(" sat. Cat nap.")), doc().blocks().get(0).runs());
        assertEquals(Block.paragraph("concatenate the cat."), doc().blocks().get(1));
        shortcut(robot, KeyCode.Z);
        assertEquals(original, doc());
        robot.interact(find::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertTrue(area(robot).isFocused());
    }

    @Test
    void pastingGoogleDocsHtmlKeepsStructureNotTheBoldWrapper(FxRobot robot) {
        putOnClipboard(robot, "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
                + "<h2 dir=\"ltr\"><span style=\"font-weight:400\">Head</span></h2><p dir=\"ltr\"><span style=\"font-weight:400\">"
                + "Plain </span><span style=\"font-weight:700\">bold</span></p><br><ul><li><p><span>item</span></p></li></ul></b>",
                "Head\n\nPlain bold\n\nitem");
        focus(robot);
        shortcut(robot, KeyCode.V);
        assertEquals(List.of(Block.of(BlockType.HEADING2, Run.plain("Head")),
                Block.of(BlockType.PARAGRAPH, Run.plain("Plain "), Run.of("bold", Mark.BOLD)),
                Block.of(BlockType.BULLET_ITEM, Run.plain("item"))), doc().blocks());
        shortcut(robot, KeyCode.Z);
        assertEquals(BodyDocument.empty(), doc());
    }

    @Test
    void pastingOneStyledPieceKeepsTheBlockAndHostileBitsAreDropped(FxRobot robot) {
        load(robot, BodyDocument.of(Block.of(BlockType.HEADING3, Run.plain("ab"))));
        putOnClipboard(robot, "<p onclick=\"x()\"><a href=\"javascript:alert(1)\">x</a><i>y</i><script>alert(2)</script></p>", "xy");
        robot.interact(() -> area(robot).moveTo(1));
        focus(robot);
        shortcut(robot, KeyCode.V);
        assertEquals(BodyDocument.of(Block.of(BlockType.HEADING3, Run.plain("ax"), Run.of("y", Mark.ITALIC), Run.plain("b"))), doc());
    }

    @Test
    void pasteAsPlainTextIgnoresTheHtml(FxRobot robot) {
        load(robot, BodyDocument.of(Block.paragraph("ab")));
        putOnClipboard(robot, "<h2><b>x</b></h2>", "x\ny\n\nz");
        robot.interact(() -> area(robot).moveTo(1));
        focus(robot);
        shortcut(robot, KeyCode.SHIFT, KeyCode.V);
        assertEquals(BodyDocument.of(Block.paragraph("ax y"), Block.paragraph("zb")), doc());
    }

    @Test
    void countsLineShowsWordsCharactersAndReadingTime(FxRobot robot) throws Exception {
        Label counts = robot.lookup("#bodyCounts").queryAs(Label.class);
        assertEquals("0 words · 0 characters · no reading time", counts.getText());
        load(robot, BodyDocument.of(Block.paragraph("word ".repeat(460).strip())));
        assertEquals("460 words · 2,299 characters · 2 min read", counts.getText());
        robot.interact(() -> area(robot).moveTo(0));
        focus(robot);
        robot.write("One ");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> counts.getText().startsWith("461 words · 2,303 characters · 3 min"));
    }

    @Test
    void countsStayExactWhenBlocksAreSplitJoinedAndUndone(FxRobot robot) throws Exception {
        Label counts = robot.lookup("#bodyCounts").queryAs(Label.class);
        load(robot, BodyDocument.of(Block.paragraph("One two three."), Block.paragraph("Four five."), Block.paragraph("Six.")));
        robot.interact(() -> area(robot).moveTo(0, 3));
        focus(robot);
        robot.type(KeyCode.ENTER);
        robot.write("and a half");
        robot.interact(() -> area(robot).moveTo(2, 0));
        robot.type(KeyCode.BACK_SPACE);
        shortcut(robot, KeyCode.Z);
        BodyDocument now = doc();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> counts.getText().equals(BodyEditor.countsText(com.copydesk.body.BodyStats.of(editor.getDocument()))));
        assertEquals(AreaDocuments.toBody(area(robot).getDocument()), now);
    }

    @Test
    void findBarButtonsHaveIds(FxRobot robot) {
        robot.interact(() -> editor.showFind(true));
        for (String id : List.of("#findPrevious", "#findNext", "#replaceOne", "#replaceAll", "#closeFind")) {
            assertTrue(robot.lookup(id).queryAs(Button.class).isVisible(), id);
        }
        robot.clickOn("#closeFind");
        assertFalse(robot.lookup("#findBar").query().isVisible());
    }

    @Test
    void blockTypeReachesAnEmptyFirstParagraphToo(FxRobot robot) {
        load(robot, BodyDocument.of(Block.paragraph(""), Block.paragraph("b"), Block.paragraph("")));
        robot.interact(() -> area(robot).selectAll());
        robot.interact(() -> editor.setBlockType(BlockType.BULLET_ITEM));
        assertEquals(List.of(Block.of(BlockType.BULLET_ITEM), Block.of(BlockType.BULLET_ITEM, Run.plain("b")),
                Block.of(BlockType.BULLET_ITEM)), doc().blocks());
    }

    @Test
    void pastingIntoARuleMakesAParagraph(FxRobot robot) {
        load(robot, BodyDocument.of(Block.rule()));
        putOnClipboard(robot, "<b>x</b>", "x");
        focus(robot);
        shortcut(robot, KeyCode.V);
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.of("x", Mark.BOLD))), doc());
        assertEquals(BlockType.PARAGRAPH, editor.currentBlockTypeProperty().get());
    }

    @Test
    void linkWithoutSelectionInsertsTheAddressAndTypingGoesOnPlain(FxRobot robot) throws Exception {
        focus(robot);
        robot.write("Mail ");
        shortcut(robot, KeyCode.K);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#linkUrl").tryQuery().isPresent());
        robot.clickOn("#linkUrl");
        robot.write("mailto:desk@example.com");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(" now");
        assertEquals(List.of(Run.plain("Mail "), Run.link("mailto:desk@example.com", "mailto:desk@example.com"), Run.plain(" now")),
                doc().blocks().get(0).runs());
    }

    @Test
    void typingRightAfterALinkIsPlainButTypingInsideItStaysInTheLink(FxRobot robot) {
        String url = "https://example.com/budget";
        load(robot, BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("See "), Run.link("budget", url, Mark.BOLD)),
                Block.of(BlockType.PARAGRAPH, Run.link("Report", url))));
        robot.interact(() -> area(robot).moveTo(0, "See budget".length()));
        focus(robot);
        robot.write(" now");
        assertEquals(List.of(Run.plain("See "), Run.link("budget", url, Mark.BOLD), Run.of(" now", Mark.BOLD)),
                doc().blocks().get(0).runs());

        robot.interact(() -> area(robot).moveTo(0, "See bud".length()));
        robot.write("X");
        assertEquals(List.of(Run.plain("See "), Run.link("budXget", url, Mark.BOLD), Run.of(" now", Mark.BOLD)),
                doc().blocks().get(0).runs());

        robot.interact(() -> area(robot).moveTo(1, 0));
        robot.write("A ");
        assertEquals(List.of(Run.plain("A "), Run.link("Report", url)), doc().blocks().get(1).runs());
    }

    @Test
    void formatMenuNamesShortcutsAndActs(FxRobot robot) {
        javafx.scene.control.Menu menu = FormatMenu.of(slot);
        assertThat(menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList())
                .contains("Underline (Ctrl+U)", "Pull quote (Ctrl+Alt+P)", "Numbered list (Ctrl+Shift+7)");
        load(robot, BodyDocument.of(Block.paragraph("x")));
        robot.interact(() -> menu.getItems().stream().filter(item -> "menuBlockPULLQUOTE".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        assertEquals(BodyDocument.of(Block.of(BlockType.PULLQUOTE, Run.plain("x"))), doc());
    }
}
