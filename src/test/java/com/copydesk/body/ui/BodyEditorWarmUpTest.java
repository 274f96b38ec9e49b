package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The body editor's classes loaded off the FX thread: the list names real classes, and an editor built after it works. */
@ExtendWith(ApplicationExtension.class)
class BodyEditorWarmUpTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void everyListedClassIsInTheLibrariesCopydeskShipsWith() {
        List<String> listed = BodyEditorWarmUp.listedClasses();
        assertThat(listed).hasSizeGreaterThan(500).contains("org.fxmisc.richtext.GenericStyledArea",
                "org.fxmisc.flowless.VirtualFlow", "com.copydesk.body.ui.BodyEditor");
        ClassLoader loader = BodyEditorWarmUp.class.getClassLoader();
        assertThat(listed).allSatisfy(name -> assertThat(Class.forName(name, false, loader)).isNotNull());
    }

    @Test
    void anEditorBuiltAfterTheWarmUpShowsAndEditsAnArticle(FxRobot robot) throws Exception {
        BodyEditorWarmUp.start().get(60, TimeUnit.SECONDS);
        BodyDocument body = BodyDocument.of(Block.paragraph("Warm start"));
        BodyEditor[] editor = new BodyEditor[1];
        robot.interact(() -> {
            editor[0] = new BodyEditor();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(editor[0].node()), 400, 300));
            editor[0].load(body);
        });
        robot.interact(() -> robot.lookup("#body").queryAs(org.fxmisc.richtext.GenericStyledArea.class).insertText(0, "A "));
        assertThat(editor[0].getDocument()).isEqualTo(BodyDocument.of(Block.paragraph("A Warm start")));
    }
}
