package com.copydesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {

    private Button save;
    private TitledPane folded;

    @Start
    void start(Stage stage) {
        save = new Button("Save");
        Button other = new Button("Other");
        save.setId("save");
        other.setId("other");
        LazyTooltip.install(save, "Save the story (Ctrl+S)");
        TextField field = new TextField();
        field.setId("field");
        folded = new TitledPane("More", field);
        folded.setId("folded");
        LazyTooltip.onTitle(folded, "What is folded in here");
        stage.setScene(new Scene(new HBox(40, other, save, folded), 600, 160));
        stage.show();
    }

    @Test
    void noTooltipIsMadeBeforeThePointerComes(FxRobot robot) {
        // No pointer move here: from where an earlier test left it, the way to any spot may cross the button.
        robot.interact(() -> { });
        assertThat(save.getTooltip()).isNull();
    }

    @Test
    void thePointerOnTheControlShowsTheTip(FxRobot robot) throws Exception {
        robot.moveTo("#other");
        robot.moveTo("#save");
        robot.moveBy(3, 1);
        assertThat(save.getTooltip()).extracting(Tooltip::getText).isEqualTo("Save the story (Ctrl+S)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(window -> window instanceof Tooltip && window.isShowing()));
    }

    @Test
    void aTooltipSetMeanwhileIsKept(FxRobot robot) {
        Tooltip own = new Tooltip("Own");
        robot.interact(() -> save.setTooltip(own));
        robot.moveTo("#save");
        assertThat(save.getTooltip()).isSameAs(own);
    }

    @Test
    void aFoldedPanesTipShowsOnItsTitle(FxRobot robot) throws Exception {
        robot.moveTo("#other");
        robot.moveTo("#folded .title");
        robot.moveBy(3, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipShowing("What is folded in here"));
    }

    @Test
    void aFoldedPanesTipStaysOffItsContentWhereItWouldCoverTheFieldsBeingFilledIn(FxRobot robot) throws Exception {
        robot.moveTo("#other");
        robot.moveTo("#field");
        robot.moveBy(3, 1);
        Thread.sleep(1_500); // longer than a tooltip's show delay: nothing to wait on for something that must not come
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tooltipShowing("What is folded in here")).isFalse();
    }

    private static boolean tooltipShowing(String text) {
        return Window.getWindows().stream()
                .anyMatch(window -> window instanceof Tooltip tip && tip.isShowing() && tip.getText().equals(text));
    }
}
