package com.copydesk.app;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Run;
import com.copydesk.store.ArticleStore;
import com.copydesk.store.Database;
import javafx.scene.control.ListView;
import javafx.scene.web.WebView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app with a 3,000-word story: typing in a paragraph the preview shows keeps the
 * preview where the reader left it; typing in one the preview does not show brings it into view.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewScrollAnchoringTest {

    private static final String HEADLINE = "Harbour authority publishes its long review";
    private static final int PARAGRAPHS = 40;

    @TempDir
    static Path dir;

    private RunningCopydesk app;

    @Start
    void start(Stage stage) throws Exception {
        Path testDir = Files.createTempDirectory(dir, "run");
        Path databaseFile = testDir.resolve("newsroom.copydesk");
        try (Database database = Database.open(databaseFile)) {
            new ArticleStore(database).save(longStory());
        }
        app = RunningCopydesk.open(stage, databaseFile, testDir.resolve("config"));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void typingKeepsTheReadersPlaceOrBringsTheEditedParagraphIntoView(FxRobot robot) throws Exception {
        openTheStory(robot);
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        double pageHeight = number(preview, "document.body.scrollHeight");
        double viewport = number(preview, "window.innerHeight");
        assertThat(pageHeight).as("a long page").isGreaterThan(5 * viewport);

        // The reader scrolls the preview to the middle of the story.
        robot.interact(() -> preview.getEngine().executeScript("window.scrollTo(0, " + (pageHeight - viewport) / 2 + ")"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> number(preview, "window.scrollY") > 1000);
        double middle = number(preview, "window.scrollY");
        int visible = (int) number(preview, "(function () {"
                + "var blocks = document.querySelectorAll('#story-body p[data-block]');"
                + "for (var i = 0; i < blocks.length; i++) { var r = blocks[i].getBoundingClientRect();"
                + "  if (r.top > 0 && r.top < window.innerHeight / 2)"
                + "    return Number(blocks[i].getAttribute('data-block')); }"
                + "return -1; })()");
        assertThat(visible).as("a paragraph in the middle of the preview").isPositive();

        // Typing in that paragraph: the preview shows the words where the reader is looking.
        typeAtEndOf(robot, visible, " zebra crossing");
        waitForBlockContaining(preview, visible, "zebra crossing");
        assertThat(number(preview, "window.scrollY")).as("scroll position held").isEqualTo(middle);
        assertThat(isOnScreen(preview, visible)).isTrue();

        // Typing in a paragraph far below, out of the preview's sight: the preview goes to it.
        int below = PARAGRAPHS - 2;
        assertThat(isOnScreen(preview, below)).isFalse();
        typeAtEndOf(robot, below, " walrus");
        waitForBlockContaining(preview, below, "walrus");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isOnScreen(preview, below));
        assertThat(number(preview, "window.scrollY")).isGreaterThan(middle);

        // And one far above.
        int above = 1;
        typeAtEndOf(robot, above, " heron");
        waitForBlockContaining(preview, above, "heron");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isOnScreen(preview, above));
        assertThat(number(preview, "window.scrollY")).isLessThan(middle);
    }

    private void openTheStory(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.clickOn(HEADLINE);
        app.waitForPreviewContaining(robot, HEADLINE, "Paragraph " + (PARAGRAPHS - 1) + " of the review");
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> number(preview, "document.querySelectorAll('[data-block]').length") == PARAGRAPHS);
    }

    /** Puts the caret at the end of body paragraph {@code paragraph}, as a click would, and types. */
    private static void typeAtEndOf(FxRobot robot, int paragraph, String text) throws Exception {
        GenericStyledArea<?, ?, ?> body = robot.lookup("#body").queryAs(GenericStyledArea.class);
        robot.interact(() -> {
            body.requestFocus();
            body.moveTo(paragraph, body.getParagraphLength(paragraph));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, body::isFocused);
        assertThat(body.getCurrentParagraph()).isEqualTo(paragraph);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForBlockContaining(WebView preview, int block, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> String.valueOf(call(() -> preview.getEngine().executeScript(
                "document.querySelector('[data-block=\"" + block + "\"]').textContent"))).contains(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isOnScreen(WebView preview, int block) throws Exception {
        return Boolean.TRUE.equals(call(() -> preview.getEngine().executeScript("(function () {"
                + "var r = document.querySelector('[data-block=\"" + block + "\"]').getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight; })()")));
    }

    private static double number(WebView preview, String expression) throws Exception {
        return ((Number) call(() -> preview.getEngine().executeScript(expression))).doubleValue();
    }

    private static <T> T call(Callable<T> onFxThread) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFxThread).get(10, TimeUnit.SECONDS);
    }

    /** 40 blocks, a subhead every tenth, paragraphs of about 95 words: some 3,400 words. */
    private static Article longStory() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            if (i > 0 && i % 10 == 0) {
                blocks.add(new Block(BlockType.HEADING2, List.of(Run.plain("Part " + (i / 10 + 1) + " of the review"))));
            } else {
                blocks.add(Block.paragraph("Paragraph " + i + " of the review. "
                        + "The harbour authority said the quays built in the last century need new piles, "
                        + "and the board will decide in the spring how to pay for the work without raising fees. ".repeat(3)));
            }
        }
        blocks.set(PARAGRAPHS - 1, Block.paragraph("Paragraph " + (PARAGRAPHS - 1) + " of the review. The end."));
        Instant now = Instant.parse("2025-07-04T15:00:00Z");
        return new Article(UUID.randomUUID(), HEADLINE, "Every quay inspected.", "Jane Doe", "ROTTERDAM",
                LocalDate.of(2025, 7, 4), List.of("Local"), ArticleStatus.DRAFT, new BodyDocument(blocks), now, now);
    }
}
