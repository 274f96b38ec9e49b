package com.copydesk.body;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextSearchTest {

    private static List<TextSearch.Match> find(String query, boolean matchCase, boolean wholeWord, String text) {
        return new TextSearch(query, matchCase, wholeWord).findAll(text);
    }

    @Test
    void findsLiterallyIgnoringCaseByDefault() {
        assertEquals(List.of(new TextSearch.Match(0, 3), new TextSearch.Match(8, 11), new TextSearch.Match(16, 19)),
                find("cat", false, false, "Cat and cat, concat"));
        assertEquals(List.of(new TextSearch.Match(8, 11), new TextSearch.Match(16, 19)), find("cat", true, false, "Cat and cat, concat"));
        assertEquals(List.of(new TextSearch.Match(4, 7)), find("a.b", false, false, "axb a.b"));
        assertEquals(List.of(), find("", false, false, "anything"));
    }

    @Test
    void wholeWordNeedsNonWordCharactersAround() {
        assertEquals(List.of(new TextSearch.Match(0, 3), new TextSearch.Match(8, 11)), find("cat", false, true, "Cat and cat, concat cats"));
        assertEquals(List.of(new TextSearch.Match(6, 10)), find("café", false, true, "cafés café"));
        assertEquals(List.of(new TextSearch.Match(0, 2), new TextSearch.Match(4, 6)), find("aa", false, false, "aaa aa"));
    }
}
