package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleSummary;
import com.copydesk.body.Block;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening articles one after another, faster than they load: the last one opened is shown, and nothing typed is lost. */
@ExtendWith(ApplicationExtension.class)
class ArticleSwitchingTest {

    @TempDir
    Path dir;

    private Path databaseFile;
    private RunningCopydesk app;

    @Start
    void start(Stage stage) {
        databaseFile = dir.resolve("switching.copydesk");
        app = RunningCopydesk.open(stage, databaseFile, dir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void theLastArticleOpenedIsShownWhenTheOthersWereStillLoading(FxRobot robot) throws Exception {
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        MainViewModel model = app.copydesk.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.editor().loadedProperty().get() != null
                && model.list().items().size() >= 3);
        List<UUID> ids = fx(() -> model.list().items().stream().limit(3).map(ArticleSummary::id).toList());
        robot.interact(() -> {
            model.list().selectedIdProperty().set(ids.get(1));
            model.list().selectedIdProperty().set(ids.get(2));
            model.list().selectedIdProperty().set(ids.get(0));
            model.list().selectedIdProperty().set(ids.get(2));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ids.get(2).equals(loadedId(robot, model)));
        WaitForAsyncUtils.waitForFxEvents();
        Article last = fx(() -> model.editor().loadedProperty().get());
        assertThat(last.id()).isEqualTo(ids.get(2));
        assertThat(text(robot, body)).isEqualTo(plainText(last));
        assertThat(app.headline().getText()).isEqualTo(last.headline());
        assertThat(loadedId(robot, model)).isEqualTo(ids.get(2));
    }

    @Test
    void typingRightAfterAnArticleIsOpenedIsSavedWithIt(FxRobot robot) throws Exception {
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        MainViewModel model = app.copydesk.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.editor().loadedProperty().get() != null
                && model.list().items().size() >= 2);
        UUID other = fx(() -> model.list().items().get(1).id());
        // Types in the first FX task after the one that opened the article (where a keystroke could come first).
        ChangeListener<Article> typeAtOnce = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Article> obs, Article old, Article now) {
                if (now != null && now.id().equals(other)) {
                    obs.removeListener(this);
                    javafx.application.Platform.runLater(() -> body.insertText(0, "Update: "));
                }
            }
        };
        robot.interact(() -> {
            model.editor().loadedProperty().addListener(typeAtOnce);
            model.list().selectedIdProperty().set(other);
        });
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, body).startsWith("Update: ")
                && fx(status::getText).equals("Saved"));
        Article before = fx(() -> model.editor().loadedProperty().get());
        app.close(robot);

        try (Database database = Database.open(databaseFile)) {
            Article saved = new ArticleStore(database).find(other).orElseThrow();
            assertThat(saved.body().blocks().get(0).text()).isEqualTo("Update: " + before.body().blocks().get(0).text());
            assertThat(saved.body().blocks().subList(1, saved.body().blocks().size()))
                    .isEqualTo(before.body().blocks().subList(1, before.body().blocks().size()));
        }
    }

    @Test
    void typingGoesOnWhereTheCaretWasWhenTheOpenArticleIsReadAgain(FxRobot robot) throws Exception {
        GenericStyledArea<?, ?, ?> body = app.body(robot);
        MainViewModel model = app.copydesk.model();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.editor().loadedProperty().get() != null);
        robot.clickOn(body);
        robot.interact(() -> body.moveTo(body.getLength()));
        robot.write("Kicker");
        Article before = fx(() -> model.editor().loadedProperty().get());

        robot.interact(() -> model.editor().open(before.id())); // as after a bulk step on it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> model.editor().loadedProperty().get()) != before);
        robot.write("!");

        assertThat(text(robot, body)).endsWith("Kicker!");
    }

    private static UUID loadedId(FxRobot robot, MainViewModel model) {
        return fx(() -> {
            Article loaded = model.editor().loadedProperty().get();
            return loaded == null ? null : loaded.id();
        });
    }

    private static String plainText(Article article) {
        return article.body().blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static String text(FxRobot robot, GenericStyledArea<?, ?, ?> area) {
        return fx(area::getText);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
