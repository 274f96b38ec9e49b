package com.copydesk.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryRenameTest {

    @Test
    void aRenamedCategoryKeepsItsPlace() {
        assertThat(new CategoryRename("Economy", "Business").applyTo(List.of("Politics", "economy", "World")))
                .containsExactly("Politics", "Business", "World");
    }

    @Test
    void mergedIntoACategoryTheArticleHasAlreadyItKeepsThatOneWhereItIs() {
        assertThat(new CategoryRename("Economy", "World").applyTo(List.of("Economy", "Politics", "World")))
                .containsExactly("Politics", "World");
    }

    @Test
    void aNewSpellingOfTheSameNameIsARenameNotAMerge() {
        assertThat(new CategoryRename("economy", "Economy").applyTo(List.of("Politics", "economy")))
                .containsExactly("Politics", "Economy");
    }

    @Test
    void aDeletedCategoryGoesAndTheOthersStay() {
        assertThat(CategoryRename.deleted("Economy").applyTo(List.of("Economy", "Politics")))
                .containsExactly("Politics");
        assertThat(CategoryRename.deleted("Economy").applyTo(List.of("Politics"))).containsExactly("Politics");
    }
}
