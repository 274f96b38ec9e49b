package com.copydesk.app;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's form joins the window only when the first article opens, and the body editor may
 * be built before that: the remembered text size must reach both wherever they are.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFontSizeTest {

    private final List<Runnable> whenBodyBuilt = new ArrayList<>();
    private TextField headline;
    private TextField dek;
    private StackPane bodySlot;
    private VBox form;
    private StackPane window;

    @Start
    void start(Stage stage) {
        headline = new TextField();
        dek = new TextField();
        bodySlot = new StackPane();
        form = new VBox(headline, dek, bodySlot);
        window = new StackPane(new Label("No article open."));
        headline.setId("headline");
        dek.setId("dek");
        stage.setScene(new Scene(window, 300, 200));
        stage.show();
    }

    @Test
    void aBodyEditorBuiltBeforeTheFormJoinsTheWindowGetsTheRememberedSize(FxRobot robot) {
        SimpleIntegerProperty size = new SimpleIntegerProperty(18);
        Region body = new Region();
        body.setId("body");
        robot.interact(() -> {
            EditorFontSize.follow(form, size, whenBodyBuilt::add);
            bodySlot.getChildren().add(body);
            whenBodyBuilt.forEach(Runnable::run);
            window.getChildren().setAll(form);
        });

        assertThat(body.getStyle()).isEqualTo("-fx-font-size: 18px;");
        assertThat(dek.getStyle()).isEqualTo("-fx-font-size: 18px;");
        assertThat(headline.getStyle()).isEqualTo("-fx-font-size: 26px;");
    }

    @Test
    void aNewSizeReachesTheFormInTheWindow(FxRobot robot) {
        SimpleIntegerProperty size = new SimpleIntegerProperty(15);
        robot.interact(() -> {
            EditorFontSize.follow(form, size, whenBodyBuilt::add);
            window.getChildren().setAll(form);
            size.set(21);
        });

        assertThat(dek.getStyle()).isEqualTo("-fx-font-size: 21px;");
        assertThat(headline.getStyle()).isEqualTo("-fx-font-size: 31px;");
    }
}
