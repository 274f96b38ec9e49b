package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.task.Debouncer;
import com.copydesk.task.Scheduler;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.util.Objects;

/**
 * The published page of the article being edited, as HTML. Follows the editor with a short
 * debounce so that fast typing does not re-render the page on every keystroke.
 */
public final class PreviewViewModel {

    static final Duration DEBOUNCE = Duration.ofMillis(120);

    private final PageRenderer renderer;
    private final ReadOnlyObjectProperty<Article> article;
    private final ObjectProperty<Publication> publication = new SimpleObjectProperty<>(this, "publication", Publication.DEFAULT);
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
        render();
    }

    public ObjectProperty<Publication> publicationProperty() {
        return publication;
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
