package com.copydesk.body.ui;

import com.copydesk.body.Block;
import com.copydesk.body.BlockType;
import com.copydesk.body.BodyDocument;
import com.copydesk.body.Mark;
import com.copydesk.body.Run;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Converts between the editor's RichTextFX document (paragraph style {@link BlockType}, text
 * style an immutable {@code Set<Mark>}) and {@link BodyDocument}. Exact both ways: one
 * paragraph per block, one styled segment per run.
 */
public final class AreaDocuments {

    /** Segment operations for the editor's text: plain strings, styles compared by equals. */
    public static final TextOps<String, Set<Mark>> SEGMENT_OPS = SegmentOps.styledTextOps();

    private AreaDocuments() {
    }

    /** The canonical immutable text style for the given marks. */
    public static Set<Mark> style(Set<Mark> marks) {
        return marks == null || marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
    }

    public static BodyDocument toBody(StyledDocument<BlockType, String, Set<Mark>> document) {
        List<Block> blocks = new ArrayList<>(document.getParagraphs().size());
        for (Paragraph<BlockType, String, Set<Mark>> paragraph : document.getParagraphs()) {
            blocks.add(toBlock(paragraph));
        }
        return new BodyDocument(blocks);
    }

    public static Block toBlock(Paragraph<BlockType, String, Set<Mark>> paragraph) {
        BlockType type = paragraph.getParagraphStyle() == null ? BlockType.PARAGRAPH : paragraph.getParagraphStyle();
        List<Run> runs = new ArrayList<>();
        for (StyledSegment<String, Set<Mark>> segment : paragraph.getStyledSegments()) {
            String text = segment.getSegment();
            if (!text.isEmpty()) {
                runs.add(new Run(text.replace('\r', ' '), segment.getStyle() == null ? Set.of() : segment.getStyle()));
            }
        }
        return new Block(type, runs);
    }

    public static ReadOnlyStyledDocument<BlockType, String, Set<Mark>> fromBody(BodyDocument body) {
        ReadOnlyStyledDocumentBuilder<BlockType, String, Set<Mark>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENT_OPS, BlockType.PARAGRAPH);
        for (Block block : body.blocks()) {
            List<StyledSegment<String, Set<Mark>>> segments = new ArrayList<>();
            for (Run run : block.runs()) {
                segments.add(new StyledSegment<>(run.text(), style(run.marks())));
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", Set.of()));
            }
            builder.addParagraph(segments, block.type());
        }
        return builder.build();
    }
}
