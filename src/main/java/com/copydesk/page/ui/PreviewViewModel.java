package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.task.Debouncer;
import com.copydesk.task.Scheduler;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.time.Duration;
import java.util.Objects;

/**
 * The published page of the article being edited, as HTML. Follows the editor with a short
 * debounce so that fast typing does not re-render the page on every keystroke.
 */
public final class PreviewViewModel {

    /**
     * Quiet time after a keystroke before the page is rendered. Ordinary typing (a key every
     * 150-250 ms) renders after most keys either way; this leaves render and repaint of a
     * 5,000-word page some 60 ms of the 150 ms the preview may lag (see the preview benchmark).
     */
    static final Duration DEBOUNCE = Duration.ofMillis(90);

    /** What {@link #editedBlockProperty()} holds while no body paragraph is being edited. */
    public static final int NO_BLOCK = -1;

    private final PageRenderer renderer;
    private final ReadOnlyObjectProperty<Article> article;
    private final ObjectProperty<Publication> publication = new SimpleObjectProperty<>(this, "publication", Publication.DEFAULT);
    private final ObjectProperty<PreviewWidth> width = new SimpleObjectProperty<>(this, "width", PreviewWidth.FIT);
    private final IntegerProperty editedBlock = new SimpleIntegerProperty(this, "editedBlock", NO_BLOCK);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final Debouncer debouncer;

    public PreviewViewModel(PageRenderer renderer, ReadOnlyObjectProperty<Article> article, Scheduler scheduler) {
        this.renderer = Objects.requireNonNull(renderer);
        this.article = Objects.requireNonNull(article);
        this.debouncer = new Debouncer(scheduler, DEBOUNCE, this::render);
        article.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                render();
            } else {
                debouncer.trigger();
            }
        });
        publication.addListener((obs, old, now) -> render());
        width.addListener((obs, old, now) -> {
            if (now == null) {
                width.set(old);
            }
        });
        render();
    }

    public ObjectProperty<Publication> publicationProperty() {
        return publication;
    }

    /** The screen width the page is shown at; never null. */
    public ObjectProperty<PreviewWidth> widthProperty() {
        return width;
    }

    /**
     * The body block (paragraph index) being edited, or {@link #NO_BLOCK}. When it is off
     * screen after an update, the preview scrolls it into view.
     */
    public IntegerProperty editedBlockProperty() {
        return editedBlock;
    }

    /** The latest thing the preview has to tell the user (printing); empty when nothing. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The complete page; empty when no article is open. */
    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    private void render() {
        debouncer.cancel();
        Article shown = article.get();
        html.set(shown == null ? "" : renderer.render(shown, publication.get()));
    }
}
