package com.copydesk.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph-level element of the body. Runs are kept normal: no empty runs and no two
 * neighbours with the same marks and link, so equal content always means equal blocks.
 * A {@link BlockType#RULE} holds no text.
 */
public record Block(BlockType type, List<Run> runs) {

    public Block {
        Objects.requireNonNull(type, "type");
        runs = normalize(Objects.requireNonNull(runs, "runs"));
        if (type == BlockType.RULE && !runs.isEmpty()) {
            throw new IllegalArgumentException("a horizontal rule cannot hold text");
        }
    }

    public static Block rule() {
        return new Block(BlockType.RULE, List.of());
    }

    public static Block of(BlockType type, Run... runs) {
        return new Block(type, List.of(runs));
    }

    public static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, List.of(Run.plain(text)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    private static List<Run> normalize(List<Run> runs) {
        List<Run> merged = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Objects.requireNonNull(run, "run");
            if (run.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).sameFormatAs(run)) {
                merged.set(last, merged.get(last).withText(merged.get(last).text() + run.text()));
            } else {
                merged.add(run);
            }
        }
        return List.copyOf(merged);
    }
}
