package com.copydesk.article;

import com.copydesk.body.Block;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.BodyText;
import com.copydesk.body.TextAnchor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An anchor stored as (block, offset) places and read back onto the same body lands on the same span. */
class NoteAnchorProperties {

    @Property(tries = 1000)
    void anAnchorStoredAsPlacesIsFoundAgainOnTheSameBody(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 12) @net.jqwik.api.constraints.Chars({'a', 'b', ' '}) String> paragraphs,
            @ForAll @IntRange(min = 0, max = 100) int startSeed, @ForAll @IntRange(min = 1, max = 30) int length) {
        BodyDocument body = new BodyDocument(paragraphs.stream().map(Block::paragraph).toList());
        String text = BodyText.of(body);
        if (text.isEmpty()) {
            return;
        }
        int start = startSeed % text.length();
        TextAnchor span = new TextAnchor(start, Math.min(text.length(), start + length));

        NoteAnchor stored = NoteAnchor.at(7, body, text, span, text.substring(span.start(), span.end()));

        assertThat(stored.text()).isEqualTo(text.substring(span.start(), span.end()));
        assertThat(stored.locateIn(body, text)).contains(span);
    }
}
