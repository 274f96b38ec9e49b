package com.copydesk.body;

import com.copydesk.body.BodyText.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyTextTest {

    private final BodyDocument body = BodyDocument.of(Block.paragraph("The harbor"), Block.rule(),
            Block.of(BlockType.QUOTE, Run.of("cranes", Mark.BOLD), Run.plain(" return")));

    @Test
    void textJoinsBlocksWithOneNewlineEachRulesIncluded() {
        assertThat(BodyText.of(body)).isEqualTo("The harbor\n\ncranes return");
    }

    @Test
    void placesAndOffsetsConvertBothWays() {
        assertThat(BodyText.place(body, 4)).isEqualTo(new Place(0, 4));
        assertThat(BodyText.place(body, 10)).isEqualTo(new Place(0, 10));
        assertThat(BodyText.place(body, 11)).isEqualTo(new Place(1, 0));
        assertThat(BodyText.place(body, 12)).isEqualTo(new Place(2, 0));
        for (int offset = 0; offset <= BodyText.of(body).length(); offset++) {
            assertThat(BodyText.offset(body, BodyText.place(body, offset))).contains(offset);
        }
    }

    @Test
    void aPlaceOutsideTheBodyHasNoOffset() {
        assertThat(BodyText.offset(body, new Place(3, 0))).isEmpty();
        assertThat(BodyText.offset(body, new Place(0, 11))).isEmpty();
    }

    @Test
    void locateKeepsAMatchingHintElseTakesTheNearestOccurrence() {
        String text = "cranes and more cranes and cranes";
        assertThat(BodyText.locate(text, new TextAnchor(16, 22), "cranes")).contains(new TextAnchor(16, 22));
        assertThat(BodyText.locate(text, new TextAnchor(25, 31), "cranes")).contains(new TextAnchor(27, 33));
        assertThat(BodyText.locate(text, new TextAnchor(2, 8), "cranes")).contains(new TextAnchor(0, 6));
        assertThat(BodyText.locate(text, null, "more")).contains(new TextAnchor(11, 15));
        assertThat(BodyText.locate(text, new TextAnchor(0, 6), "boats")).isEmpty();
    }
}
