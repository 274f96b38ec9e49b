package com.copydesk.article.ui;

import com.copydesk.ui.CssIds;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.TextFields;

/** The article's tags as removable chips, and a field that completes from the known tags. */
public final class TagsView {

    private final TagsViewModel model;
    private final FlowPane chips = new FlowPane(4, 4);
    private final HBox root;

    public TagsView(TagsViewModel model, BooleanBinding locked) {
        this.model = model;
        TextField field = new TextField();
        field.setId("tagField");
        field.setPromptText("Add a tag");
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(model.inputProperty());
        field.setOnAction(event -> model.addInput());
        completeOnFirstFocus(field);
        Label problem = new Label();
        problem.setId("tagProblem");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        chips.setId("tagChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setPrefWrapLength(0);
        chips.setMinWidth(0);
        model.tags().addListener((ListChangeListener<String>) change -> showChips());
        showChips();
        Label label = new Label("Tags");
        root = new HBox(8, label, chips, field, problem);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("tags");
        chips.disableProperty().bind(locked);
        field.disableProperty().bind(locked);
    }

    public Node node() {
        return root;
    }

    /**
     * ControlsFX's completion (its popup and some 25 classes) is bound when the field is first
     * focused, not while the window is built: nothing can be typed into it before (issue #8).
     */
    private void completeOnFirstFocus(TextField field) {
        field.focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean focused) {
                if (focused) {
                    field.focusedProperty().removeListener(this);
                    TextFields.bindAutoCompletion(field, request -> model.suggestions(request.getUserText()));
                }
            }
        });
    }

    private void showChips() {
        chips.getChildren().clear();
        for (String tag : model.tags()) {
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setId(CssIds.of("removeTag-", tag)); // the same whatever other tags the article has
            remove.setAccessibleText("Remove tag " + tag);
            remove.setOnAction(event -> model.remove(tag));
            HBox chip = new HBox(2, new Label(tag), remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
    }
}
