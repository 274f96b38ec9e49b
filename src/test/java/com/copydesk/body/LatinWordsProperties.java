package com.copydesk.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass Latin word count agrees with Java's word iterator wherever it gives a count. */
class LatinWordsProperties {

    private static final String PUNCTUATION = ".,-'\"()!?:;";
    private static final String OTHER_PUNCTUATION = "#$%&*+/<=>@[\\]^_`{|}~";

    @Property(tries = 20_000)
    void agreesWithTheWordIterator(@ForAll("latinText") String text) {
        int latin = LatinWords.count(text);
        assertThat(latin).as("text %s", text).isNotNegative();
        assertThat(latin).as("text [%s]", text).isEqualTo(BodyStats.countWordsByIterator(text));
    }

    @Property(tries = 3000)
    void prosePiecesAgreeToo(@ForAll("prose") String text) {
        assertThat(BodyStats.countWords(text)).as("text [%s]", text).isEqualTo(BodyStats.countWordsByIterator(text));
    }

    @Property(tries = 2000)
    void anyOtherCharacterIsLeftToTheIterator(@ForAll("latinText") String text, @ForAll("foreign") char other) {
        int at = text.length() / 2;
        String mixed = text.substring(0, at) + other + text.substring(at);
        assertThat(LatinWords.count(mixed)).isEqualTo(-1);
        assertThat(BodyStats.countWords(mixed)).isEqualTo(BodyStats.countWordsByIterator(mixed));
    }

    @Provide
    Arbitrary<String> latinText() {
        return Arbitraries.strings()
                .withChars("abcXYZéüßøŁ019 \t\u00A0")
                .withChars(PUNCTUATION)
                .ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> prose() {
        List<String> pieces = List.of("The", "crew's", "don't", "well-known", "1,500", "12.4", "$18,000", "U.S.",
                "e.g.", "22-year", "(Saturday)", "\"quoted\"", "'single'", "a.m.", "rock'n'roll",
                "3-2", "1.5.2", "Zoë", "Łódź", "naïve",
                "--", "...", "?!", "No.5", "co-op's", "'90s", "U.S.-based", "A1-B2", "ab1.2cd");
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\t", "\u00A0", "", ",", ".", "-", "'");
        return Arbitraries.of(pieces).list().ofMaxSize(8).flatMap(words -> separator.list().ofSize(words.size())
                .map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }

    @Provide
    Arbitrary<Character> foreign() {
        return Arbitraries.of('%', '_', '$', '&', '/', '@', '#', '\u2014', '\u2013', '\u2019', '\u00AD', '\u0301', '\u00B2', '\u00BD', 'ª', '«', '\u4E00',
                '\u0E01', '\u05D0', '\n', '\u0007', '\u00A2', '\u2028');
    }
}
