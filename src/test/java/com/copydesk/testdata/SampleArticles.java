package com.copydesk.testdata;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Articles for tests. Timestamps are whole milliseconds, as the store keeps them. */
public final class SampleArticles {

    public static final Instant T0 = Instant.parse("2024-05-01T09:30:00.123Z");

    private SampleArticles() {
    }

    public static Article simple(String headline, Instant modified, String... categories) {
        return new Article(UUID.randomUUID(), headline, "A dek for " + headline, "Ada Reporter", "LONDON",
                LocalDate.of(2024, 5, 2), List.of(categories), ArticleStatus.DRAFT,
                BodyDocument.of(Block.paragraph("Body of " + headline + ".")), T0, modified);
    }

    /** Every block type and mark, with characters HTML must escape. */
    public static Article formatted(Instant modified) {
        BodyDocument body = BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("Lead with "), Run.of("bold", Mark.BOLD), Run.plain(" and "),
                        Run.of("italic", Mark.ITALIC), Run.plain(" and "), Run.of("both", Mark.BOLD, Mark.ITALIC),
                        Run.plain(" & <tags> \u00A0non-breaking.")),
                Block.of(BlockType.HEADING2, Run.plain("A subhead")),
                Block.of(BlockType.QUOTE, Run.plain("\u201CQuoted,\u201D she said.")),
                Block.of(BlockType.QUOTE, Run.plain("Second quote paragraph.")),
                Block.of(BlockType.HEADING3, Run.plain("Minor subhead")),
                Block.paragraph("Closing   paragraph\twith tab."));
        return new Article(UUID.randomUUID(), "Council approves budget", "The vote was 7-2", "Sam Editor",
                "MANCHESTER", LocalDate.of(2024, 12, 31), List.of("Local", "Politics"), ArticleStatus.IN_REVIEW,
                body, T0.minusSeconds(3600), modified);
    }

    /** Emoji (including joined sequences and flags) and right-to-left text in every field. */
    public static Article multilingual(Instant modified) {
        String arabic = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645"; // السلام عليكم
        String hebrew = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD";                    // שלום עולם
        String emoji = "\uD83D\uDCF0 \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEF\uD83C\uDDF5";
        BodyDocument body = BodyDocument.of(
                Block.of(BlockType.PARAGRAPH, Run.plain(arabic + " "), Run.of(hebrew, Mark.BOLD),
                        Run.of(" " + emoji, Mark.ITALIC)),
                Block.of(BlockType.HEADING2, Run.plain("\u200F" + hebrew + " 123 " + emoji)),
                Block.of(BlockType.QUOTE, Run.plain(arabic + " \u202B" + "mixed" + "\u202C")));
        return new Article(UUID.randomUUID(), arabic + " " + emoji, hebrew + " \uD83D\uDE80", emoji + " " + arabic,
                hebrew + "\u060C " + arabic, LocalDate.of(2025, 1, 15),
                List.of(hebrew, "World", arabic + " \uD83C\uDF0D"), ArticleStatus.READY, body, T0, modified);
    }
}
