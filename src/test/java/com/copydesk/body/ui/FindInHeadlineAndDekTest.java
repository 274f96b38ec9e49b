package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Find & replace walks the headline and dek before the body, typed into the find bar as a user would. */
@ExtendWith(ApplicationExtension.class)
class FindInHeadlineAndDekTest {

    private BodyEditor editor;
    private TextField headline;
    private TextField dek;

    @Start
    void start(Stage stage) {
        editor = new BodyEditor();
        headline = new TextField("Storm closes the harbor");
        headline.setId("headline");
        dek = new TextField("The harbor master expects a week of storm damage");
        dek.setId("dek");
        editor.alsoSearch(headline, "headline");
        editor.alsoSearch(dek, "dek");
        BorderPane root = new BorderPane(editor.node());
        root.setTop(new VBox(headline, dek, editor.toolbar()));
        stage.setScene(new Scene(root, 900, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private GenericStyledArea<BlockType, String, TextStyle> area(FxRobot robot) {
        return (GenericStyledArea<BlockType, String, TextStyle>) robot.lookup("#body").query();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void enter(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The button's action, as a click would run it (clicks here can land on a neighbour under headless Monocle). */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    }

    @Test
    void matchesInHeadlineAndDekAreCountedWalkedAndReplaced(FxRobot robot) {
        BodyDocument original = BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("The "),
                Run.of("harbor", Mark.BOLD), Run.plain(" wall held.")), Block.paragraph("Harbor fees rise."));
        robot.interact(() -> editor.load(original));
        robot.interact(editor::requestFocus);
        shortcut(robot, KeyCode.F);
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        assertTrue(find.isFocused());
        assertEquals("Find in headline, dek and body", find.getPromptText());
        Label count = robot.lookup("#matchCount").queryAs(Label.class);
        robot.write("harbor");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 matches", count.getText());

        enter(robot); // from the caret at the start of the body
        assertEquals("3 of 4", count.getText());
        assertEquals(4, area(robot).getSelection().getStart());
        enter(robot);
        assertEquals("4 of 4", count.getText());
        enter(robot); // wraps round to the headline
        assertEquals("1 of 4 in headline", count.getText());
        assertEquals("harbor", headline.getSelectedText());
        assertTrue(headline.getPseudoClassStates().contains(FindBar.FIND_MATCH));
        assertTrue(find.isFocused(), "the focus stays in the find field, so Enter goes on");
        enter(robot);
        assertEquals("2 of 4 in dek", count.getText());
        assertEquals(4, dek.getSelection().getStart());
        assertFalse(headline.getPseudoClassStates().contains(FindBar.FIND_MATCH));
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 4 in headline", count.getText());
        fire(robot, "#findPrevious");
        assertEquals("4 of 4", count.getText());
        fire(robot, "#findNext");
        assertEquals("1 of 4 in headline", count.getText());
        robot.interact(find::requestFocus);

        shortcut(robot, KeyCode.H);
        robot.write("port");
        enter(robot);
 // replaces the headline's match and goes on to the dek
        assertEquals("Storm closes the port", headline.getText());
        assertEquals("1 of 3 in dek", count.getText());

        robot.interact(() -> robot.lookup("#matchCase").queryAs(CheckBox.class).setSelected(true));
        fire(robot, "#replaceAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Replaced 2", count.getText());
        assertEquals("The port master expects a week of storm damage", dek.getText());
        assertEquals(BodyDocument.of(Block.of(BlockType.PARAGRAPH, Run.plain("The "), Run.of("port", Mark.BOLD),
                Run.plain(" wall held.")), Block.paragraph("Harbor fees rise.")), editor.getDocument());

        // The body's replacements are one undo step of the body; the fields keep theirs.
        robot.interact(editor::requestFocus);
        shortcut(robot, KeyCode.Z);
        assertEquals(original, editor.getDocument());
        assertEquals("The port master expects a week of storm damage", dek.getText());
    }

    @Test
    void reopeningTheBarAfterReplaceAllShortenedTheFieldWithTheMatchIsSafe(FxRobot robot) {
        robot.interact(() -> dek.setText("storm after storm"));
        robot.interact(dek::requestFocus);
        shortcut(robot, KeyCode.H);
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        robot.interact(find::requestFocus);
        robot.write("storm");
        Label count = robot.lookup("#matchCount").queryAs(Label.class);
        fire(robot, "#findPrevious"); // from the start of the dek back to the headline's match
        assertEquals("1 of 3 in headline", count.getText());
        fire(robot, "#findPrevious"); // round to the dek's last match
        assertEquals("3 of 3 in dek", count.getText());
        robot.interact(() -> robot.lookup("#replaceField").queryAs(TextField.class).setText("x"));
        fire(robot, "#replaceAll");
        assertEquals("x after x", dek.getText());
        assertEquals("Replaced 3", count.getText());
        robot.interact(() -> editor.showFind(false));
        assertEquals("No matches", count.getText());
    }

    @Test
    void findOpensFromTheHeadlineAndClosingFocusesTheFieldWithTheMatch(FxRobot robot) {
        robot.interact(headline::requestFocus);
        shortcut(robot, KeyCode.F);
        Node bar = robot.lookup("#findBar").query();
        assertTrue(bar.isVisible());
        robot.write("storm");
        enter(robot);
        assertEquals("1 of 2 in headline", robot.lookup("#matchCount").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertTrue(headline.isFocused());
        assertEquals("Storm", headline.getSelectedText());
    }
}
