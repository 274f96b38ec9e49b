package com.copydesk.article.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import com.copydesk.store.TagStore;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's tags as chips: each chip's ✕ can be found by an id that stays the same for its tag. */
@ExtendWith(ApplicationExtension.class)
class TagsViewTest {

    private static final List<String> TAGS = List.of("rowing", "New York", "x y", "x_y", "café", "a.b#1", "Q&A: 2026");

    @TempDir
    static Path dir;

    private Database database;
    private TagStore tags;
    private Article article;

    @Start
    void start(Stage stage) {
        database = Database.open(dir.resolve(UUID.randomUUID() + ".copydesk"));
        ArticleStore articles = new ArticleStore(database);
        Instant created = Instant.parse("2026-11-20T08:00:00Z");
        article = new Article(UUID.randomUUID(), "Regatta", "", "", "", null, List.of(), ArticleStatus.DRAFT,
                BodyDocument.empty(), created, created);
        articles.save(article);
        tags = new TagStore(database);
        tags.setTags(article.id(), TAGS);
        SameThreadExecutor executor = new SameThreadExecutor();
        ArticleEditorViewModel editor = new ArticleEditorViewModel(articles, executor, new ManualScheduler(),
                Clock.systemUTC(), summary -> { });
        TagsView view = new TagsView(new TagsViewModel(tags, editor, executor, message -> { }),
                Bindings.createBooleanBinding(() -> false));
        editor.open(article.id());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 900, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachRemoveButtonHasACssIdentifierOfItsOwnThatALookupFinds(FxRobot robot) {
        Map<String, String> ids = removeButtonIds(robot);

        assertThat(ids.keySet()).containsExactlyElementsOf(TAGS);
        assertThat(ids.get("rowing")).as("a plain tag reads as it is").isEqualTo("removeTag-rowing");
        assertThat(ids.get("New York")).isEqualTo("removeTag-New_20_York");
        assertThat(ids.values()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("removeTag-[A-Za-z0-9_-]+"));
        ids.forEach((tag, id) -> assertThat(robot.lookup("#" + id).queryAllAs(Button.class))
                .extracting(Button::getAccessibleText).containsExactly("Remove tag " + tag));
    }

    @Test
    void removingATagByItsIdLeavesTheOthersWithTheIdsTheyHad(FxRobot robot) {
        Map<String, String> before = removeButtonIds(robot);

        robot.clickOn("#" + before.get("New York"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tags.tagsOf(article.id())).doesNotContain("New York").hasSize(TAGS.size() - 1);
        Map<String, String> after = new LinkedHashMap<>(before);
        after.remove("New York");
        assertThat(removeButtonIds(robot)).isEqualTo(after);
    }

    /** Each chip's tag and the id of its ✕, in the chips' order. */
    private static Map<String, String> removeButtonIds(FxRobot robot) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Button remove : robot.lookup("#tagChips .chip-remove").queryAllAs(Button.class)) {
            ids.put(remove.getAccessibleText().substring("Remove tag ".length()), remove.getId());
        }
        return ids;
    }
}
