package com.copydesk.app;

import com.copydesk.article.ui.ArticleEditorView;
import com.copydesk.article.ui.ArticleListView;
import com.copydesk.article.ui.HistoryView;
import com.copydesk.article.ui.TrashView;
import com.copydesk.article.ui.DeskFilterBar;
import com.copydesk.article.ui.NotesPane;
import com.copydesk.article.ui.TagsView;
import com.copydesk.article.ui.WorkflowBar;
import com.copydesk.body.ui.BodyEditor;
import com.copydesk.body.ui.BodyEditorSlot;
import com.copydesk.body.ui.FormatMenu;
import com.copydesk.exchange.ExportFormat;
import com.copydesk.page.ui.PreviewView;
import com.copydesk.page.ui.PreviewViewModel;
import com.copydesk.page.ui.PublicationSettingsDialog;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The one window: menu, the three panes in a split pane, and a status bar. */
final class MainWindow {

    private final MainViewModel model;
    private final Stage stage;
    private final Dialogs dialogs;
    private final Clock clock;
    private final ArticleListView listView;
    private final ArticleEditorView editorView;
    private final PreviewView previewView;
    /** Built after the window's first frame, see {@link #buildBodyEditor()}. */
    private final BodyEditorSlot body = new BodyEditorSlot(BodyEditor::new);
    private final SplitPane panes = new SplitPane();
    private BackupsViewModel backups;
    private final WorkflowBar workflowBar;
    private final List<java.util.function.Consumer<MenuBar>> menuExtensions = new java.util.ArrayList<>();

    MainWindow(MainViewModel model, Stage stage, Dialogs dialogs, Clock clock) {
        this.model = model;
        this.stage = stage;
        this.dialogs = dialogs;
        this.clock = clock;
        this.listView = new ArticleListView(model.list(), clock, this::newArticle, this::deleteSelected);
        listView.disableDeleteWhile(model.restoringProperty());
        this.editorView = new ArticleEditorView(model.editor(), model.categoryNames(), body);
        this.previewView = new PreviewView(model.preview());
        this.workflowBar = model.workflow() == null ? null : new WorkflowBar(model.workflow(), clock);
        if (workflowBar != null) {
            editorView.showWorkflow(workflowBar);
        }
        if (model.tags() != null && workflowBar != null) {
            editorView.showTags(new TagsView(model.tags(),
                    workflowBar.lockedProperty().or(model.editor().pausedProperty())));
        }
        if (model.desk() != null) {
            listView.showFilters(new DeskFilterBar(model.desk(), model.categoryNames()));
        }
        if (model.notes() != null) {
            NotesPane notesPane = new NotesPane(model.notes(), clock);
            editorView.showNotes(notesPane);
            showInlineComments(notesPane);
        }
        anchorPreviewToEditedParagraph();
        listView.setOnOpen(this::editSelected);
    }

    /** Enter in the list: the caret into the selected article's text, once the editor has it open. */
    private void editSelected() {
        UUID id = model.list().selectedIdProperty().get();
        com.copydesk.article.Article open = model.editor().currentProperty().get();
        if (open != null && open.id().equals(id)) {
            editorView.focusText();
            return;
        }
        model.editor().currentProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends com.copydesk.article.Article> obs,
                                com.copydesk.article.Article old, com.copydesk.article.Article now) {
                if (now == null || (open != null && now.id().equals(open.id()))) {
                    return;
                }
                // The first other article opened is this one, or the user has moved on meanwhile.
                obs.removeListener(this);
                if (now.id().equals(id)) {
                    // The editor pane is enabled in the same change; focus it once that has happened.
                    javafx.application.Platform.runLater(editorView::focusText);
                }
            }
        });
    }

    /** View → Go to list / editor / preview (Ctrl+1, Ctrl+2, Ctrl+3); the View menu's other items are added later. */
    private Menu goToMenu() {
        Menu view = new Menu("View", null,
                item("Go to list", "menuFocusList", KeyCode.DIGIT1, listView::focusList),
                item("Go to editor", "menuFocusEditor", KeyCode.DIGIT2, editorView::focusText),
                item("Go to preview", "menuFocusPreview", KeyCode.DIGIT3, previewView::focusPage));
        view.setId("menuView");
        return view;
    }

    /** Inline comments: highlights in the body, quotes in the notes pane. */
    private void showInlineComments(NotesPane notesPane) {
        if (model.inlineComments() != null) {
            editorView.showInlineComments(model.inlineComments());
            notesPane.showInlineComments(model.inlineComments());
        }
    }

    /** Article → Comment… (Shortcut+Alt+M): comment on the words selected in the body. */
    private void addCommentItem(Menu article) {
        if (model.inlineComments() != null) {
            MenuItem comment = item("Comment…", "addComment", null,
                    () -> editorView.commentOnSelection(model.inlineComments()));
            comment.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
            article.getItems().add(0, comment);
            article.getItems().add(1, new SeparatorMenuItem());
        }
    }

    /** Tells the preview which body paragraph is being edited, so it can keep it in view. */
    private void anchorPreviewToEditedParagraph() {
        body.whenReady(editor -> {
            editor.documentProperty().addListener((obs, old, document) ->
                    model.preview().editedBlockProperty().set(
                            editor.node().isFocusWithin() ? editor.caretParagraph() : PreviewViewModel.NO_BLOCK));
            editor.node().focusWithinProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    model.preview().editedBlockProperty().set(PreviewViewModel.NO_BLOCK);
                }
            });
        });
    }

    /**
     * Builds the RichTextFX body editor and wires everything waiting for it. Not part of the first
     * frame: its classes and first CSS pass cost about a second of start-up (issue #8).
     */
    void buildBodyEditor() {
        body.build();
    }

    /** From now on the editor pane says how to open an article while none is open or on its way. */
    void showEditorHint() {
        editorView.showEmptyHintWhen(model.list().selectedIdProperty().isNull());
    }

    /** The editor's fields and body, in the window or not yet (see {@link ArticleEditorView#form()}). */
    javafx.scene.Parent editorForm() {
        return editorView.form();
    }

    void whenBodyEditorBuilt(Runnable then) {
        body.whenReady(editor -> then.run());
    }

    Scene buildScene(WindowState state) {
        panes.setId("mainSplit");
        panes.getItems().addAll(listView.node(), editorView.node(), previewView.node());
        panes.setDividerPositions(state.dividers());
        SplitPane.setResizableWithParent(listView.node(), false);

        BorderPane root = new BorderPane(panes);
        MenuBar bar = menuBar();
        menuExtensions.forEach(extension -> extension.accept(bar));
        root.setTop(bar);
        root.setBottom(statusBar());
        Scene scene = new Scene(root, state.width(), state.height());
        scene.getStylesheets().add(MainWindow.class.getResource("copydesk.css").toExternalForm());
        acceptDroppedFiles(scene);
        javafx.application.Platform.runLater(listView::focusList);
        return scene;
    }

    /** Menus built by other classes (File's database commands, View) are added when the scene is built. */
    void extendMenus(java.util.function.Consumer<MenuBar> extension) {
        menuExtensions.add(extension);
    }

    void setBackups(BackupsViewModel backups) {
        this.backups = backups;
    }

    SplitPane panes() {
        return panes;
    }

    PreviewView previewView() {
        return previewView;
    }

    private MenuBar menuBar() {
        MenuItem newItem = item("New article", "menuNew", KeyCode.N, this::newArticle);
        MenuItem save = item("Save", "menuSave", KeyCode.S, model::saveNow);
        MenuItem exportSelected = item("Export selected…", "menuExport", KeyCode.E, () -> export(listView.selectedIds()));
        MenuItem exportAll = item("Export all…", "menuExportAll", null, () -> export(List.of()));
        MenuItem exportAllWithRevisions = item("Export all with revisions…", "menuExportAllWithRevisions", null,
                () -> exportWithRevisions(List.of()));
        MenuItem quit = item("Quit", "menuQuit", KeyCode.Q, () -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem backupsItem = item("Backups…", "menuBackups", null, this::showBackups);
        MenuItem print = item("Print…", "menuPrint", KeyCode.P, () -> previewView.print(stage));
        MenuItem importItem = item("Import…", "menuImport", null, this::importChosenFiles);
        Menu file = new Menu("File", null, newItem, save, new SeparatorMenuItem(), importItem, exportSelected, exportAll,
                exportAllWithRevisions,
                exportAsMenu(), new SeparatorMenuItem(), print, new SeparatorMenuItem(), backupsItem,
                new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        MenuItem find = item("Find article", "menuFind", KeyCode.F, () -> listView.searchField().requestFocus());
        // Shortcut+F belongs to the body editor's find bar.
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem settings = item("Publication settings…", "menuPublicationSettings", null,
                () -> new PublicationSettingsDialog(stage, model.publicationSettings(), dialogs::chooseLogoFile).show());
        Menu edit = new Menu("Edit", null, find, new SeparatorMenuItem(), settings);
        MenuItem delete = item("Delete article…", "menuDelete", null, this::deleteSelected);
        delete.disableProperty().bind(model.restoringProperty());
        MenuItem history = item("History…", "menuHistory", null, this::showHistory);
        // Shortcut+H belongs to the body editor's find-and-replace bar.
        history.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem trash = item("Trash…", "menuTrash", null, this::showTrash);
        Menu article = new Menu("Article", null, delete, new SeparatorMenuItem(), history, trash);
        addCommentItem(article);
        MenuBar bar = new MenuBar(file, edit, article);
        bar.getMenus().add(FormatMenu.of(body));
        bar.getMenus().add(goToMenu());
        bar.setId("menuBar");
        addDeskMenus(bar, edit);
        bar.getMenus().add(new Menu("Help", null,
                item("Show logs", "menuShowLogs", null, () -> dialogs.showLogs(stage)),
                new SeparatorMenuItem(),
                item("About Copydesk", "menuAbout", null, () -> dialogs.showAbout(stage))));
        return bar;
    }

    /** Export the selected articles (all when none is selected) in the other formats. */
    private Menu exportAsMenu() {
        Menu menu = new Menu("Export selected as");
        menu.setId("menuExportAs");
        menu.getItems().addAll(
                item("ninjs…", "menuExportNinjs", null, () -> exportAs(ExportFormat.NINJS)),
                item("HTML…", "menuExportHtml", null, () -> exportAs(ExportFormat.HTML)),
                item("Plain text…", "menuExportText", null, () -> exportAs(ExportFormat.TEXT)),
                item("Markdown…", "menuExportMarkdown", null, () -> exportAs(ExportFormat.MARKDOWN)));
        return menu;
    }

    private void exportAs(ExportFormat format) {
        List<UUID> ids = listView.selectedIds();
        String date = LocalDate.now(clock).toString();
        String name = format == ExportFormat.HTML && ids.size() != 1
                ? "copydesk-pages-" + date
                : "copydesk-" + format.cliName() + "-" + date + "." + format.extension();
        dialogs.chooseExportTarget(stage, format, name).ifPresent(target -> model.exportAs(format, ids, target));
    }

    private void importChosenFiles() {
        importFiles(dialogs.chooseImportFiles(stage));
    }

    private void importFiles(List<java.nio.file.Path> files) {
        if (files.isEmpty() || model.refusedWhileRestoring("Import")) {
            return;
        }
        dialogs.chooseConflictPolicy(stage).ifPresent(policy -> model.importFiles(files, policy,
                failures -> dialogs.showError(stage, "Some files could not be imported",
                        String.join("\n\n", failures) + "\n\nNothing of these files was imported.")));
    }

    /**
     * Files dropped anywhere on the window are imported like File → Import…. Filters, not
     * handlers: the preview's WebView takes every drag over it for its page and would otherwise
     * refuse files dropped on it.
     */
    private void acceptDroppedFiles(Scene scene) {
        scene.addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
            if (event.getDragboard().hasFiles()) {
                List<java.nio.file.Path> paths = event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                javafx.application.Platform.runLater(() -> importFiles(paths));
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    /** Edit → Profile… and the Workflow menu with the step shortcuts (issue #6). */
    private void addDeskMenus(MenuBar bar, Menu edit) {
        edit.getItems().addAll(new SeparatorMenuItem(), item("Profile…", "menuProfile", null, this::editProfile));
        if (model.categoryManager() != null) {
            edit.getItems().add(item("Categories…", "menuCategories", null, this::manageCategories));
        }
        if (workflowBar != null) {
            Menu workflow = new Menu("Workflow");
            workflow.setId("menuWorkflow");
            workflow.getItems().setAll(workflowBar.menuItems());
            workflow.getItems().add(new SeparatorMenuItem());
            workflow.getItems().add(bulkMenu());
            bar.getMenus().add(workflow);
        }
    }

    /** Workflow → Selected articles: a step or a category for every selected article at once. */
    private Menu bulkMenu() {
        Menu selected = new Menu("Selected articles");
        selected.setId("menuSelected");
        MenuItem setCategory = item("Set category…", "menuBulkCategory", null, () -> {
            List<UUID> ids = listView.selectedIds();
            if (!ids.isEmpty()) {
                dialogs.chooseCategory(stage, List.copyOf(model.categoryNames()), ids.size())
                        .ifPresent(name -> model.setCategoryOfSelected(ids, name));
            }
        });
        setCategory.disableProperty().bind(model.restoringProperty());
        selected.getItems().add(setCategory);
        selected.getItems().addAll(
                item("Add tag…", "menuBulkAddTag", null, () -> chooseTagForSelected(true)),
                item("Remove tag…", "menuBulkRemoveTag", null, () -> chooseTagForSelected(false)),
                item("Export selected…", "menuBulkExport", null, () -> {
                    if (!listView.selectedIds().isEmpty()) {
                        export(listView.selectedIds());
                    }
                }),
                new SeparatorMenuItem());
        for (com.copydesk.article.WorkflowAction action : com.copydesk.article.WorkflowAction.values()) {
            if (action != com.copydesk.article.WorkflowAction.EDIT_PUBLISHED) {
                MenuItem step = item(action.label(), "menuBulk-" + action.name(), null,
                        () -> model.stepSelected(listView.selectedIds(), action));
                // Editors' steps are not offered to a reporter (the store refuses them anyway).
                step.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !com.copydesk.article.Workflow.permittedTo(model.profileProperty().get().role(), action),
                        model.profileProperty()).or(model.restoringProperty()));
                selected.getItems().add(step);
            }
        }
        return selected;
    }

    private void chooseTagForSelected(boolean adding) {
        List<UUID> ids = listView.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        List<String> known = model.tags() == null ? List.of() : List.copyOf(model.tags().known());
        dialogs.chooseTag(stage, known, ids.size(), adding).ifPresent(tag -> {
            if (adding) {
                model.addTagToSelected(ids, tag);
            } else {
                model.removeTagFromSelected(ids, tag);
            }
        });
    }

    private void manageCategories() {
        model.categoryManager().load();
        javafx.stage.Stage manager = new javafx.stage.Stage();
        manager.initOwner(stage);
        manager.setTitle("Categories");
        Scene scene = new Scene(new com.copydesk.article.ui.CategoriesView(model.categoryManager()).node());
        scene.getStylesheets().add(MainWindow.class.getResource("copydesk.css").toExternalForm());
        manager.setScene(scene);
        manager.show();
    }

    private void editProfile() {
        dialogs.askProfile(stage, model.profileProperty().get(), false).ifPresent(model.profileProperty()::set);
    }

    private static MenuItem item(String text, String id, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label saveStatus = new Label();
        saveStatus.setId("saveStatus");
        saveStatus.textProperty().bind(model.saveStatus());
        model.editor().saveStateProperty().addListener((obs, old, state) ->
                saveStatus.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"),
                        state == com.copydesk.article.ui.SaveState.FAILED));
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, saveStatus, message, showInFolderButton(), spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("statusBar");
        addExchangeProgressWhenFirstRunning(bar);
        return bar;
    }

    /** The progress bar (and its skin's classes) is made for the first export or import, not for the first frame. */
    private void addExchangeProgressWhenFirstRunning(HBox bar) {
        model.exchangeRunningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean running) {
                if (running) {
                    obs.removeListener(this);
                    bar.getChildren().add(exchangeProgress());
                }
            }
        });
    }

    /** Offered beside the message that an export succeeded; opens the folder it went to. */
    private javafx.scene.control.Button showInFolderButton() {
        javafx.scene.control.Button show = new javafx.scene.control.Button("Show in folder");
        show.setId("showInFolder");
        show.visibleProperty().bind(model.exportedFolderProperty().isNotNull());
        show.managedProperty().bind(show.visibleProperty());
        show.setOnAction(event -> {
            java.nio.file.Path folder = model.exportedFolderProperty().get();
            if (folder != null) {
                dialogs.showInFolder(stage, folder);
            }
        });
        return show;
    }

    /** Bar, count and Cancel of a running export or import; hidden otherwise. */
    private HBox exchangeProgress() {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("exchangeProgress");
        bar.progressProperty().bind(model.exchangeProgressProperty());
        Label count = new Label();
        count.setId("exchangeCount");
        count.textProperty().bind(model.exchangeCountProperty());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("cancelExchange");
        cancel.setOnAction(event -> model.cancelExchange());
        HBox box = new HBox(8, bar, count, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.exchangeRunningProperty());
        box.managedProperty().bind(model.exchangeRunningProperty());
        return box;
    }

    private void newArticle() {
        model.newArticle(editorView::focusHeadline);
    }

    private void deleteSelected() {
        List<UUID> ids = listView.selectedIds();
        if (ids.isEmpty() || model.refusedWhileRestoring("Delete")) {
            return;
        }
        String what = ids.size() == 1 ? "this article" : ids.size() + " articles";
        if (dialogs.confirm(stage, "Delete " + what + "?",
                "Deleting moves " + what + " to the Trash (Article → Trash…), where it can be restored.", "Delete")) {
            model.delete(ids);
        }
    }

    private void showHistory() {
        model.history().showCurrentArticle();
        showPanel("History", new HistoryView(model.history()).node());
    }

    private void showTrash() {
        model.trash().refresh();
        showPanel("Trash", new TrashView(model.trash(), clock, () -> dialogs.confirm(stage, "Empty the Trash?",
                "Everything in the Trash will be deleted for good. This cannot be undone.", "Empty Trash")).node());
    }

    void showBackups() {
        backups.refresh();
        showPanel("Backups", new BackupsView(backups, backup -> dialogs.confirm(stage, "Restore this backup?",
                "The articles will be replaced by those in the backup of " + backup.made()
                        + ". The current state is backed up first, so this can be undone.", "Restore")).node());
    }

    /** A separate window over the main one, styled like it. */
    private void showPanel(String title, javafx.scene.Parent content) {
        Stage panel = new Stage();
        panel.initOwner(stage);
        panel.setTitle(title + " — Copydesk");
        Scene scene = new Scene(content);
        scene.getStylesheets().add(MainWindow.class.getResource("copydesk.css").toExternalForm());
        panel.setScene(scene);
        panel.show();
    }

    private void export(List<UUID> ids) {
        String name = "copydesk-export-" + LocalDate.now(clock) + ".json";
        dialogs.chooseExportFile(stage, name).ifPresent(target -> model.export(ids, target));
    }

    /** A full archive: every article with its saved versions, e.g. to move to another computer. */
    private void exportWithRevisions(List<UUID> ids) {
        String name = "copydesk-archive-" + LocalDate.now(clock) + ".json";
        dialogs.chooseExportFile(stage, name).ifPresent(target -> model.export(ids, target, true));
    }
}
