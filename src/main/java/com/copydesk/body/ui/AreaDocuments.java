package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Run;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the editor's RichTextFX document (paragraph style {@link BlockType}, text
 * style {@link TextStyle}) and {@link BodyDocument}. Exact both ways: one paragraph per block,
 * one styled segment per run. A rule paragraph that somehow holds text reads as a paragraph,
 * so no text is ever lost.
 */
public final class AreaDocuments {

    /** Segment operations for the editor's text: plain strings, styles compared by equals. */
    public static final TextOps<String, TextStyle> SEGMENT_OPS = SegmentOps.styledTextOps();

    private AreaDocuments() {
    }

    public static BodyDocument toBody(StyledDocument<BlockType, String, TextStyle> document) {
        List<Block> blocks = new ArrayList<>(document.getParagraphs().size());
        for (Paragraph<BlockType, String, TextStyle> paragraph : document.getParagraphs()) {
            blocks.add(toBlock(paragraph));
        }
        return new BodyDocument(blocks);
    }

    public static Block toBlock(Paragraph<BlockType, String, TextStyle> paragraph) {
        BlockType type = paragraph.getParagraphStyle() == null ? BlockType.PARAGRAPH : paragraph.getParagraphStyle();
        List<Run> runs = new ArrayList<>();
        for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
            String text = segment.getSegment();
            if (!text.isEmpty()) {
                TextStyle style = segment.getStyle() == null ? TextStyle.PLAIN : segment.getStyle();
                runs.add(style.run(text.replace('\r', ' ')));
            }
        }
        if (type == BlockType.RULE && !runs.isEmpty()) {
            type = BlockType.PARAGRAPH;
        }
        return new Block(type, runs);
    }

    public static ReadOnlyStyledDocument<BlockType, String, TextStyle> fromBody(BodyDocument body) {
        ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENT_OPS, BlockType.PARAGRAPH);
        for (Block block : body.blocks()) {
            builder.addParagraph(segments(block), block.type());
        }
        return builder.build();
    }

    /** The block's runs as segments, or one empty plain segment for an empty block. */
    static List<StyledSegment<String, TextStyle>> segments(Block block) {
        List<StyledSegment<String, TextStyle>> segments = new ArrayList<>();
        for (Run run : block.runs()) {
            segments.add(new StyledSegment<>(run.text(), TextStyle.of(run)));
        }
        if (segments.isEmpty()) {
            segments.add(new StyledSegment<>("", TextStyle.PLAIN));
        }
        return segments;
    }
}
