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

/** The body editor's classes loaded off the FX thread: the list names the libraries' real classes, and an editor built after it works. */
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
        assertThat(listed.stream().filter(name -> !isTheJdks(name)))
                .allSatisfy(name -> assertThat(Class.forName(name, false, loader)).isNotNull());
    }

    /**
     * The list was made on Java 17; the JDK's own inner classes are named differently on others
     * (java.lang.runtime.ObjectMethods$1 is gone in 25), and the warm-up skips a class it cannot find.
     */
    private static boolean isTheJdks(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.");
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
