package com.copydesk.body;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinksTest {

    @Test
    void onlyWebAndMailLinksWithoutSpaces() {
        for (String ok : new String[] {"https://example.com", "http://ex.org/a?b=1&c=2#d", "HTTPS://EX.COM:8080/x",
                "mailto:desk@example.com", "mailto:a@b.c?subject=Hi", "https://ex.org/ü"}) {
            assertTrue(Links.isAllowed(ok), ok);
        }
        for (String bad : new String[] {"javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "vbscript:x", "/relative",
                "example.com", "https://", "https:///path", "https://a b", " https://a.b", "https://a.b\n", "mailto:nobody",
                "ftp://files.example.com", "https://a.b/\"onmouseover", "https://a.b/<x>", "", "http://" + "a".repeat(2100)}) {
            assertFalse(Links.isAllowed(bad), bad);
        }
    }

    @Test
    void cleanTrimsAndProblemExplains() {
        assertEquals(Optional.of("https://a.b"), Links.clean("  https://a.b \n"));
        assertEquals(Optional.empty(), Links.clean("javascript:x"));
        assertTrue(Links.problem("javascript:x").orElseThrow().contains("https://"));
        assertTrue(Links.problem("https://a b").orElseThrow().contains("spaces"));
        assertEquals(Optional.empty(), Links.problem("mailto:a@b.c"));
    }

    @Test
    void readingTimeRoundsUpAt230WordsAMinute() {
        assertEquals(0, new BodyStats(0, 0).readingMinutes());
        assertEquals(1, new BodyStats(1, 1).readingMinutes());
        assertEquals(1, new BodyStats(230, 1).readingMinutes());
        assertEquals(2, new BodyStats(231, 1).readingMinutes());
    }
}
