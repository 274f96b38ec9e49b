package com.copydesk.article.ui;

import com.copydesk.article.ReviewNote;
import com.copydesk.ui.FoldedContent;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The collapsible "Notes" pane under the editor: the threads, and a field to add a note or reply. */
public final class NotesPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final NotesViewModel model;
    private final Clock clock;
    private final VBox threads = new VBox(6);
    private final TitledPane pane = new TitledPane();
    private final TextField field = new TextField();
    private final Label commentTarget = new Label();
    private InlineCommentsViewModel inline;

    public NotesPane(NotesViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        threads.setId("noteList");
        model.notes().addListener((ListChangeListener<ReviewNote>) change -> showNotes());
        showNotes();

        field.setId("noteField");
        field.textProperty().bindBidirectional(model.textProperty());
        field.promptTextProperty().bind(Bindings.createStringBinding(() -> model.replyToProperty().get() == null
                ? "Add a note for the desk (not published)"
                : "Reply to " + model.replyToProperty().get().author(), model.replyToProperty()));
        field.setOnAction(event -> addTyped());
        field.editableProperty().bind(model.pausedProperty().not());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button add = new Button("Add note");
        add.setId("addNote");
        add.setOnAction(event -> addTyped());
        add.disableProperty().bind(model.pausedProperty());
        Button cancelReply = new Button("New thread");
        cancelReply.setId("cancelReply");
        cancelReply.visibleProperty().bind(model.replyToProperty().isNotNull());
        cancelReply.managedProperty().bind(cancelReply.visibleProperty());
        cancelReply.setOnAction(event -> model.replyToProperty().set(null));
        Label problem = new Label();
        problem.setId("noteProblem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        commentTarget.setId("commentTarget");
        commentTarget.getStyleClass().add("comment-target");
        commentTarget.setWrapText(true);
        commentTarget.setVisible(false);
        commentTarget.managedProperty().bind(commentTarget.visibleProperty());

        ScrollPane scroll = new ScrollPane(threads);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(130);
        HBox entry = new HBox(6, field, cancelReply, add);
        entry.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(6, scroll, commentTarget, entry, problem);
        pane.textProperty().bind(Bindings.createStringBinding(() -> "Notes (" + model.notes().size() + ", "
                + model.openCountProperty().get() + " open)", model.notes(), model.openCountProperty()));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId("notes");
        FoldedContent.onFirstUnfold(pane, () -> content);
    }

    public Node node() {
        return pane;
    }

    /**
     * Lists inline comments with the words they are on (clicking one shows them in the body), and
     * takes the next typed note as a comment while {@link InlineCommentsViewModel#targetProperty()} is set.
     */
    public void showInlineComments(InlineCommentsViewModel comments) {
        this.inline = comments;
        field.promptTextProperty().unbind();
        field.promptTextProperty().bind(Bindings.createStringBinding(() -> comments.targetProperty().get() != null
                ? "Comment on “" + shortQuote(comments.targetProperty().get().quote()) + "” (Enter adds, Esc cancels)"
                : model.replyToProperty().get() == null ? "Add a note for the desk (not published)"
                : "Reply to " + model.replyToProperty().get().author(), model.replyToProperty(), comments.targetProperty()));
        field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && comments.targetProperty().get() != null) {
                comments.cancelComment();
                event.consume();
            }
        });
        comments.targetProperty().addListener((obs, old, now) -> showTarget(now));
        comments.startsProperty().addListener((obs, old, now) -> {
            pane.setExpanded(true);
            field.requestFocus();
        });
        showTarget(comments.targetProperty().get());
        comments.changesProperty().addListener((obs, old, now) -> showNotes());
        comments.selectedProperty().addListener((obs, old, now) -> showNotes());
        showNotes();
    }

    /** Says, above the field, which words the note being typed comments on, or that they are gone. */
    private void showTarget(InlineCommentsViewModel.Target target) {
        commentTarget.setVisible(target != null);
        commentTarget.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("detached"),
                target != null && target.isDetached());
        if (target == null) {
            commentTarget.setText("");
        } else if (target.isDetached()) {
            commentTarget.setText("Comment on “" + shortQuote(target.quote()) + "”: those words are no longer in the "
                    + "text, so it will be added as a detached comment (Esc makes it a plain note).");
        } else {
            commentTarget.setText("Comment on “" + shortQuote(target.quote()) + "” (Esc makes it a plain note)");
        }
    }

    private void addTyped() {
        if (inline != null && inline.targetProperty().get() != null) {
            inline.add();
        } else {
            model.add();
        }
    }

    /** A comment's row: the quote above its text, marked when detached; a click selects its words in the body. */
    private void showAsComment(HBox row, Label text, ReviewNote note) {
        boolean detached = inline.isDetached(note);
        Label quote = new Label("“" + shortQuote(inline.quoteOf(note).orElse("")) + "”"
                + (detached ? " — detached: its text was deleted or changed" : ""));
        quote.setId("noteQuote-" + note.id());
        quote.getStyleClass().add("note-quote");
        quote.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("detached"), detached);
        quote.setWrapText(true);
        int at = row.getChildren().indexOf(text);
        row.getChildren().remove(text);
        VBox both = new VBox(2, quote, text);
        both.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(both, Priority.ALWAYS);
        row.getChildren().add(at, both);
        row.getStyleClass().add("note-comment");
        row.setId("comment-" + note.id());
        row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                Long.valueOf(note.id()).equals(inline.selectedProperty().get()));
        both.setOnMouseClicked(event -> inline.reveal(note));
    }

    private static String shortQuote(String quote) {
        String oneLine = quote.replace('\n', ' ').strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    private void showNotes() {
        threads.getChildren().clear();
        for (ReviewNote note : model.notes()) {
            threads.getChildren().add(row(note));
        }
        if (model.notes().isEmpty()) {
            threads.getChildren().add(new Label("No notes yet"));
        }
    }

    private Node row(ReviewNote note) {
        Label text = new Label(note.author() + " · " + WHEN.format(note.created().atZone(clock.getZone()))
                + (note.isResolved() ? " · resolved by " + note.resolvedBy() : "") + "\n" + note.text());
        text.setWrapText(true);
        text.getStyleClass().add("note-text");
        text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("resolved"), note.isResolved());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reply = new Button("Reply");
        reply.setId("replyNote-" + note.id());
        reply.setOnAction(event -> model.replyTo(note));
        Button resolve = new Button(note.isResolved() ? "Reopen" : "Resolve");
        resolve.setId("resolveNote-" + note.id());
        resolve.setOnAction(event -> model.setResolved(note, !note.isResolved()));
        HBox row = new HBox(6, text, reply, resolve);
        if (inline != null && inline.isInline(note)) {
            showAsComment(row, text, note);
        }
        row.getStyleClass().add(note.isReply() ? "note-reply" : "note");
        if (note.isReply()) {
            Region indent = new Region();
            indent.setMinWidth(20);
            row.getChildren().add(0, indent);
            row.getChildren().remove(reply);
        }
        row.setPadding(new Insets(2));
        return row;
    }
}
