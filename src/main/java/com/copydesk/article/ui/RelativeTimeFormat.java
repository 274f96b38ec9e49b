package com.copydesk.article.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Last-modified times as a list shows them: a time for today, a date otherwise. */
final class RelativeTimeFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Clock clock;

    RelativeTimeFormat(Clock clock) {
        this.clock = clock;
    }

    String format(Instant instant) {
        ZonedDateTime when = instant.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (when.toLocalDate().equals(today)) {
            return "Today " + TIME.format(when);
        }
        if (when.toLocalDate().equals(today.minusDays(1))) {
            return "Yesterday " + TIME.format(when);
        }
        return DATE.format(when);
    }
}
