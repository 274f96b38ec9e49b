package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.ui.BodyEditor;
import com.copydesk.body.ui.BodyEditorSlot;
import com.copydesk.body.ui.FormatMenu;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The editor pane with a body editor built after the pane (as Copydesk builds it after the first
 * frame): an article opened before the editor exists is in it once built, edits made meanwhile are
 * saved with the right body, and everything wired to the editor works from then on. Also the pane's
 * own fields, which need no body editor: the publish date and the categories.
 */
@ExtendWith(ApplicationExtension.class)
class LateBodyEditorTest {

    @TempDir
    static Path dir;

    private Database database;
    private ArticleStore store;
    private ArticleEditorViewModel model;
    private BodyEditorSlot slot;
    private Menu formatMenu;
    private Article article;
    private Stage stage;
    private final ObservableList<String> available = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        database = Database.open(dir.resolve(UUID.randomUUID() + ".copydesk"));
        store = new ArticleStore(database);
        Instant created = Instant.parse("2026-11-20T08:00:00Z");
        article = new Article(UUID.randomUUID(), "Ferry strike ends", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Crews voted to return."), Block.paragraph("Sailings resume at dawn.")),
                created, created);
        store.save(article);
        model = new ArticleEditorViewModel(store, new SameThreadExecutor(), new ManualScheduler(),
                Clock.systemUTC(), summary -> { });
        slot = new BodyEditorSlot(BodyEditor::new);
        ArticleEditorView view = new ArticleEditorView(model, available, slot);
        formatMenu = FormatMenu.of(slot);
        stage.setScene(new Scene(view.node(), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anArticleOpenedBeforeTheEditorExistsIsInItOnceBuiltAndEditsMadeMeanwhileAreKept(FxRobot robot) {
        robot.interact(() -> model.open(article.id()));
        assertThat(robot.lookup("#body").tryQuery()).as("body editor before build()").isEmpty();
        TextField headline = robot.lookup("#headline").queryAs(TextField.class);
        robot.clickOn(headline);
        robot.interact(headline::end);
        robot.write(" at noon");

        robot.interact(slot::build);

        assertThat(area(robot).getText()).isEqualTo("Crews voted to return.\nSailings resume at dawn.");
        assertThat(model.saveStateProperty().get()).as("building the editor is no edit of the body")
                .isEqualTo(SaveState.EDITED);
        robot.clickOn("#body");
        robot.interact(() -> area(robot).moveTo(0));
        robot.write("Late ");
        robot.interact(model::saveNow);

        Article saved = store.find(article.id()).orElseThrow();
        assertThat(saved.headline()).isEqualTo("Ferry strike ends at noon");
        assertThat(saved.body().plainText()).isEqualTo("Late Crews voted to return.\n\nSailings resume at dawn.");
    }

    @Test
    void editsOfTheOtherFieldsBeforeTheEditorExistsAreSavedWithTheArticlesBody(FxRobot robot) {
        robot.interact(() -> model.open(article.id()));
        TextField headline = robot.lookup("#headline").queryAs(TextField.class);
        robot.clickOn(headline);
        robot.interact(headline::end);
        robot.write("!");
        robot.interact(model::saveNow);

        Article saved = store.find(article.id()).orElseThrow();
        assertThat(saved.headline()).isEqualTo("Ferry strike ends!");
        assertThat(saved.body()).isEqualTo(article.body());
        assertThat(robot.lookup("#body").tryQuery()).isEmpty();
    }

    @Test
    void theFormatMenuFindBarAndTargetLengthWorkOnceTheEditorIsBuilt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.open(article.id());
            model.targetLengthTextProperty().set("10");
        });
        assertThat(formatMenu.getItems()).filteredOn(item -> item.getId() != null).allMatch(MenuItem::isDisable);

        robot.interact(slot::build);

        assertThat(formatMenu.getItems()).filteredOn(item -> item.getId() != null).noneMatch(MenuItem::isDisable);
        assertThat(robot.lookup("#bodyTarget").queryAs(Label.class).getText()).isEqualTo("8 / 10 words · 2 under");
        robot.clickOn("#body");
        robot.interact(() -> area(robot).selectRange(0, "Crews".length()));
        robot.interact(() -> formatMenu.getItems().stream().filter(item -> "menuMarkBOLD".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        assertThat(model.bodyProperty().get().blocks().get(0).runs().get(0).marks())
                .contains(com.copydesk.body.Mark.BOLD);

        robot.clickOn("#headline");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("strike");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#matchCount").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 match");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("1 of 1 in headline");
    }

    @Test
    void aPublishDateThatIsNotADateIsToldNextToTheFieldAndTheArticleKeepsItsDate(FxRobot robot) {
        LocalDate date = LocalDate.of(2026, 11, 20);
        robot.interact(() -> model.load(article.withPublishDate(date)));
        DatePicker picker = robot.lookup("#publishDate").queryAs(DatePicker.class);
        Label problem = robot.lookup("#publishDateProblem").queryAs(Label.class);
        // An exception on the FX thread (before: DateTimeParseException, a crash report) fails the test in TestFX.
        typeDate(robot, picker, "31/31/2026");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.publishDateProperty().get()).isEqualTo(date);
        assertThat(picker.getEditor().getText()).as("kept for correcting").isEqualTo("31/31/2026");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Publish date: “31/31/2026” is not a date. Type it like "
                + picker.getConverter().toString(LocalDate.of(2026, 12, 31)) + ", or leave it empty for no date. Not saved.");

        robot.clickOn(picker.getEditor());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.publishDateProperty().get()).isEqualTo(date);
        assertThat(picker.getEditor().getText()).isEqualTo("31/31/2026");
        assertThat(problem.isVisible()).isTrue();
    }

    @Test
    void aCorrectedPublishDateIsTakenAndAnEmptyOneMeansNoDate(FxRobot robot) {
        robot.interact(() -> model.load(article.withPublishDate(LocalDate.of(2026, 11, 20))));
        DatePicker picker = robot.lookup("#publishDate").queryAs(DatePicker.class);
        Label problem = robot.lookup("#publishDateProblem").queryAs(Label.class);
        typeDate(robot, picker, "31/31/2026");
        robot.type(KeyCode.ENTER);

        LocalDate corrected = LocalDate.of(2026, 12, 24);
        typeDate(robot, picker, picker.getConverter().toString(corrected));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.publishDateProperty().get()).isEqualTo(corrected);
        assertThat(problem.isVisible()).isFalse();

        typeDate(robot, picker, "");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.publishDateProperty().get()).isNull();
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void anotherArticleShowsItsOwnDateInsteadOfTextThatWasNotADate(FxRobot robot) {
        LocalDate date = LocalDate.of(2026, 11, 20);
        robot.interact(() -> model.load(article.withPublishDate(date)));
        DatePicker picker = robot.lookup("#publishDate").queryAs(DatePicker.class);
        typeDate(robot, picker, "31/31/2026");
        robot.type(KeyCode.TAB);

        Article other = new Article(UUID.randomUUID(), "Other", "", "", "", date, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), article.created(), article.created());
        robot.interact(() -> model.load(other));

        assertThat(picker.getEditor().getText()).isEqualTo(picker.getConverter().toString(date));
        assertThat(robot.lookup("#publishDateProblem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aTargetLengthThatIsNotANumberIsToldWholeUnderTheFieldAlsoInAShortWindow(FxRobot robot) {
        robot.interact(() -> model.open(article.id()));
        GridPane fields = robot.lookup(".metadata").queryAs(GridPane.class);
        double widthAsked = fields.prefWidth(-1);
        double[] size = {stage.getWidth(), stage.getHeight()};
        try {
            robot.interact(() -> {
                stage.setWidth(500);
                stage.setHeight(150);
                model.targetLengthTextProperty().set("abc");
            });
            WaitForAsyncUtils.waitForFxEvents();

            Label problem = robot.lookup("#targetLengthProblem").queryAs(Label.class);
            TextField target = robot.lookup("#targetLength").queryAs(TextField.class);
            Bounds line = problem.localToScene(problem.getLayoutBounds());
            Bounds field = target.localToScene(target.getLayoutBounds());
            assertThat(problem.isVisible()).isTrue();
            assertThat(((Text) problem.lookup(".text")).getText()).as("shown whole, not cut short with …")
                    .isEqualTo(problem.getText()).startsWith("Target length: “abc” is not a number of words.");
            assertThat(line.getMinY()).as("under the field").isGreaterThanOrEqualTo(field.getMaxY());
            assertThat(line.getMinX()).isCloseTo(field.getMinX(), within(1.0));
            assertThat(line.getWidth()).as("wider than the narrow field").isGreaterThan(3 * field.getWidth());
            assertThat(fields.prefWidth(-1)).as("the sentence widens no column").isEqualTo(widthAsked);
        } finally {
            robot.interact(() -> {
                model.targetLengthTextProperty().set("");
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
        }
    }

    @Test
    void aRenamedCategoryIsNoLongerOfferedOnceTheArticleIsReloadedUnderItsNewName(FxRobot robot) {
        Article filed = filedUnder("Politics");
        robot.interact(() -> {
            available.setAll("Politics", "Sports");
            model.load(filed);
        });
        CheckComboBox<String> categories = categories(robot);
        assertThat(categories.getItems()).containsExactly("Politics", "Sports");

        // Edit → Categories…: "Politics" becomes "Government"; the list of categories changes first, then the article is reloaded.
        robot.interact(() -> available.setAll("Government", "Sports"));
        assertThat(categories.getItems()).as("the open article's own, until it is reloaded")
                .containsExactly("Government", "Sports", "Politics");
        robot.interact(() -> model.load(filedUnder("Government")));

        assertThat(categories.getItems()).containsExactly("Government", "Sports");
        assertThat(categories.getCheckModel().getCheckedItems()).containsExactly("Government");
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void anArticlesCategoryThatIsNotAvailableIsOfferedWhileItIsOpenSoItIsNotLost(FxRobot robot) {
        robot.interact(() -> {
            available.setAll("Politics", "Sports");
            model.load(filedUnder("Archive"));
        });
        CheckComboBox<String> categories = categories(robot);
        assertThat(categories.getItems()).containsExactly("Politics", "Sports", "Archive");
        assertThat(categories.getCheckModel().getCheckedItems()).containsExactly("Archive");

        robot.interact(() -> categories.getCheckModel().clearCheck("Archive"));
        assertThat(model.categories()).isEmpty();
        assertThat(categories.getItems()).as("still there to tick again").containsExactly("Politics", "Sports", "Archive");
        robot.interact(() -> categories.getCheckModel().check("Archive"));
        assertThat(model.categories()).containsExactly("Archive");

        robot.interact(() -> model.load(filedUnder("Sports")));
        assertThat(categories.getItems()).containsExactly("Politics", "Sports");
    }

    private Article filedUnder(String category) {
        return new Article(article.id(), article.headline(), "", "", "", null, List.of(category), ArticleStatus.DRAFT,
                article.body(), article.created(), article.modified());
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> categories(FxRobot robot) {
        return robot.lookup("#category").queryAs(CheckComboBox.class);
    }

    /** Replaces the date field's text by typing {@code text} into it. */
    private static void typeDate(FxRobot robot, DatePicker picker, String text) {
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    private static GenericStyledArea<?, ?, ?> area(FxRobot robot) {
        return robot.lookup("#body").queryAs(GenericStyledArea.class);
    }
}
