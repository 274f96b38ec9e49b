package com.copydesk.body;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits keep an anchor over the same text, or detach it once none of that text is left.
 * The oracle tags each character of the span and carries the tags through the edits: a character
 * typed is part of the span only when both its neighbours are.
 */
class TextAnchorProperties {

    /** An edit as seeds, fitted to the text's length when applied. */
    record Edit(int positionSeed, int removedSeed, String inserted) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> inserted = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars("ab\n ").ofMinLength(1).ofMaxLength(5)));
        Arbitrary<Integer> removed = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(5, 30)));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), removed, inserted).as(Edit::new)
                .list().ofMaxSize(25);
    }

    @Property(tries = 2000)
    void editsKeepTheAnchorOverItsOwnTextOrDetachIt(
            @ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.constraints.Chars({'x', 'y', '\n'}) Character> start,
            @ForAll @IntRange(min = 0, max = 1000) int spanSeed, @ForAll @IntRange(min = 1, max = 12) int spanLength,
            @ForAll("edits") List<Edit> edits) {
        List<Character> text = new ArrayList<>(start);
        int from = spanSeed % text.size();
        int to = Math.min(text.size(), from + spanLength);
        List<Boolean> inSpan = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            inSpan.add(i >= from && i < to);
        }
        Optional<TextAnchor> anchor = Optional.of(new TextAnchor(from, to));

        for (Edit edit : edits) {
            int position = edit.positionSeed() % (text.size() + 1);
            int removed = Math.min(edit.removedSeed(), text.size() - position);
            boolean tagged = position > 0 && position + removed < text.size()
                    && inSpan.get(position - 1) && inSpan.get(position + removed);
            for (int i = 0; i < removed; i++) {
                text.remove(position);
                inSpan.remove(position);
            }
            for (int i = 0; i < edit.inserted().length(); i++) {
                text.add(position + i, edit.inserted().charAt(i));
                inSpan.add(position + i, tagged);
            }
            boolean wasDetached = anchor.isEmpty();
            anchor = anchor.flatMap(a -> a.afterEdit(position, removed, edit.inserted().length()));
            assertThat(wasDetached && anchor.isPresent()).as("a detached anchor stays detached").isFalse();

            int first = inSpan.indexOf(true);
            if (first < 0) {
                assertThat(anchor).as("nothing of the span is left").isEmpty();
            } else {
                int last = inSpan.lastIndexOf(true);
                assertThat(anchor).contains(new TextAnchor(first, last + 1));
                assertThat(inSpan.subList(first, last + 1)).as("the span stays in one piece").doesNotContain(false);
            }
        }
    }
}
