package com.copydesk.page.ui;

import javafx.concurrent.Worker;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * The right pane: the published page in a WebView. The WebView costs over a second to create, so
 * the pane starts with a placeholder and {@link #createWebView()} is called after the first frame.
 */
public final class PreviewView {

    private static final System.Logger LOG = System.getLogger(PreviewView.class.getName());

    private final PreviewViewModel model;
    private final StackPane root = new StackPane();
    private WebView webView;
    private String shownHead = "";

    public PreviewView(PreviewViewModel model) {
        this.model = model;
        Label placeholder = new Label("Preview loading…");
        placeholder.setId("previewPlaceholder");
        root.getChildren().add(placeholder);
        root.getStyleClass().add("preview-pane");
        root.setMinWidth(240);
    }

    public Parent node() {
        return root;
    }

    public boolean hasWebView() {
        return webView != null;
    }

    /** Replaces the placeholder with the real preview. Safe to call more than once. */
    public void createWebView() {
        if (webView != null) {
            return;
        }
        webView = new WebView();
        webView.setId("preview");
        webView.setContextMenuEnabled(false);
        WebEngine engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        keepLinksFromNavigating(engine);
        root.getChildren().setAll(webView);
        model.htmlProperty().addListener((obs, old, html) -> show(html));
        show(model.htmlProperty().get());
    }

    private void show(String html) {
        WebEngine engine = webView.getEngine();
        String head = PageParts.head(html);
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED;
        if (loaded && head.equals(shownHead) && replaceBody(engine, PageParts.body(html))) {
            return;
        }
        shownHead = head;
        engine.loadContent(html.isEmpty() ? PageParts.EMPTY_PAGE : html);
    }

    /** Swaps the page's body in place, so the reader's scroll position stays where it was. */
    private static boolean replaceBody(WebEngine engine, String bodyHtml) {
        try {
            engine.executeScript("document.body.innerHTML = " + PageParts.jsString(bodyHtml) + ";");
            return true;
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.DEBUG, "In-place preview update failed; reloading", failure);
            return false;
        }
    }

    private void keepLinksFromNavigating(WebEngine engine) {
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            String location = engine.getLocation();
            if (state == Worker.State.SCHEDULED && location != null && !location.isEmpty()
                    && !location.startsWith("about:")) {
                engine.getLoadWorker().cancel();
            }
        });
    }
}
