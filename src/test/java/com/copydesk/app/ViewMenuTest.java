package com.copydesk.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** View → Theme and the editor's text size, as a user switches and sizes them. */
@ExtendWith(ApplicationExtension.class)
class ViewMenuTest {

    @TempDir
    static Path dir;

    private Path databaseFile;
    private Path configDir;
    private RunningCopydesk app;
    private final List<RunningCopydesk> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        databaseFile = testDir.resolve("newsroom.copydesk");
        configDir = testDir.resolve("config");
        app = RunningCopydesk.open(stage, databaseFile, configDir);
        opened.add(app);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        opened.forEach(running -> running.close(robot));
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheEditorButNotThePublishedPage(FxRobot robot) throws Exception {
        waitForOpenArticle();
        fireMenuItem(robot, app, "menuThemeLight");
        app.waitForPreviewContaining(robot, "<h1");
        String pageBefore = pageBackground(robot);
        assertThat(brightness(bodyTextFill(robot, app))).isLessThan(0.3);

        fireMenuItem(robot, app, "menuThemeDark");

        assertThat(app.stage.getScene().getStylesheets()).contains(ThemeStyles.DARK_STYLESHEET);
        assertThat(brightness(bodyTextFill(robot, app))).as("body text is light on dark").isGreaterThan(0.7);
        assertThat(pageBackground(robot)).as("the preview stays the publication's page").isEqualTo(pageBefore);

        fireMenuItem(robot, app, "menuBackups");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backupsWindow() != null);
        assertThat(backupsWindow().getScene().getStylesheets()).as("panels follow the theme")
                .contains(ThemeStyles.DARK_STYLESHEET);
        robot.interact(() -> ((Stage) backupsWindow()).close());

        fireMenuItem(robot, app, "menuThemeLight");
        assertThat(app.stage.getScene().getStylesheets()).doesNotContain(ThemeStyles.DARK_STYLESHEET);
        assertThat(brightness(bodyTextFill(robot, app))).isLessThan(0.3);
    }

    @Test
    void theChosenThemeIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        waitForOpenArticle();
        fireMenuItem(robot, app, "menuThemeDark");
        app.close(robot);

        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);

        assertThat(reopened.stage.getScene().getStylesheets()).contains(ThemeStyles.DARK_STYLESHEET);
        MenuItem dark = menuItem(reopened, "menuThemeDark");
        assertThat(((javafx.scene.control.RadioMenuItem) dark).isSelected()).isTrue();
    }

    @Test
    void controlPlusAndMinusSizeTheEditorTextAndControlZeroResetsIt(FxRobot robot) throws Exception {
        waitForOpenArticle();
        Node body = app.body(robot);
        robot.interact(body::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
        double normal = bodyTextSize(robot, app);
        double headlineNormal = headlineSize(app);
        assertThat(normal).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE);

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodyTextSize(robot, app)).isEqualTo(normal + 2);
        assertThat(headlineSize(app)).isGreaterThan(headlineNormal);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).type(KeyCode.MINUS)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodyTextSize(robot, app)).isEqualTo(normal - 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodyTextSize(robot, app)).isEqualTo(normal);
        assertThat(headlineSize(app)).isEqualTo(headlineNormal);
    }

    @Test
    void theTextSizeWorksFromTheHeadlineAndIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        waitForOpenArticle();
        TextField headline = app.headline();
        robot.interact(headline::requestFocus);
        String before = headline.getText();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headline.getText()).isEqualTo(before);
        assertThat(bodyTextSize(robot, app)).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE + 3);
        app.close(robot);

        RunningCopydesk reopened = RunningCopydesk.openInNewStage(robot, databaseFile, configDir);
        opened.add(reopened);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reopened.copydesk.model().list().items().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bodyTextSize(robot, reopened) > 0);
        assertThat(bodyTextSize(robot, reopened)).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE + 3);
    }

    private void waitForOpenArticle() throws Exception {
        ListView<?> list = (ListView<?>) app.stage.getScene().lookup("#articleList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        Node headline = app.headline();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !headline.isDisabled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstBodyText(app) != null);
    }

    private static Window backupsWindow() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getTitle() != null && stage.getTitle().startsWith("Backups")).findFirst().orElse(null);
    }

    private String pageBackground(FxRobot robot) {
        WebView view = (WebView) app.stage.getScene().lookup("#preview");
        String[] color = new String[1];
        robot.interact(() -> color[0] = String.valueOf(view.getEngine().executeScript(
                "getComputedStyle(document.body).backgroundColor + ' ' + getComputedStyle(document.body).color")));
        return color[0];
    }

    private static Text firstBodyText(RunningCopydesk running) {
        Node body = running.stage.getScene().lookup("#body");
        if (body == null) { // built after the first frame
            return null;
        }
        List<Text> texts = new ArrayList<>();
        collectTexts(body, texts);
        return texts.stream().filter(text -> !text.getText().isBlank()).findFirst().orElse(null);
    }

    private static void collectTexts(Node node, List<Text> into) {
        if (node instanceof Text text && text.getStyleClass().contains("text")) {
            into.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, into));
        }
    }

    private static double bodyTextSize(FxRobot robot, RunningCopydesk running) {
        double[] size = new double[1];
        robot.interact(() -> {
            running.stage.getScene().getRoot().applyCss();
            Text text = firstBodyText(running);
            size[0] = text == null ? 0 : text.getFont().getSize();
        });
        return size[0];
    }

    private static double headlineSize(RunningCopydesk running) {
        TextField headline = (TextField) running.stage.getScene().lookup("#headline");
        headline.applyCss();
        return headline.getFont().getSize();
    }

    private static Color bodyTextFill(FxRobot robot, RunningCopydesk running) {
        Color[] fill = new Color[1];
        robot.interact(() -> {
            running.stage.getScene().getRoot().applyCss();
            fill[0] = (Color) firstBodyText(running).getFill();
        });
        return fill[0];
    }

    private static double brightness(Color color) {
        return color.getBrightness();
    }

    private static MenuItem menuItem(RunningCopydesk running, String id) {
        MenuBar bar = (MenuBar) running.stage.getScene().lookup("#menuBar");
        return items(bar.getMenus().stream().map(MenuItem.class::cast).toList())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void fireMenuItem(FxRobot robot, RunningCopydesk running, String id) {
        MenuItem item = menuItem(running, id);
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? Stream.concat(Stream.of(item), items(menu.getItems()))
                : Stream.of(item));
    }
}
