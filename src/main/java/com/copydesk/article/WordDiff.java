package com.copydesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts (longest common subsequence of words). Each word
 * keeps the spaces that follow it, so joining the parts of one side gives that text back.
 */
public final class WordDiff {

    /** What happened to a stretch of words going from the old text to the new one. */
    public enum Change { SAME, REMOVED, ADDED }

    public record Part(Change change, String text) {
        public Part {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Beyond this many cells the middle part is shown as all removed, then all added. */
    private static final long MAX_TABLE_CELLS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\s+|\\S+\\s*");

    private WordDiff() {
    }

    public static List<Part> between(String oldText, String newText) {
        List<String> a = words(oldText);
        List<String> b = words(newText);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Change.SAME, a.subList(0, prefix));
        middle(parts, a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
        add(parts, Change.SAME, a.subList(a.size() - suffix, a.size()));
        return parts;
    }

    private static void middle(List<Part> parts, List<String> a, List<String> b) {
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_TABLE_CELLS) {
            add(parts, Change.REMOVED, a);
            add(parts, Change.ADDED, b);
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(parts, Change.SAME, List.of(a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                add(parts, Change.REMOVED, List.of(a.get(i++)));
            } else {
                add(parts, Change.ADDED, List.of(b.get(j++)));
            }
        }
    }

    /** Appends the words, joining them onto the last part when it is the same kind of change. */
    private static void add(List<Part> parts, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).change() == change) {
            parts.set(last, new Part(change, parts.get(last).text() + text));
        } else {
            parts.add(new Part(change, text));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
