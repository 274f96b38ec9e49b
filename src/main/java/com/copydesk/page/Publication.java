package com.copydesk.page;

import java.util.Locale;
import java.util.Objects;

/** The house style a page is printed in: who publishes it and in which language. */
public record Publication(String name, String edition, String tagline, Locale locale) {

    public static final Publication DEFAULT =
            new Publication("The Copydesk Chronicle", "Metro", "Reported with care. Edited with rigor.", Locale.US);

    public Publication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(locale, "locale");
        if (name.isBlank()) {
            throw new IllegalArgumentException("publication name is blank");
        }
    }

    /** Name and edition as the masthead prints them, e.g. "The Copydesk Chronicle Metro". */
    public String masthead() {
        return edition.isBlank() ? name : name + " " + edition;
    }
}
