package com.copydesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
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

    @Start
    void start(Stage stage) {
        save = new Button("Save");
        Button other = new Button("Other");
        save.setId("save");
        other.setId("other");
        LazyTooltip.install(save, "Save the story (Ctrl+S)");
        stage.setScene(new Scene(new HBox(40, other, save), 400, 120));
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
}
