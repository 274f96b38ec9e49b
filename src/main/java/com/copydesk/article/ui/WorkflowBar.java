package com.copydesk.article.ui;

import com.copydesk.article.StatusChange;
import com.copydesk.article.WorkflowAction;
import com.copydesk.ui.FoldedContent;
import com.copydesk.ui.LazyTooltip;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The editor header's workflow buttons (only the allowed next steps show), the optional note for
 * the next step, menu items with the shortcuts, and the collapsible timeline.
 */
public final class WorkflowBar {

    private static final Map<WorkflowAction, String> IDS = new EnumMap<>(Map.of(
            WorkflowAction.SUBMIT_FOR_REVIEW, "submitForReview",
            WorkflowAction.REQUEST_CHANGES, "requestChanges",
            WorkflowAction.MARK_READY, "markReady",
            WorkflowAction.RETURN_TO_REVIEW, "returnToReview",
            WorkflowAction.MARK_PUBLISHED, "markPublished",
            WorkflowAction.EDIT_PUBLISHED, "editPublished",
            WorkflowAction.SPIKE, "spike",
            WorkflowAction.RESTORE, "restoreArticle"));

    private static final Map<WorkflowAction, KeyCode> KEYS = new EnumMap<>(Map.of(
            WorkflowAction.SUBMIT_FOR_REVIEW, KeyCode.U,
            WorkflowAction.REQUEST_CHANGES, KeyCode.J,
            WorkflowAction.MARK_READY, KeyCode.R,
            WorkflowAction.RETURN_TO_REVIEW, KeyCode.B,
            WorkflowAction.MARK_PUBLISHED, KeyCode.P,
            WorkflowAction.EDIT_PUBLISHED, KeyCode.E,
            WorkflowAction.SPIKE, KeyCode.K,
            WorkflowAction.RESTORE, KeyCode.O));

    private final WorkflowViewModel model;
    private final VBox bar = new VBox(6);
    private final TitledPane timelinePane;

    public WorkflowBar(WorkflowViewModel model, Clock clock) {
        this.model = model;
        FlowPane buttons = new FlowPane(6, 6);
        // Only the steps offered are in the window: a hidden button would still get its skin and CSS.
        Map<WorkflowAction, Button> all = new EnumMap<>(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            all.put(action, button(action));
        }
        Runnable showOffered = () -> buttons.getChildren().setAll(all.entrySet().stream()
                .filter(entry -> model.actions().contains(entry.getKey())).map(Map.Entry::getValue).toList());
        model.actions().addListener((javafx.beans.InvalidationListener) change -> showOffered.run());
        showOffered.run();
        TextField note = new TextField();
        note.setId("workflowNote");
        note.setPromptText("Note for the next step (optional)");
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setMaxWidth(Double.MAX_VALUE);
        // Wrap the buttons at whatever width the editor pane has, rather than widening the pane.
        buttons.setPrefWrapLength(0);
        buttons.setMinWidth(0);
        bar.getChildren().addAll(buttons, note);
        bar.getStyleClass().add("workflow-bar");
        bar.setId("workflowBar");
        timelinePane = timeline(clock);
    }

    public Node node() {
        return bar;
    }

    public Node timelineNode() {
        return timelinePane;
    }

    public BooleanBinding lockedProperty() {
        return model.lockedProperty();
    }

    /** Menu items for every step, with its shortcut (Shortcut+Shift+letter), enabled when it is offered. */
    public List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            MenuItem item = new MenuItem(action.label());
            item.setId("menu-" + IDS.get(action));
            item.setAccelerator(shortcut(action));
            item.disableProperty().bind(offered(action).not().or(model.pausedProperty()));
            item.setOnAction(event -> model.take(action));
            items.add(item);
        }
        return items;
    }

    private Button button(WorkflowAction action) {
        Button button = new Button(action.label());
        button.setId(IDS.get(action));
        LazyTooltip.install(button, action.label() + " (" + shortcut(action).getDisplayText() + ")");
        button.setOnAction(event -> model.take(action));
        button.disableProperty().bind(model.pausedProperty());
        button.getStyleClass().add(action == WorkflowAction.SPIKE ? "danger" : "workflow-action");
        return button;
    }

    private BooleanBinding offered(WorkflowAction action) {
        return Bindings.createBooleanBinding(() -> model.actions().contains(action), model.actions());
    }

    private TitledPane timeline(Clock clock) {
        VBox entries = new VBox(4);
        entries.setId("timelineList");
        Runnable show = () -> {
            entries.getChildren().clear();
            for (StatusChange change : model.timeline()) {
                Label line = new Label(TimelineText.describe(change, clock.getZone()));
                line.setWrapText(true);
                line.getStyleClass().add("timeline-entry");
                line.pseudoClassStateChanged(PseudoClass.getPseudoClass("correction"), change.isCorrection());
                entries.getChildren().add(line);
            }
            if (model.timeline().isEmpty()) {
                entries.getChildren().add(new Label("No status changes yet"));
            }
        };
        model.timeline().addListener((ListChangeListener<StatusChange>) change -> show.run());
        show.run();
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(110);
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(Bindings.createStringBinding(
                () -> "Timeline (" + model.timeline().size() + ")", model.timeline()));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId("timeline");
        FoldedContent.onFirstUnfold(pane, () -> scroll);
        return pane;
    }

    private static KeyCombination shortcut(WorkflowAction action) {
        return new KeyCodeCombination(KEYS.get(action), KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
