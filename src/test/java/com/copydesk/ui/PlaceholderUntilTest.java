package com.copydesk.ui;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PlaceholderUntilTest {

    private final SimpleBooleanProperty open = new SimpleBooleanProperty();
    private TextField form;
    private StackPane pane;

    @Start
    void start(Stage stage) {
        form = new TextField();
        Label placeholder = new Label("Nothing open");
        form.setId("form");
        placeholder.setId("placeholder");
        pane = PlaceholderUntil.pane(open, form, placeholder);
        stage.setScene(new Scene(pane, 300, 200));
        stage.show();
    }

    @Test
    void theContentIsNotInTheWindowUntilTheConditionHolds(FxRobot robot) {
        assertThat(robot.lookup("#form").tryQuery()).isEmpty();
        assertThat(form.getSkin()).as("styled and skinned while not shown").isNull();
        assertThat(robot.lookup("#placeholder").<Label>query().isVisible()).isTrue();
    }

    @Test
    void theContentReplacesThePlaceholderAndStaysWhenTheConditionGoesAgain(FxRobot robot) throws Exception {
        robot.interact(() -> open.set(true));
        assertThat(pane.getChildren()).containsExactly(form);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.getSkin() != null);

        robot.interact(() -> open.set(false));
        robot.interact(() -> open.set(true));
        assertThat(pane.getChildren()).containsExactly(form);
    }

    @Test
    void aConditionHoldingAlreadyShowsTheContentAtOnce() {
        StackPane shown = PlaceholderUntil.pane(new SimpleBooleanProperty(true), new Label("Form"), new Label("Empty"));
        assertThat(shown.getChildren()).extracting(node -> ((Label) node).getText()).containsExactly("Form");
    }
}
