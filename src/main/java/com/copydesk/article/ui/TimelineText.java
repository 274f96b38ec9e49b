package com.copydesk.article.ui;

import com.copydesk.article.StatusChange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One line of an article's timeline as the user reads it. */
final class TimelineText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private TimelineText() {
    }

    /** E.g. "25 Nov 2026, 14:20 · Jon Berg: Request changes (In review → Changes requested) — “Second source?”". */
    static String describe(StatusChange change, ZoneId zone) {
        StringBuilder line = new StringBuilder();
        line.append(WHEN.format(change.when().atZone(zone))).append(" · ").append(change.who()).append(": ");
        if (change.isCorrection()) {
            line.append("Correction — ");
        }
        line.append(change.action().label())
                .append(" (").append(change.from().label()).append(" → ").append(change.to().label()).append(')');
        if (!change.note().isEmpty()) {
            line.append(" — “").append(change.note()).append('”');
        }
        return line.toString();
    }
}
