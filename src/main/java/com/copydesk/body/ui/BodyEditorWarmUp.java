package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import com.copydesk.task.ClassWarmUp;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.reactfx.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the classes of the body editor ({@value #CLASS_LIST}: RichTextFX and the libraries under it,
 * some 1,100 classes) on a thread of its own, so that building the editor on the FX thread
 * afterwards does not read, define and verify them there (about 2 of the 3.5 s that building the
 * editor and laying out a first article took on the FX thread at load 10, issue #8). Listed classes
 * are loaded and linked, not initialised: that runs none of their code, so it touches no scene and
 * no toolkit state, and a class the FX thread asks for meanwhile is simply waited for under the
 * JVM's lock. Before that, the editor's document model (no nodes) runs once, see {@link #exerciseModel}.
 */
public final class BodyEditorWarmUp {

    private static final System.Logger LOG = System.getLogger(BodyEditorWarmUp.class.getName());

    static final String CLASS_LIST = "body-editor-classes.txt";

    private BodyEditorWarmUp() {
    }

    /** Starts loading on a daemon thread; completes (never exceptionally) when it has finished. */
    public static CompletableFuture<Void> start() {
        return ClassWarmUp.onDaemonThread("copydesk-body-editor-warm-up", BodyEditorWarmUp::run);
    }

    /** A class that cannot be loaded is skipped: the FX thread then meets it as before. */
    static void run() {
        ClassLoader loader = BodyEditorWarmUp.class.getClassLoader();
        try {
            exerciseModel();
        } catch (RuntimeException | LinkageError failure) {
            LOG.log(System.Logger.Level.DEBUG, "Body editor warm-up could not run the document model", failure);
        }
        for (String name : listedClasses()) {
            try {
                // Asking for the constructors links the class (verifies its bytecode) without initialising it.
                Class.forName(name, false, loader).getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError absent) {
                LOG.log(System.Logger.Level.DEBUG, "Body editor warm-up skipped " + name, absent);
            }
        }
    }

    /**
     * Runs the editor's document model once: RichTextFX and ReactFX link a lambda call site (spin
     * a class) the first time each is run, in whichever thread runs it, and their model has
     * hundreds. No node is made here.
     */
    static void exerciseModel() {
        BodyDocument sample = BodyDocument.of(Block.of(BlockType.HEADING2, Run.plain("Council")),
                Block.of(BlockType.PARAGRAPH, Run.plain("The "), Run.of("budget", Mark.BOLD), Run.plain(" passed.")),
                Block.of(BlockType.QUOTE, Run.plain("We are pleased")));
        SimpleEditableStyledDocument<BlockType, TextStyle> document =
                new SimpleEditableStyledDocument<>(BlockType.PARAGRAPH, TextStyle.PLAIN);
        List<Object> seen = new ArrayList<>();
        Subscription watching = document.richChanges().subscribe(seen::add)
                .and(document.plainChanges().subscribe(seen::add));
        document.replace(0, 0, AreaDocuments.fromBody(sample));
        document.replace(0, document.length(), AreaDocuments.fromBody(sample));
        document.replace(3, 3, ReadOnlyStyledDocument.fromString("x", BlockType.PARAGRAPH, TextStyle.PLAIN, AreaDocuments.SEGMENT_OPS));
        document.setParagraphStyle(1, BlockType.QUOTE);
        AreaDocuments.toBody(document);
        watching.unsubscribe();
    }

    static List<String> listedClasses() {
        return ClassWarmUp.listedClasses(BodyEditorWarmUp.class, CLASS_LIST);
    }
}
