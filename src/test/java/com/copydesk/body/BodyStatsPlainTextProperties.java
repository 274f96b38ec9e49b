package com.copydesk.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store keeps a body's plain text (blocks joined by blank lines) and counts words on it when
 * an old row has no stored count: that must give the same words as counting block by block.
 */
class BodyStatsPlainTextProperties {

    @Property(tries = 500)
    void countingThePlainTextGivesTheBlockByBlockCount(@ForAll("bodies") BodyDocument body) {
        assertThat(BodyStats.countWords(body.plainText())).isEqualTo(BodyStats.of(body).words());
    }

    @Provide
    Arbitrary<BodyDocument> bodies() {
        Arbitrary<String> tokens = Arbitraries.of("word", "well-known", "-", "—", "don’t", "'", "3.5", "1,000", " ",
                "東京", "🙂", "👨‍👩‍👧", "שלום", "\u00A0", ".", "pre-", "-war", "2024-25", "\t").list().ofMaxSize(6)
                .map(list -> String.join("", list));
        Arbitrary<String> text = Arbitraries.oneOf(tokens, Arbitraries.strings().withCharRange(' ', '\u2FFF')
                .ofMaxLength(12)).map(s -> s.replace('\n', ' '));
        Arbitrary<Set<Mark>> marks = Arbitraries.of(Mark.class).set().ofMaxSize(2);
        Arbitrary<Run> run = Combinators.combine(text, marks).as(Run::new);
        Arbitrary<Block> block = Combinators.combine(Arbitraries.of(BlockType.class), run.list().ofMaxSize(4))
                .as((type, runs) -> type == BlockType.RULE ? Block.rule() : new Block(type, runs));
        return block.list().ofMaxSize(6).map(BodyDocument::new);
    }
}
