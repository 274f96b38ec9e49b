package com.copydesk.page;

import com.copydesk.article.Category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The house style a page is printed in: who publishes it, in which language, in which accent
 * color, and (optionally) the line of sections the masthead lists and a logo over the name.
 * {@code logo} is null when the publication has none.
 */
public record Publication(String name, String edition, String tagline, Locale locale,
                          String accentColor, List<String> sections, Logo logo) {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The accent of the shipped stylesheet: a dark red, 7.5:1 on the page's paper. */
    public static final String DEFAULT_ACCENT = "#9b1c1c";

    public static final Publication DEFAULT =
            new Publication("The Copydesk Chronicle", "Metro", "Reported with care. Edited with rigor.", Locale.US);

    /** The most sections a navigation line holds; more would not fit on a phone. */
    public static final int MAX_SECTIONS = 12;

    public Publication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(tagline, "tagline");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(accentColor, "accentColor");
        Objects.requireNonNull(sections, "sections");
        if (name.isBlank()) {
            throw new IllegalArgumentException("publication name is blank");
        }
        if (!HEX_COLOR.matcher(accentColor).matches()) {
            throw new IllegalArgumentException("accent color \"" + accentColor + "\" is not a color like #9b1c1c");
        }
        accentColor = accentColor.toLowerCase(Locale.ROOT);
        sections = cleanSections(sections);
    }

    /** A publication without a logo. */
    public Publication(String name, String edition, String tagline, Locale locale,
                       String accentColor, List<String> sections) {
        this(name, edition, tagline, locale, accentColor, sections, null);
    }

    /** A publication in the default accent color without a navigation line. */
    public Publication(String name, String edition, String tagline, Locale locale) {
        this(name, edition, tagline, locale, DEFAULT_ACCENT, List.of());
    }

    /** Name and edition as the masthead prints them, e.g. "The Copydesk Chronicle Metro". */
    public String masthead() {
        return edition.isBlank() ? name : name + " " + edition;
    }

    public Publication withAccentColor(String color) {
        return new Publication(name, edition, tagline, locale, color, sections, logo);
    }

    public Publication withSections(List<String> names) {
        return new Publication(name, edition, tagline, locale, accentColor, names, logo);
    }

    /** The same publication with {@code image} as its logo, or without a logo when it is null. */
    public Publication withLogo(Logo image) {
        return new Publication(name, edition, tagline, locale, accentColor, sections, image);
    }

    public Optional<Logo> optionalLogo() {
        return Optional.ofNullable(logo);
    }

    /** True for a color written {@code #rrggbb}, the only form the accent color takes. */
    public static boolean isHexColor(String text) {
        return text != null && HEX_COLOR.matcher(text).matches();
    }

    /**
     * Contrast ratio (WCAG 2) of {@code hexColor} against the page's paper, from 1 (invisible)
     * to 21. Accent text needs at least 4.5.
     */
    public static double contrastOnPaper(String hexColor) {
        if (!isHexColor(hexColor)) {
            throw new IllegalArgumentException("not a color like #9b1c1c: " + hexColor);
        }
        double accent = luminance(Integer.parseInt(hexColor.substring(1), 16));
        double paper = luminance(0xfdfcf8);
        return (Math.max(accent, paper) + 0.05) / (Math.min(accent, paper) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * Strips each name and drops blank names and repeats, keeping the order. A repeat is a name that
     * is the same section as an earlier one ignoring case, as categories are ({@link Category#key}):
     * the first spelling is kept.
     */
    private static List<String> cleanSections(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String section : names) {
            Objects.requireNonNull(section, "section");
            String stripped = section.strip();
            if (stripped.indexOf('\n') >= 0 || stripped.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("section \"" + stripped + "\" holds a line break");
            }
            if (!stripped.isEmpty()) {
                byKey.putIfAbsent(Category.key(stripped), stripped);
            }
        }
        if (byKey.size() > MAX_SECTIONS) {
            throw new IllegalArgumentException("at most " + MAX_SECTIONS + " sections fit the navigation line, not " + byKey.size());
        }
        return List.copyOf(byKey.values());
    }
}
