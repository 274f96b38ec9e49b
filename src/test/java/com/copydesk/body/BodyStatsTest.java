package com.copydesk.body;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyStatsTest {

    @Test
    void words() {
        assertEquals(0, BodyStats.countWords(""));
        assertEquals(0, BodyStats.countWords("  — ! 😀 👍🏽 "));
        assertEquals(3, BodyStats.countWords("The quick fox."));
        assertEquals(1, BodyStats.countWords("well-known"));
        assertEquals(3, BodyStats.countWords("a well-known fact"));
        assertEquals(3, BodyStats.countWords("pre- and post-war"));
        assertEquals(2, BodyStats.countWords("word—word"));
        assertEquals(1, BodyStats.countWords("3.5"));
        assertEquals(3, BodyStats.countWords("costs 3.5 million"));
        assertEquals(1, BodyStats.countWords("1,000"));
        assertEquals(1, BodyStats.countWords("don't"));
        assertEquals(1, BodyStats.countWords("don’t"));
        assertEquals(3, BodyStats.countWords("‘Quoted’ it’s fine"));
        assertEquals(2, BodyStats.countWords("word–word"));
        assertEquals(2, BodyStats.countWords("2024-25 season"));
        assertEquals(2, BodyStats.countWords("well--known"));
        assertEquals(2, BodyStats.countWords("שלום עולם"));
        assertEquals(4, BodyStats.countWords("hello 😀 world 👨‍👩‍👧 it's fine"));
    }

    @Test
    void everyCharCountedWithoutTheIteratorIsACharacterOfItsOwnForTheIteratorToo() {
        int fast = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + c + "b";
            if (BodyStats.isOneUnitPerCharacter(text)) {
                fast++;
                assertEquals(4, BodyStats.countCharactersByCluster(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
            }
        }
        assertEquals(95 + 96 + 24, fast);
        assertEquals(4, BodyStats.countCharacters("cafe\u0301"), "a combining mark after Latin text still joins");
        assertEquals(6, BodyStats.countCharacters("“à—b…”"));
    }

    @Test
    void characters() {
        assertEquals(0, BodyStats.countCharacters(""));
        assertEquals(5, BodyStats.countCharacters("hello"));
        assertEquals(1, BodyStats.countCharacters("😀"));
        assertEquals(1, BodyStats.countCharacters("e\u0301"));
        assertEquals(3, BodyStats.countCharacters("a b"));
        assertEquals(1, BodyStats.countCharacters("👍🏽"));
        assertEquals(1, BodyStats.countCharacters("👨‍👩‍👧"));
        assertEquals(2, BodyStats.countCharacters("🇩🇪🇫🇷"));
        assertEquals(2, BodyStats.countCharacters("🇩🇪🇫"));
        assertEquals(1, BodyStats.countCharacters("1️⃣"));
        assertEquals(4, BodyStats.countCharacters("שלום"));
    }

    @Test
    void document() {
        BodyDocument doc = BodyDocument.of(
                Block.of(BlockType.HEADING2, Run.plain("Big "), Run.of("news", Mark.BOLD)),
                Block.paragraph("well-"),
                Block.paragraph("known"));
        assertEquals(new BodyStats(4, 18), BodyStats.of(doc));
        assertEquals(new BodyStats(0, 0), BodyStats.of(BodyDocument.empty()));
    }

    @Test
    void wordsOfADocumentAreTheWordsOfItsStats() {
        BodyDocument doc = BodyDocument.of(
                Block.of(BlockType.HEADING2, Run.plain("Big "), Run.of("news", Mark.BOLD)),
                Block.paragraph("well-"),
                Block.paragraph("known 3.5 don’t word—word"));
        assertEquals(8, BodyStats.wordsOf(doc));
        assertEquals(BodyStats.of(doc).words(), BodyStats.wordsOf(doc));
        assertEquals(0, BodyStats.wordsOf(BodyDocument.empty()));
    }
}
