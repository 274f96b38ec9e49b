package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

class AreaDocumentsTest {

    private static final BodyDocument SAMPLE = BodyDocument.of(
            Block.of(BlockType.HEADING2, Run.plain("Head "), Run.of("line", Mark.BOLD)),
            Block.of(BlockType.PARAGRAPH),
            Block.of(BlockType.PARAGRAPH, Run.plain("  a "), Run.of("b", Mark.BOLD, Mark.ITALIC), Run.of("c", Mark.ITALIC),
                    Run.plain("\t😀 שלום <&>\u00A0 ")),
            Block.of(BlockType.QUOTE, Run.plain("q")),
            Block.of(BlockType.QUOTE),
            Block.of(BlockType.HEADING3, Run.of("h3", Mark.ITALIC)),
            Block.rule(),
            Block.of(BlockType.BULLET_ITEM, Run.link("link", "https://example.com", Mark.UNDERLINE), Run.plain(" x")),
            Block.of(BlockType.NUMBERED_ITEM, Run.of("sup", Mark.SUPERSCRIPT, Mark.STRIKE)),
            Block.of(BlockType.PULLQUOTE, Run.of("sub", Mark.SUBSCRIPT)));

    @Test
    void roundTripIsExact() {
        ReadOnlyStyledDocument<BlockType, String, TextStyle> area = AreaDocuments.fromBody(SAMPLE);
        assertEquals(10, area.getParagraphs().size());
        assertEquals(BlockType.HEADING2, area.getParagraphs().get(0).getParagraphStyle());
        assertEquals("Head line", area.getParagraphs().get(0).getText());
        assertEquals(TextStyle.of(Mark.BOLD), area.getParagraphs().get(0).getStyleOfChar(6));
        assertEquals(SAMPLE, AreaDocuments.toBody(area));
        assertEquals(BodyDocument.empty(), AreaDocuments.toBody(AreaDocuments.fromBody(BodyDocument.empty())));
    }

    @Test
    void editableDocumentMergesSegmentsButConvertsTheSame() {
        SimpleEditableStyledDocument<BlockType, TextStyle> editable =
                new SimpleEditableStyledDocument<>(BlockType.PARAGRAPH, TextStyle.PLAIN);
        editable.replace(0, 0, AreaDocuments.fromBody(SAMPLE));
        assertEquals(SAMPLE, AreaDocuments.toBody(editable));
        // two inserted pieces with the same style end up as one run
        editable.replace(0, editable.length(), AreaDocuments.fromBody(BodyDocument.of(Block.paragraph("ab"))));
        editable.replace(2, 2, AreaDocuments.fromBody(BodyDocument.of(Block.paragraph("cd"))));
        assertEquals(BodyDocument.of(Block.paragraph("abcd")), AreaDocuments.toBody(editable));
    }

    @Test
    void ruleWithTextReadsAsParagraph() {
        SimpleEditableStyledDocument<BlockType, TextStyle> editable =
                new SimpleEditableStyledDocument<>(BlockType.PARAGRAPH, TextStyle.PLAIN);
        editable.replace(0, 0, AreaDocuments.fromBody(BodyDocument.of(Block.rule())));
        editable.replace(0, 0, AreaDocuments.fromBody(BodyDocument.of(Block.paragraph("typed"))));
        assertEquals(BodyDocument.of(Block.paragraph("typed")), AreaDocuments.toBody(editable));
    }

    @Test
    void styleIsCanonical() {
        assertEquals(TextStyle.PLAIN, new TextStyle(null, null));
        assertEquals(TextStyle.of(Mark.BOLD, Mark.ITALIC), new TextStyle(java.util.EnumSet.of(Mark.ITALIC, Mark.BOLD), null));
        assertEquals(TextStyle.of(Mark.SUBSCRIPT), TextStyle.of(Mark.SUPERSCRIPT).with(Mark.SUBSCRIPT, true));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TextStyle.PLAIN.withLink("javascript:alert(1)"));
    }
}
