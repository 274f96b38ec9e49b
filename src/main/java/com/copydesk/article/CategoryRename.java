package com.copydesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change in the category manager made of one category's name: renamed or merged into
 * {@code to}, or deleted ({@code to} null). Names are matched by {@link Category#key}.
 */
public record CategoryRename(String from, String to) {

    public CategoryRename {
        Objects.requireNonNull(from, "from");
    }

    /** The category was deleted, and no article was moved anywhere. */
    public static CategoryRename deleted(String name) {
        return new CategoryRename(name, null);
    }

    /**
     * {@code names} with {@code to} in place of {@code from}, as the store refiles an article: where
     * {@code to} is there already it stays where it is and {@code from} goes; a deleted one just goes.
     */
    public List<String> applyTo(List<String> names) {
        boolean hasTarget = to != null && !sameCategory(from, to)
                && names.stream().anyMatch(name -> sameCategory(name, to));
        List<String> renamed = new ArrayList<>(names.size());
        for (String name : names) {
            if (!sameCategory(name, from)) {
                renamed.add(name);
            } else if (to != null && !hasTarget) {
                renamed.add(to);
            }
        }
        return List.copyOf(renamed);
    }

    /** {@code article} filed as {@link #applyTo(List)} says: itself when that changes nothing; null stays null. */
    public Article applyTo(Article article) {
        if (article == null) {
            return null;
        }
        List<String> renamed = applyTo(article.categories());
        return renamed.equals(article.categories()) ? article : article.withCategories(renamed);
    }

    private static boolean sameCategory(String one, String other) {
        return Category.key(one).equals(Category.key(other));
    }
}
