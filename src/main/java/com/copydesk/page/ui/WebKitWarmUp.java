package com.copydesk.page.ui;

import com.copydesk.task.ClassWarmUp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Does the part of WebKit's start that may run off the FX thread, on a thread of its own, so that
 * creating the first WebView afterwards holds the FX thread for a fraction of the time (issue #8).
 *
 * <p>JavaFX requires a {@code WebEngine} (and so a {@code WebView}) to be created and used on the
 * FX thread: its constructor checks. Initialising the classes is another matter. In JavaFX 21,
 * {@code com.sun.webkit.WebPage}'s static initialiser loads the 120 MB {@code jfxwebkit} native
 * library (unpacking and comparing it with the cached copy first, the largest single cost) and
 * registers shutdown hooks; {@code WebEngine}'s installs WebKit's Prism adapters (reading the
 * screen list, which the main window has already read); neither touches a scene or waits for the
 * FX thread, and WebKit's own start ({@code JSC::initialize}, its main thread) happens only when
 * the first page is created, on the FX thread. A class is initialised once per JVM, under the
 * JVM's lock, so an FX-thread use meanwhile simply waits for it. The other classes the first
 * WebView and page use ({@value #CLASS_LIST}) are only loaded here, not initialised.
 */
final class WebKitWarmUp {

    private static final System.Logger LOG = System.getLogger(WebKitWarmUp.class.getName());

    /** Initialised in order: the native library first, then the classes that install WebKit's adapters. */
    static final List<String> INITIALISED = List.of(
            "com.sun.webkit.WebPage",
            "javafx.scene.web.WebEngine",
            "javafx.scene.web.WebView");

    static final String CLASS_LIST = "webkit-classes.txt";

    private WebKitWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; completes (never exceptionally) when it has finished. */
    static CompletableFuture<Void> start() {
        return ClassWarmUp.onDaemonThread("copydesk-webkit-warm-up", WebKitWarmUp::run);
    }

    /** A failure here is only logged: the FX thread creates the WebView as before and meets it there. */
    static void run() {
        ClassLoader loader = WebKitWarmUp.class.getClassLoader();
        for (String name : INITIALISED) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError failure) {
                LOG.log(System.Logger.Level.WARNING, "WebKit warm-up could not initialise " + name, failure);
                return;
            }
        }
        for (String name : listedClasses()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError absent) {
                LOG.log(System.Logger.Level.DEBUG, "WebKit warm-up skipped " + name, absent);
            }
        }
    }

    static List<String> listedClasses() {
        return ClassWarmUp.listedClasses(WebKitWarmUp.class, CLASS_LIST);
    }
}
