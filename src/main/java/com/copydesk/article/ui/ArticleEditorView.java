package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.ui.BodyEditor;
import com.copydesk.body.ui.BodyEditorSlot;
import com.copydesk.body.ui.CommentHighlighter;
import com.copydesk.ui.DateEntry;
import com.copydesk.ui.LazyTooltip;
import com.copydesk.ui.PlaceholderUntil;
import com.copydesk.ui.ProblemLine;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

import java.util.List;

/**
 * The middle pane: the article's fields and its body. Binds to {@link ArticleEditorViewModel}.
 * The body editor may be built after this view (see {@link BodyEditorSlot}): what concerns it is
 * wired when it exists, and it then shows the body the view model holds. Until the first article
 * opens the pane shows a hint instead of empty, disabled fields; the fields join the window then,
 * so they cost the window's first frame nothing (issue #8).
 */
public final class ArticleEditorView {

    private final ArticleEditorViewModel model;
    private final BodyEditorSlot body;
    private final VBox root = new VBox(8);
    private final Label emptyHint = new Label("No article open.\nChoose one in the list, or make a new one with "
            + new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.N,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText() + ".");
    private final StackPane pane;
    private final TextField headline = field("headline", "Headline");
    private final TextField dek = field("dek", "Dek: one or two sentences under the headline");
    private final TextField byline = field("byline", "Byline");
    private final TextField dateline = field("dateline", "Dateline, e.g. LISBON");
    private final DatePicker publishDate = new DatePicker();
    /** Text typed in the date field that is not a date is not taken; the line under the field says so. */
    private final DateEntry typedDate = DateEntry.on(publishDate);
    private final ProblemLine publishDateProblem = new ProblemLine("publishDateProblem", publishDate,
            typedDate.problem("Publish date", "for no date", "Not saved."));
    private final CheckComboBox<String> category = new CheckComboBox<>();
    private final ComboBox<ArticleStatus> status = new ComboBox<>();
    private final TextField targetLength = field("targetLength", "");
    /** Locked by the workflow (Published, Spiked); the fields also take no typing while editing is paused. */
    private final BooleanProperty workflowLocked = new SimpleBooleanProperty(false);
    private final BooleanProperty statusByWorkflow = new SimpleBooleanProperty(false);
    private boolean syncingCategories;
    private CommentHighlighter commentHighlighter;

    public ArticleEditorView(ArticleEditorViewModel model, ObservableList<String> availableCategories, BodyEditorSlot body) {
        this.model = model;
        this.body = body;
        headline.getStyleClass().add("headline-field");
        dek.getStyleClass().add("dek-field");
        headline.textProperty().bindBidirectional(model.headlineProperty());
        dek.textProperty().bindBidirectional(model.dekProperty());
        byline.textProperty().bindBidirectional(model.bylineProperty());
        dateline.textProperty().bindBidirectional(model.datelineProperty());

        publishDate.setId("publishDate");
        publishDate.setPromptText("Publish date");
        publishDate.valueProperty().bindBidirectional(model.publishDateProperty());
        publishDate.setMaxWidth(Double.MAX_VALUE);
        // Text that is not a date gives way to the next article's date, also when that is the same date.
        model.loadedProperty().addListener((obs, old, article) -> typedDate.discardRejected());

        status.setId("status");
        status.getItems().setAll(ArticleStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        // A set preferred width: otherwise the first layout builds each combo's pop-up list to measure it.
        status.setPrefWidth(120);

        category.setId("category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPrefWidth(160);
        bindCategories(availableCategories);

        bindBody();
        bindTargetLength();
        takeNoTypingWhile(workflowLocked.or(model.pausedProperty()));
        body.whenReady(editor -> {
            editor.alsoSearch(headline, "headline");
            editor.alsoSearch(dek, "dek");
        });
        Node bodyNode = body.node();
        VBox.setVgrow(bodyNode, Priority.ALWAYS);
        root.getChildren().addAll(headline, dek, metadataGrid(), body.toolbar(), bodyNode);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("editor-pane");
        root.disableProperty().bind(model.openProperty().not());
        root.setMinWidth(320);
        pane = PlaceholderUntil.pane(model.openProperty(), root, emptyState());
        pane.setId("editorPane");
        pane.setMinWidth(320);
    }

    public Parent node() {
        return pane;
    }

    /** The fields and the body: in the window once the first article opens, held here before that. */
    public Parent form() {
        return root;
    }

    /** The hint shows only once {@code when} holds, e.g. not at start-up while the first article is on its way. */
    public void showEmptyHintWhen(ObservableBooleanValue when) {
        emptyHint.visibleProperty().bind(when);
    }

    private Node emptyState() {
        emptyHint.setId("noArticleOpen");
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.setWrapText(true);
        emptyHint.setVisible(false);
        StackPane empty = new StackPane(emptyHint);
        empty.getStyleClass().add("editor-pane");
        empty.setPadding(new Insets(24));
        return empty;
    }

    public void focusHeadline() {
        headline.requestFocus();
    }

    /**
     * The caret where an opened story is worked on: the start of the body (as soon as the body
     * editor exists), or the headline while it has none.
     */
    public void focusText() {
        if (headline.getText() == null || headline.getText().isBlank()) {
            headline.requestFocus();
        } else {
            body.whenReady(BodyEditor::requestFocus);
        }
    }

    /** The body editor's slot: the editor itself may be built after this view. */
    public BodyEditorSlot body() {
        return body;
    }

    /**
     * Adds the workflow: its buttons above the headline, its timeline below the body, the status
     * shown read-only (it changes only through the buttons), and every field locked while
     * {@code workflow} says the article is locked (Published or Spiked).
     */
    public void showWorkflow(WorkflowBar workflow) {
        root.getChildren().add(0, workflow.node());
        root.getChildren().add(workflow.timelineNode());
        statusByWorkflow.set(true);
        LazyTooltip.install(status, "Change the status with the buttons above");
        workflowLocked.bind(workflow.lockedProperty());
    }

    private void takeNoTypingWhile(BooleanBinding locked) {
        for (TextField field : List.of(headline, dek, byline, dateline, targetLength)) {
            field.editableProperty().bind(locked.not());
        }
        publishDate.disableProperty().bind(locked);
        category.disableProperty().bind(locked);
        status.disableProperty().bind(statusByWorkflow.or(locked));
        body.whenReady(editor -> {
            editor.setEditable(!locked.get());
            locked.addListener((obs, was, isLocked) -> editor.setEditable(!isLocked));
        });
    }

    /** Adds the tags row under the categories, above the body's toolbar. */
    public void showTags(TagsView tags) {
        root.getChildren().add(root.getChildren().indexOf(body.toolbar()), tags.node());
    }

    /** Adds the review notes pane under the body; notes stay open for editing even when the article is locked. */
    public void showNotes(NotesPane notes) {
        root.getChildren().add(notes.node());
        // Let the body give up height to the open panes instead of pushing them out of the window.
        if (body.node() instanceof javafx.scene.layout.Region slot) {
            slot.setMinHeight(120);
        }
    }

    /**
     * Shows the open article's inline comments in the body: highlights that follow the text, the
     * comment under the caret or pointer selected in the notes pane, and "Comment" in the body's
     * context menu. (Once the body editor exists: until then there is no text to highlight.)
     */
    public void showInlineComments(InlineCommentsViewModel comments) {
        body.whenReady(editor -> highlightComments(editor, comments));
    }

    private void highlightComments(BodyEditor editor, InlineCommentsViewModel comments) {
        commentHighlighter = new CommentHighlighter(editor, comments::textEdited);
        commentHighlighter.setCommentAt(comments::commentAt);
        comments.highlights().addListener((javafx.collections.MapChangeListener<Long, com.copydesk.body.TextAnchor>)
                change -> commentHighlighter.show(comments.highlights()));
        commentHighlighter.show(comments.highlights());
        commentHighlighter.pointedProperty().addListener((obs, old, id) -> {
            if (id != null) {
                comments.selectedProperty().set(id);
            }
        });
        comments.setOnReveal(commentHighlighter::reveal);
        javafx.scene.control.MenuItem comment = new javafx.scene.control.MenuItem("Comment…");
        comment.setId("addCommentInBody");
        comment.setOnAction(event -> commentOnSelection(comments));
        commentHighlighter.addToContextMenu(comment);
    }

    /** Starts an inline comment on the body's selected words (Article → Comment, Shortcut+Alt+M). */
    public void commentOnSelection(InlineCommentsViewModel comments) {
        if (commentHighlighter == null) {
            return;
        }
        java.util.Optional<com.copydesk.body.TextAnchor> selection = commentHighlighter.selection();
        comments.startComment(selection.map(com.copydesk.body.TextAnchor::start).orElse(0),
                selection.map(com.copydesk.body.TextAnchor::end).orElse(0),
                selection.map(commentHighlighter::text).orElse(""));
    }

    /** Draws the inline comments in the body; null until {@link #showInlineComments} is called and the body editor exists. */
    public CommentHighlighter commentHighlighter() {
        return commentHighlighter;
    }

    private GridPane metadataGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("By"), byline, new Label("Dateline"), dateline);
        grid.addRow(1, new Label("Date"), new VBox(2, publishDate, publishDateProblem), new Label("Status"), status);
        grid.addRow(2, new Label("Categories"), category);
        GridPane.setColumnSpan(category, 3);
        VBox target = targetLengthCell();
        grid.addRow(3, new Label("Target words"), target);
        GridPane.setColumnSpan(target, 3);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Dateline" and "Categories" never shrink to "Dateli…"
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(80);
        grid.getColumnConstraints().addAll(label, grow, label, grow);
        RowConstraints dateRow = new RowConstraints();
        dateRow.setValignment(VPos.BASELINE); // a problem shown under the date field grows its row downwards only
        RowConstraints targetRow = new RowConstraints();
        targetRow.setValignment(VPos.BASELINE); // and one under the target field its own
        grid.getRowConstraints().addAll(new RowConstraints(), dateRow, new RowConstraints(), targetRow);
        grid.getStyleClass().add("metadata");
        return grid;
    }

    /**
     * The narrow target field and the line under it. The cell spans the row, and the line wraps to
     * the cell's width (its own), not to the field's, which would make it a word a line.
     */
    private VBox targetLengthCell() {
        VBox cell = new VBox(2, targetLength);
        cell.getChildren().add(new ProblemLine("targetLengthProblem", cell, model.targetLengthProblemProperty()));
        return cell;
    }

    /**
     * Offers the available categories and the open article's own (one no longer available, e.g. of
     * an imported article, is not lost by opening it), ticks the article's, and follows changes of
     * either: after a rename the old name goes once the article is reloaded with the new one.
     */
    private void bindCategories(ObservableList<String> available) {
        ListChangeListener<String> show = change -> showCategories(available);
        available.addListener(show);
        model.categories().addListener(show);
        model.loadedProperty().addListener((obs, old, article) -> showCategories(available));
        showCategories(available);
        category.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncingCategories) {
                model.categories().setAll(orderedSelection(category.getCheckModel().getCheckedItems()));
            }
        });
    }

    /** Keeps the article's own order (first = primary) and appends newly checked ones at the end. */
    private List<String> orderedSelection(List<String> checked) {
        java.util.LinkedHashSet<String> ordered = new java.util.LinkedHashSet<>(model.categories());
        ordered.retainAll(checked);
        ordered.addAll(checked);
        return List.copyOf(ordered);
    }

    private void showCategories(List<String> available) {
        syncingCategories = true;
        try {
            List<String> offered = offeredCategories(available);
            // Checks first: CheckComboBox keeps them by index, and fails clearing one past the end of fewer items.
            category.getCheckModel().clearChecks();
            if (!category.getItems().equals(offered)) {
                category.getItems().setAll(offered);
            }
            model.categories().forEach(category.getCheckModel()::check);
        } finally {
            syncingCategories = false;
        }
    }

    /**
     * The available categories, then the open article's as loaded and as ticked now: one unticked
     * stays offered until another article is loaded, so that it can be ticked again.
     */
    private List<String> offeredCategories(List<String> available) {
        java.util.LinkedHashSet<String> offered = new java.util.LinkedHashSet<>(available);
        Article loaded = model.loadedProperty().get();
        if (loaded != null) {
            offered.addAll(loaded.categories());
        }
        offered.addAll(model.categories());
        return List.copyOf(offered);
    }

    /**
     * Until the body editor exists the view model's body is the only copy of the text (nothing else
     * edits it), so the editor starts with it: an article opened before the editor was built is
     * in it, and edits made meanwhile to the other fields are kept (they are not part of the body).
     */
    private void bindBody() {
        body.whenReady(editor -> {
            editor.load(model.bodyProperty().get());
            model.loadedProperty().addListener((obs, old, article) -> {
                BodyDocument next = article == null ? BodyDocument.empty() : article.body();
                // The open article read again with the text being typed: the caret and undo stay where they are.
                boolean sameText = old != null && article != null && old.id().equals(article.id())
                        && next.equals(editor.documentProperty().get());
                if (!sameText) {
                    editor.load(next);
                }
            });
            editor.documentProperty().addListener((obs, old, document) -> model.bodyProperty().set(document));
        });
    }

    /** The article's own target length; its prompt shows the category default an empty field stands for. */
    private void bindTargetLength() {
        targetLength.setPrefColumnCount(6);
        targetLength.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        targetLength.textProperty().bindBidirectional(model.targetLengthTextProperty());
        targetLength.promptTextProperty().bind(model.targetHintProperty());
        LazyTooltip.install(targetLength, "Target length in words. Empty: the primary "
                + "category's default. The counts under the body show the words against it: within 10% is on target.");
        body.whenReady(editor -> editor.targetWordsProperty().bind(model.effectiveTargetProperty()));
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }
}
