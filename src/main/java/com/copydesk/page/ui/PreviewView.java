package com.copydesk.page.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The right pane: a width switch over the published page in a WebView. The WebView costs over
 * a second to create, so the pane starts with a placeholder and {@link #createWebViewAfterWarmUp()}
 * is called after the first frame. The page is shown at the chosen width, centred, with a
 * sideways scroll bar when the pane is narrower.
 */
public final class PreviewView {

    private static final System.Logger LOG = System.getLogger(PreviewView.class.getName());

    static final String NO_PRINTER = "No printer is set up on this computer, so the page cannot be printed. "
            + "Add a printer in the system settings and try again.";
    static final String STILL_LOADING = "The preview is still loading; try printing again in a moment.";
    static final String CANNOT_PRINT = "The preview could not start, so Copydesk cannot print the page. Export it with"
            + " File → Export selected as → HTML… and print it from a browser.";

    private final PreviewViewModel model;
    private final Supplier<WebView> webViews;
    private final Label placeholder = new Label("Preview loading…");
    private final BorderPane root = new BorderPane();
    private final StackPane frame = new StackPane();
    /** Joins the pane with the WebView: until then the placeholder has no scroll bars or width switch to style. */
    private final ScrollPane scroll = new ScrollPane();
    private WebView webView;
    private boolean attached;
    private boolean showing;
    private String shownHead = "";
    private String shownMasthead = "";
    /** Why WebKit could not start, shown in the pane; null unless it failed. */
    private String unavailable;

    public PreviewView(PreviewViewModel model) {
        this(model, WebView::new);
    }

    /** With {@code webViews} making the WebView: tests pass one that fails as WebKit can (a missing native library). */
    PreviewView(PreviewViewModel model, Supplier<WebView> webViews) {
        this.model = model;
        this.webViews = webViews;
        placeholder.setId("previewPlaceholder");
        placeholder.setWrapText(true);
        frame.getChildren().add(placeholder);
        frame.setAlignment(Pos.TOP_CENTER);
        frame.getStyleClass().add("preview-frame");
        scroll.setId("previewScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(frame);
        root.getStyleClass().add("preview-pane");
        root.setMinWidth(240);
    }

    public Parent node() {
        return root;
    }

    /** Keyboard focus on the page (arrows and Page Up/Down scroll it), or on the pane while the page loads. */
    public void focusPage() {
        if (attached) {
            webView.requestFocus();
        } else {
            frame.requestFocus();
        }
    }

    public boolean hasWebView() {
        return attached;
    }

    /**
     * Replaces the placeholder with the real preview at once, on the FX thread. Safe to call more
     * than once. When WebKit cannot start, the pane says so instead.
     */
    public void createWebView() {
        if (buildWebViewOrExplain() != null) {
            return;
        }
        attachWebView();
        showPages();
    }

    /**
     * Replaces the placeholder with the real preview without holding the FX thread for long:
     * WebKit's classes and native library are loaded on a background thread first
     * ({@link WebKitWarmUp}); then, in separate FX-thread tasks so that input and frames are
     * handled in between, the WebView is built, put in the pane, loads a one-line page (WebKit's
     * first page pays for its style sheets, fonts and load events) and, once that has loaded, the
     * article's page. Call on the FX thread; the returned stage completes on it when the article's
     * page has been handed to the WebView, or exceptionally when WebKit could not start (the pane
     * then says so; writing and exports do not need it).
     */
    public CompletableFuture<Void> createWebViewAfterWarmUp() {
        CompletableFuture<Void> created = new CompletableFuture<>();
        WebKitWarmUp.start().thenRun(() -> Platform.runLater(() -> {
            Throwable failure = buildWebViewOrExplain();
            if (failure != null) {
                created.completeExceptionally(failure);
                return;
            }
            Platform.runLater(() -> {
                attachWebView();
                Platform.runLater(() -> loadFirstPage(() -> Platform.runLater(() -> {
                    showPages();
                    created.complete(null);
                })));
            });
        }));
        return created;
    }

    /** Loads the empty page and runs {@code then} once WebKit has finished it (or given up). */
    private void loadFirstPage(Runnable then) {
        if (showing) {
            then.run();
            return;
        }
        whenLoadEnds(then);
        webView.getEngine().loadContent(PageParts.EMPTY_PAGE);
    }

    /**
     * Runs {@code then} once the page shown (after {@link #createWebViewAfterWarmUp()} has completed)
     * is loaded, or WebKit has given up on it; at once when it already is.
     */
    public void whenPageLoaded(Runnable then) {
        if (webView.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED) {
            then.run();
        } else {
            whenLoadEnds(then);
        }
    }

    private void whenLoadEnds(Runnable then) {
        ReadOnlyObjectProperty<Worker.State> state = webView.getEngine().getLoadWorker().stateProperty();
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Worker.State> obs, Worker.State old, Worker.State now) {
                if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                    state.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Builds the WebView unless it is built; returns why WebKit could not start (shown in the pane), or null. */
    private Throwable buildWebViewOrExplain() {
        try {
            buildWebView();
            return null;
        } catch (LinkageError | RuntimeException failure) {
            webView = null; // half set up: not to be attached
            explain(failure);
            return failure;
        }
    }

    private void explain(Throwable failure) {
        if (unavailable == null) {
            LOG.log(System.Logger.Level.ERROR, "The preview's WebView could not be created", failure);
            unavailable = "The preview could not start: WebKit, which draws the page, failed to load ("
                    + reason(failure) + "). Writing, saving and exporting work as usual.";
            placeholder.setText(unavailable);
            placeholder.getStyleClass().add("preview-unavailable");
        }
    }

    /** The first cause's message, without the library path list an UnsatisfiedLinkError appends. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // compiled here, not at class load: the preview's class loads before every first frame, this runs only on failure
        message = message.replaceFirst(": /.*$", "").replaceFirst("^Exception [\\w.$]+: ", "");
        return message.length() > 160 ? message.substring(0, 159) + "…" : message;
    }

    private void buildWebView() {
        if (webView != null) {
            return;
        }
        webView = webViews.get();
        webView.setId("preview");
        webView.setContextMenuEnabled(false);
        WebEngine engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        keepLinksFromNavigating(engine);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                revealEditedBlock();
            }
        });
        applyWidth(model.widthProperty().get());
        model.widthProperty().addListener((obs, old, width) -> applyWidth(width));
    }

    private void attachWebView() {
        if (!attached) {
            attached = true;
            frame.getChildren().setAll(webView);
            root.setCenter(scroll);
            scroll.setContent(frame);
            root.setTop(widthSwitch());
        }
    }

    private void showPages() {
        if (!showing) {
            showing = true;
            model.htmlProperty().addListener((obs, old, html) -> show(html));
            show(model.htmlProperty().get());
        }
    }

    /**
     * Prints the page as shown, after the system's print dialog. Tells the user, through the
     * view model's message, when there is no printer or the preview is not ready yet.
     */
    public void print(Window owner) {
        if (unavailable != null) {
            model.messageProperty().set(CANNOT_PRINT);
            return;
        }
        if (!showing) {
            model.messageProperty().set(STILL_LOADING);
            return;
        }
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            model.messageProperty().set(NO_PRINTER);
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        webView.getEngine().print(job);
        boolean done = job.endJob();
        model.messageProperty().set(done ? "Sent the page to " + job.getPrinter().getName() + "."
                : "Printing failed: the printer reported " + job.getJobStatus() + ".");
    }

    private HBox widthSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        for (PreviewWidth width : PreviewWidth.values()) {
            ToggleButton button = new ToggleButton(width.label());
            button.setId(width.controlId());
            button.setUserData(width);
            button.setToggleGroup(group);
            button.setSelected(width == model.widthProperty().get());
            button.getStyleClass().add("preview-width");
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one width is always chosen
            } else {
                model.widthProperty().set((PreviewWidth) now.getUserData());
            }
        });
        model.widthProperty().addListener((obs, old, width) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == width)));
        bar.setId("previewWidthSwitch");
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("preview-toolbar");
        return bar;
    }

    private void applyWidth(PreviewWidth width) {
        if (width.fillsThePane()) {
            webView.setMinWidth(0);
            webView.setPrefWidth(Region.USE_COMPUTED_SIZE);
            webView.setMaxWidth(Double.MAX_VALUE);
        } else {
            webView.setMinWidth(width.pixels());
            webView.setPrefWidth(width.pixels());
            webView.setMaxWidth(width.pixels());
        }
    }

    /** The address of the link at a point of the page, or null when there is none. */
    private static String linkAt(WebEngine engine, double x, double y) {
        return script(engine, "(function () { var e = document.elementFromPoint(" + x + ", " + y + ");"
                + "var a = e && e.closest ? e.closest('a[href], area[href]') : null;"
                + "return a ? a.getAttribute('href') : null; })()");
    }

    private static String focusedLink(WebEngine engine) {
        return script(engine, "(function () { var a = document.activeElement;"
                + "return a && a.closest && a.closest('a[href]') ? 'link' : null; })()");
    }

    private static String script(WebEngine engine, String expression) {
        try {
            Object value = engine.executeScript(expression);
            return value instanceof String text ? text : null;
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.DEBUG, "Could not inspect the preview page", failure);
            return null;
        }
    }

    /** For tests in this package: shows {@code html} exactly as a rendered page would be shown. */
    void show(String html) {
        WebEngine engine = webView.getEngine();
        String head = PageParts.stableHead(html);
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED;
        boolean sameMasthead = !shownMasthead.isEmpty() && PageParts.hasMasthead(html, shownMasthead);
        if (loaded && !html.isEmpty() && head.equals(shownHead) && replaceInPlace(engine, html, sameMasthead)) {
            if (!sameMasthead) {
                shownMasthead = PageParts.masthead(html);
            }
            revealEditedBlock();
            return;
        }
        shownHead = head;
        shownMasthead = PageParts.masthead(html);
        engine.loadContent(html.isEmpty() ? PageParts.EMPTY_PAGE : html);
    }

    /**
     * Swaps title, description and body in place, so the reader's scroll position stays where it
     * was. When the masthead is unchanged only what follows it is swapped: the masthead may carry
     * a logo of up to a megabyte, too much to send through on every keystroke.
     */
    private static boolean replaceInPlace(WebEngine engine, String html, boolean sameMasthead) {
        String rest = sameMasthead ? PageParts.afterMasthead(html) : "";
        String swap = rest.isEmpty()
                ? "document.body.innerHTML = " + PageParts.jsString(PageParts.body(html)) + ";"
                : "var m = document.querySelector('header.masthead');"
                + "if (!m) throw new Error('no masthead');"
                + "while (m.nextSibling) m.parentNode.removeChild(m.nextSibling);"
                + "m.insertAdjacentHTML('afterend', " + PageParts.jsString(rest) + ");";
        try {
            engine.executeScript("document.title = " + PageParts.jsString(PageParts.title(html)) + ";"
                    + "var d = document.querySelector('meta[name=description]');"
                    + "if (d) d.setAttribute('content', " + PageParts.jsString(PageParts.description(html)) + ");"
                    + swap);
            return true;
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.DEBUG, "In-place preview update failed; reloading", failure);
            return false;
        }
    }

    /** Scrolls the paragraph being edited into view when it is off screen; leaves the page alone otherwise. */
    private void revealEditedBlock() {
        int block = model.editedBlockProperty().get();
        if (block < 0 || webView == null) {
            return;
        }
        try {
            webView.getEngine().executeScript("(function () {"
                    + "var e = document.querySelector('[data-block=\"" + block + "\"]');"
                    + "if (!e) return;"
                    + "var r = e.getBoundingClientRect();"
                    + "if (r.bottom < 0 || r.top > window.innerHeight)"
                    + " window.scrollTo(0, window.pageYOffset + r.top - window.innerHeight / 3);"
                    + "})();");
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.DEBUG, "Could not scroll the preview to the edited paragraph", failure);
        }
    }

    /**
     * WebKit follows a link even with JavaScript off, and a load can only be cancelled after its
     * request has left, so clicks and Enter presses on links never reach the page. Pages from
     * the renderer hold no links; this guards against any that slip in. Pop-ups are refused.
     */
    private void keepLinksFromNavigating(WebEngine engine) {
        webView.addEventFilter(MouseEvent.ANY, event -> {
            boolean press = event.getEventType() == MouseEvent.MOUSE_PRESSED
                    || event.getEventType() == MouseEvent.MOUSE_RELEASED
                    || event.getEventType() == MouseEvent.MOUSE_CLICKED;
            if (press) {
                String link = linkAt(engine, event.getX(), event.getY());
                if (link != null) {
                    event.consume();
                    if (event.getEventType() == MouseEvent.MOUSE_CLICKED) {
                        model.messageProperty().set("The preview does not follow links (" + link + ").");
                    }
                }
            }
        });
        webView.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && focusedLink(engine) != null) {
                event.consume();
            }
        });
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            String location = engine.getLocation();
            if (state == Worker.State.SCHEDULED && location != null && !location.isEmpty()
                    && !location.startsWith("about:")) {
                engine.getLoadWorker().cancel();
            }
        });
    }
}
