package com.copydesk.bench.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

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
            MinimalWindow.launchThenExit(MinimalEditorWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setWrapText(true);
        area.replaceText(story());
        MinimalWindow.showUntilFirstFrame(stage, new Scene(new VirtualizedScrollPane<>(area), 1200, 800),
                "Minimal editor window");
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
