package com.copydesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FoldedContentTest {

    private final AtomicInteger made = new AtomicInteger();
    private TitledPane folded;

    @Start
    void start(Stage stage) {
        folded = new TitledPane();
        folded.setText("More");
        folded.setId("folded");
        folded.setAnimated(false);
        folded.setExpanded(false);
        FoldedContent.onFirstUnfold(folded, () -> {
            made.incrementAndGet();
            Label inside = new Label("Inside");
            inside.setId("inside");
            return inside;
        });
        stage.setScene(new Scene(new VBox(folded), 300, 200));
        stage.show();
    }

    @Test
    void aFoldedPaneHasNothingInTheWindow(FxRobot robot) {
        assertThat(robot.lookup("#inside").tryQuery()).isEmpty();
        assertThat(made).hasValue(0);
    }

    @Test
    void unfoldingShowsTheContentMadeOnceForEveryUnfolding(FxRobot robot) {
        robot.clickOn("#folded .title");
        Node inside = robot.lookup("#inside").query();
        assertThat(inside.isVisible()).isTrue();
        robot.clickOn("#folded .title");
        robot.clickOn("#folded .title");
        assertThat(robot.lookup("#inside").<Node>query()).isSameAs(inside);
        assertThat(made).hasValue(1);
    }

    @Test
    void aPaneUnfoldedAlreadyGetsItsContentAtOnce(FxRobot robot) {
        TitledPane open = new TitledPane("Open", null);
        FoldedContent.onFirstUnfold(open, () -> new Label("Now"));
        assertThat(open.getContent()).isInstanceOf(Label.class);
    }
}
