package com.copydesk.page.ui;

import com.copydesk.page.Logo;
import com.copydesk.page.Publication;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Edit → Publication settings…: the house style every page is printed in. */
public final class PublicationSettingsDialog {

    private final PublicationSettingsViewModel model;
    private final Function<Window, Optional<Path>> logoChooser;
    private final Stage stage = new Stage();

    public PublicationSettingsDialog(Window owner, PublicationSettingsViewModel model) {
        this(owner, model, PublicationSettingsDialog::chooseLogoFile);
    }

    /** @param logoChooser asks for the logo file (the app's dialogs, which tests answer) */
    public PublicationSettingsDialog(Window owner, PublicationSettingsViewModel model,
                                     Function<Window, Optional<Path>> logoChooser) {
        this.model = model;
        this.logoChooser = logoChooser;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Publication settings");
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Fills the fields from the publication in use and shows the dialog; returns at once. */
    public void show() {
        model.edit();
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(380));
        int row = 0;
        row(grid, row++, "Name", field("publicationName", model.nameProperty(), "The Copydesk Chronicle"));
        row(grid, row++, "Edition", field("publicationEdition", model.editionProperty(), "Metro"));
        row(grid, row++, "Tagline", field("publicationTagline", model.taglineProperty(), "Reported with care."));
        row(grid, row++, "Language", field("publicationLocale", model.localeProperty(), "en-US"));
        row(grid, row++, "Accent color", accentRow());
        row(grid, row++, "Sections", field("publicationSections", model.sectionsProperty(), "World, Local, Business"));
        row(grid, row, "Logo", logoRow());

        Label hint = new Label("Sections form the navigation line under the masthead; leave empty for none.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("publicationProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.setTextFill(Color.web("#b00020"));

        Button save = new Button("Save");
        save.setId("publicationSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(event -> model.save(stage::close));
        Button cancel = new Button("Cancel");
        cancel.setId("publicationCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(12, grid, hint, problem, buttons);
        box.setPadding(new Insets(16));
        box.setId("publicationSettings");
        box.setPrefWidth(540);
        return box;
    }

    private HBox accentRow() {
        TextField accent = field("publicationAccent", model.accentColorProperty(), "#9b1c1c");
        Rectangle swatch = new Rectangle(22, 22);
        swatch.setId("publicationAccentSwatch");
        swatch.setStroke(Color.GRAY);
        model.accentColorProperty().addListener((obs, old, text) -> paint(swatch, text));
        paint(swatch, model.accentColorProperty().get());
        HBox.setHgrow(accent, Priority.ALWAYS);
        HBox row = new HBox(8, accent, swatch);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A thumbnail, what the file is, and buttons to choose a PNG or JPEG file or to remove the logo. */
    private HBox logoRow() {
        ImageView thumbnail = new ImageView();
        thumbnail.setId("publicationLogoThumbnail");
        thumbnail.setPreserveRatio(true);
        thumbnail.setFitWidth(96);
        thumbnail.setFitHeight(32);
        model.logoProperty().addListener((obs, old, logo) -> thumbnail.setImage(image(logo)));
        thumbnail.setImage(image(model.logoProperty().get()));
        Label description = new Label();
        description.setId("publicationLogoDescription");
        description.textProperty().bind(model.logoDescriptionProperty());
        description.setMinWidth(Region.USE_PREF_SIZE);
        Button choose = new Button("Choose…");
        choose.setId("publicationLogoChoose");
        choose.setOnAction(event -> chooseLogo());
        Button remove = new Button("Remove logo");
        remove.setId("publicationLogoRemove");
        remove.disableProperty().bind(model.logoProperty().isNull());
        remove.setOnAction(event -> model.removeLogo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, thumbnail, description, gap, choose, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void chooseLogo() {
        logoChooser.apply(stage).ifPresent(model::chooseLogo);
    }

    /** The system's file dialog, showing PNG and JPEG files; empty when cancelled. */
    public static Optional<Path> chooseLogoFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the publication's logo");
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("PNG or JPEG image, at most 1 MB", "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static Image image(Logo logo) {
        return logo == null ? null : new Image(new ByteArrayInputStream(logo.bytes()));
    }

    private static void paint(Rectangle swatch, String text) {
        String color = text == null ? "" : text.strip();
        swatch.setFill(Publication.isHexColor(color) ? Color.web(color) : Color.TRANSPARENT);
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.Node field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
    }
}
