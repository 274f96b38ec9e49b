package com.copydesk.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    private static final char ON = com.copydesk.article.ArticleSummary.HIGHLIGHT_START;
    private static final char OFF = com.copydesk.article.ArticleSummary.HIGHLIGHT_END;

    private static String snippet(String typed, String... columns) {
        return Snippets.forTerms(SearchQuery.terms(typed)).of(List.of(columns));
    }

    @Test
    void marksTheWordsThatStartWithTheLastTypedWord() {
        assertThat(snippet("counc", "", "", "", "The council met. A councillor spoke; the county slept."))
                .isEqualTo("The " + ON + "council" + OFF + " met. A " + ON + "councillor" + OFF
                        + " spoke; the county slept.");
    }

    @Test
    void earlierWordsMatchOnlyWhole() {
        assertThat(snippet("city counc", "", "", "", "A citywide city council"))
                .isEqualTo("A citywide " + ON + "city" + OFF + " " + ON + "council" + OFF);
    }

    @Test
    void caseAndDiacriticsAreFoldedAsTheIndexFoldsThem() {
        assertThat(snippet("cafe sao", "", "", "", "Le CAFÉ de São Paulo"))
                .isEqualTo("Le " + ON + "CAFÉ" + OFF + " de " + ON + "São" + OFF + " Paulo");
    }

    @Test
    void aLongTextIsCutToAWindowAroundTheMatchesWithEllipses() {
        String before = "one two three four five six seven eight nine ten eleven twelve ";
        String after = " alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi";
        String found = snippet("budget", "", "", "", before + "the budget passed" + after);

        assertThat(found).startsWith("…").endsWith("…").contains(ON + "budget" + OFF);
        assertThat(Snippets.tokens(found)).hasSize(Snippets.WORDS);
    }

    @Test
    void theColumnWithTheMostMatchesIsShown() {
        assertThat(snippet("tulip", "Spring", "Tulips", "", "Tulips and more tulips"))
                .isEqualTo(ON + "Tulips" + OFF + " and more " + ON + "tulips" + OFF);
    }

    @Test
    void aSingleLetterIsAWholeWordNotAPrefix() {
        assertThat(SearchQuery.fts("c")).contains("\"c\"");
        assertThat(SearchQuery.fts("co")).contains("\"co\" *");
        assertThat(SearchQuery.fts("mayor r")).contains("\"mayor\" \"r\"");
        assertThat(snippet("c", "", "", "", "Vitamin C and citrus"))
                .isEqualTo("Vitamin " + ON + "C" + OFF + " and citrus");
    }

    @Test
    void wordsAreSplitAsTheIndexSplitsThemBeyondAscii() {
        String text = "a\uD83D\uDE00b\uD835\uDC00c d-\u00E9t\u00E9 \uE000x 1\u00BD";

        assertThat(Snippets.tokens(text).stream().map(token -> text.substring(token.start(), token.end())))
                .containsExactly("a", "b\uD835\uDC00c", "d", "\u00E9t\u00E9", "\uE000x", "1\u00BD");
        assertThat(snippet("ete", "", "", "", text)).contains(ON + "\u00E9t\u00E9" + OFF);
    }

    @Test
    void noMatchGivesNoSnippet() {
        assertThat(snippet("budget", "Headline", "", "", "Nothing here")).isEmpty();
    }
}
