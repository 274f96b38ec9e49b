package com.copydesk.bench.startup;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.lang.management.ManagementFactory;

/**
 * A reference for "editor ready": one window holding nothing but a RichTextFX area (the library
 * Copydesk's body editor is built on) with a 1,100-word story in it, wrapped. Reports its first
 * frame like {@link MinimalWindow} does ({@code first-frame-ms=N}, JVM start to the first pulse
 * after showing, by which the area has laid out its visible paragraphs) and exits. No list, no
 * database, no other control: the least a RichTextFX editor costs on this machine.
 */
public final class MinimalEditorWindow extends Application {

    /** Kept apart from the Application so that it starts from a plain class path, like Copydesk's Main. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalEditorWindow.class, args);
            System.exit(0);
        }
    }

    @Override
    public void start(Stage stage) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setWrapText(true);
        area.replaceText(story());
        Scene scene = new Scene(new VirtualizedScrollPane<>(area), 1200, 800);
        stage.setScene(scene);
        stage.setTitle("Minimal editor window");
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + sinceJvmStart);
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
        area.requestFocus();
        Platform.requestNextPulse();
    }

    /** Twenty paragraphs of four sentences: about 1,100 words. */
    static String story() {
        String sentence = "The council voted on Tuesday to reopen the harbour road after months of repairs. ";
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 20; paragraph++) {
            if (paragraph > 0) {
                text.append('\n');
            }
            for (int i = 0; i < 4; i++) {
                text.append(sentence);
            }
        }
        return text.toString();
    }
}
