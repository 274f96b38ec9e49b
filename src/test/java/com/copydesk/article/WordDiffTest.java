package com.copydesk.article;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static com.copydesk.article.WordDiff.Change.ADDED;
import static com.copydesk.article.WordDiff.Change.REMOVED;
import static com.copydesk.article.WordDiff.Change.SAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordDiffTest {

    @Test
    void marksReplacedWords() {
        assertEquals(List.of(new WordDiff.Part(SAME, "The "), new WordDiff.Part(REMOVED, "mayor "),
                        new WordDiff.Part(ADDED, "council "), new WordDiff.Part(SAME, "left office.")),
                WordDiff.between("The mayor left office.", "The council left office."));
    }

    @Test
    void marksInsertionsAndDeletionsInTheMiddle() {
        assertEquals(List.of(new WordDiff.Part(SAME, "a "), new WordDiff.Part(REMOVED, "b "),
                        new WordDiff.Part(SAME, "c d "), new WordDiff.Part(ADDED, "x "), new WordDiff.Part(SAME, "e")),
                WordDiff.between("a b c d e", "a c d x e"));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals(List.of(new WordDiff.Part(SAME, "same text")), WordDiff.between("same text", "same text"));
        assertEquals(List.of(), WordDiff.between("", ""));
        assertEquals(List.of(new WordDiff.Part(ADDED, "new")), WordDiff.between("", "new"));
    }

    @Property
    void eachSideIsRebuiltFromItsParts(@ForAll("texts") String before, @ForAll("texts") String after) {
        List<WordDiff.Part> parts = WordDiff.between(before, after);

        assertEquals(before, join(parts, ADDED));
        assertEquals(after, join(parts, REMOVED));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.of("a", "b", "c", " ", "  ", "\n", "dd").list().ofMaxSize(30)
                .map(words -> String.join("", words));
    }

    private static String join(List<WordDiff.Part> parts, WordDiff.Change leftOut) {
        return parts.stream().filter(p -> p.change() != leftOut).map(WordDiff.Part::text).collect(Collectors.joining());
    }
}
