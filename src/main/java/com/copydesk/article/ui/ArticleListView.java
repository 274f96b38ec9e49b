package com.copydesk.article.ui;

import com.copydesk.article.ArticleStatus;
import com.copydesk.article.ArticleSummary;
import com.copydesk.article.DeskSort;
import com.copydesk.ui.LazyTooltip;
import com.copydesk.ui.StatePseudoClasses;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.layout.FlowPane;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The left pane: search, new, delete, the column headers that sort the list, and the list of
 * articles; each row shows headline, status badge, primary category, byline, words and last change.
 * Binds to {@link ArticleListViewModel}.
 */
public final class ArticleListView {

    private static final PseudoClass SORTED = PseudoClass.getPseudoClass("sorted");
    /** {@code :draft}, {@code :in-review}, … on a row's status badge. */
    private static final StatePseudoClasses<ArticleStatus> STATUS_CLASSES = new StatePseudoClasses<>(ArticleStatus.class);

    private final ArticleListViewModel model;
    private final VBox root = new VBox(6);
    private final TextField searchField = new TextField();
    private final ListView<ArticleSummary> list = new ListView<>();
    private final Button newButton = new Button("New");
    private final Button deleteButton = new Button("Delete…");
    private boolean syncingSelection;
    private Runnable onOpen = () -> { };

    public ArticleListView(ArticleListViewModel model, Clock clock, Runnable onNew, Runnable onDelete) {
        this.model = model;
        searchField.setId("searchField");
        searchField.setPromptText("Search headlines and text");
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(searchField, Priority.ALWAYS);

        newButton.setId("newArticle");
        LazyTooltip.install(newButton, "New article (Ctrl+N)");
        newButton.setOnAction(event -> onNew.run());
        newButton.getStyleClass().add("accent");

        deleteButton.setId("deleteArticle");
        LazyTooltip.install(deleteButton, "Delete the selected article (Delete)");
        deleteButton.setOnAction(event -> onDelete.run());
        deleteButton.disableProperty().bind(model.selectedIdProperty().isNull());

        list.setId("articleList");
        list.setItems(model.items());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        RelativeTimeFormat.loadLocaleDataInBackground(clock);
        PlainRowHeight rowHeight = new PlainRowHeight(list);
        list.setCellFactory(view -> new SummaryCell(new RelativeTimeFormat(clock), model::rowShown, rowHeight::measured));
        list.setPlaceholder(new Label("No articles"));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && !list.getSelectionModel().isEmpty()) {
                onDelete.run();
            } else if (event.getCode() == KeyCode.ENTER && !list.getSelectionModel().isEmpty()) {
                event.consume();
                onOpen.run();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        bindSelection();

        HBox top = new HBox(6, searchField, newButton);
        root.getChildren().addAll(top, sortHeader(), list, deleteButton);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("article-list-pane");
        root.setMinWidth(200);
    }

    /** Delete… is also disabled while {@code busy} holds, e.g. while a restore runs. */
    public void disableDeleteWhile(javafx.beans.value.ObservableBooleanValue busy) {
        deleteButton.disableProperty().bind(model.selectedIdProperty().isNull().or(busy));
    }

    public Parent node() {
        return root;
    }

    public void focusList() {
        list.requestFocus();
    }

    /** What Enter on a selected row does (the row is open in the editor already; the caret goes there). */
    public void setOnOpen(Runnable action) {
        this.onOpen = java.util.Objects.requireNonNull(action);
    }

    /** Adds the desk's filter bar between the search field and the list. */
    public void showFilters(DeskFilterBar filters) {
        root.getChildren().add(1, filters.node());
    }

    public TextField searchField() {
        return searchField;
    }

    /** Ids of all selected rows, in list order. */
    public List<UUID> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream()
                .map(ArticleSummary::id).collect(Collectors.toList());
    }

    /** One button per column: a click sorts by it, a second click turns the direction (▲ ascending, ▼ descending). */
    private FlowPane sortHeader() {
        FlowPane header = new FlowPane(2, 2);
        header.setId("sortHeader");
        header.getStyleClass().add("sort-header");
        header.setPrefWrapLength(0);
        header.setMinWidth(0);
        header.getChildren().add(new Label("Sort:"));
        for (DeskSort.Column column : DeskSort.Column.values()) {
            Button button = new Button();
            button.setId("sort-" + column.name());
            button.textProperty().bind(Bindings.createStringBinding(() -> {
                DeskSort sort = model.sortProperty().get();
                return column.label() + (sort.column() == column ? (sort.ascending() ? " ▲" : " ▼") : "");
            }, model.sortProperty()));
            model.sortProperty().addListener((obs, old, sort) -> button.pseudoClassStateChanged(SORTED, sort.column() == column));
            button.pseudoClassStateChanged(SORTED, model.sortProperty().get().column() == column);
            LazyTooltip.install(button, "Sort by " + column.label().toLowerCase(java.util.Locale.ROOT)
                    + "; click again to reverse");
            button.setOnAction(event -> model.sortBy(column));
            header.getChildren().add(button);
        }
        return header;
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) {
                model.selectedIdProperty().set(now.id());
            }
        });
        model.selectedIdProperty().addListener((obs, old, now) -> selectInList(now));
        model.items().addListener((ListChangeListener<ArticleSummary>) change -> selectInList(model.selectedIdProperty().get()));
    }

    /** Keeps the list's selection on the model's article when rows are replaced, re-sorted or filtered. */
    private void selectInList(UUID id) {
        ArticleSummary selected = list.getSelectionModel().getSelectedItem();
        if (id != null && selected != null && selected.id().equals(id)
                && list.getSelectionModel().getSelectedItems().size() > 1) {
            return;
        }
        syncingSelection = true;
        try {
            int index = id == null ? -1 : model.indexOf(id);
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index
                    || list.getSelectionModel().getSelectedItems().size() != 1) {
                list.getSelectionModel().clearAndSelect(index);
                revealRow(index);
            }
        } finally {
            syncingSelection = false;
        }
    }

    /**
     * Scrolls the row into view by the least distance, leaving a row that is on screen where it is:
     * {@code ListView.scrollTo} would move it to the top, and laying out every row again held the
     * FX thread for a tenth of a second or more each time an article was opened (issue #8).
     */
    private void revealRow(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
            if (flow.getPosition() > 1) {
                // Scrolling to the last row can overshoot the end, and the flow then shows that row cut off below.
                flow.setPosition(1);
            }
        } else {
            list.scrollTo(index); // no skin yet: nothing is on screen to keep in place
        }
    }

    private static final class SummaryCell extends ListCell<ArticleSummary> {
        private final RelativeTimeFormat times;
        private final java.util.function.IntConsumer onShown;
        private final java.util.function.DoubleConsumer onPlainRowMeasured;
        private final Label headline = new Label();
        private final Label details = new Label();
        private final Label badge = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox content = new VBox(2, headline, new HBox(6, badge, details), snippet);

        SummaryCell(RelativeTimeFormat times, java.util.function.IntConsumer onShown,
                    java.util.function.DoubleConsumer onPlainRowMeasured) {
            this.times = times;
            this.onShown = onShown;
            this.onPlainRowMeasured = onPlainRowMeasured;
            headline.getStyleClass().add("row-headline");
            details.getStyleClass().add("row-details");
            getStyleClass().add("article-row");
            // Without this a long headline widens the cell and the list grows a horizontal scroll bar.
            setPrefWidth(0);
            headline.setMinWidth(0);
            details.setMinWidth(0);
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the details give way, not "Draft" to "…"
            badge.getStyleClass().add("status-badge");
            snippet.getStyleClass().add("row-snippet");
            snippet.setMinWidth(0);
            snippet.setMaxHeight(48);
        }

        @Override
        protected void updateItem(ArticleSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            headline.setText(item.headline().isBlank() ? "Untitled" : firstLine(item.headline()));
            headline.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("untitled"), item.headline().isBlank());
            badge.setText(item.status().label());
            STATUS_CLASSES.show(badge, item.status()); // a cell shows another article at every scroll step
            List<String> parts = new java.util.ArrayList<>();
            if (!item.primaryCategory().isEmpty()) {
                parts.add(item.primaryCategory());
            }
            if (!item.byline().isBlank()) {
                parts.add(item.byline().strip());
            }
            parts.add(String.format("%,d %s", item.words(), item.words() == 1 ? "word" : "words"));
            parts.add(times.format(item.modified()));
            details.setText(String.join(" · ", parts));
            showSnippet(item);
            setGraphic(content);
            // A row near the end coming into view reads the next page (lazily, on the storage thread).
            onShown.accept(getIndex());
        }

        /** Tells how tall a row without a snippet needs to be: the list may have given it another height. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!isEmpty() && getItem() != null && !snippet.isManaged()) {
                onPlainRowMeasured.accept(snappedTopInset() + content.prefHeight(-1) + snappedBottomInset());
            }
        }

        /** The passage that matched the search, its matched terms in bold; hidden when not searching. */
        private void showSnippet(ArticleSummary item) {
            snippet.getChildren().clear();
            for (ArticleSummary.SnippetPart part : item.snippetParts()) {
                Text text = new Text(part.text());
                text.getStyleClass().add(part.highlighted() ? "snippet-match" : "snippet-text");
                snippet.getChildren().add(text);
            }
            boolean searching = !snippet.getChildren().isEmpty();
            snippet.setVisible(searching);
            snippet.setManaged(searching);
        }

        private static String firstLine(String text) {
            String flat = text.replace('\n', ' ');
            return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
        }
    }
}
