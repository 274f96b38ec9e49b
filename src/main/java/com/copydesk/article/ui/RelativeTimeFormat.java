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

    /**
     * Formats a date and a time once on a daemon thread. The first format in a run loads
     * java.time's formatting classes and this locale's month and day names, which held the FX
     * thread for 0.3–0.6 s in the first list row that showed a date (issue #8); both are safe to
     * load on any thread, and a row formatted meanwhile only waits for what is still loading.
     */
    static void loadLocaleDataInBackground(Clock clock) {
        Thread thread = new Thread(() -> {
            RelativeTimeFormat format = new RelativeTimeFormat(clock);
            format.format(clock.instant());
            format.format(clock.instant().minus(java.time.Duration.ofDays(400)));
        }, "copydesk-time-format-warm-up");
        thread.setDaemon(true);
        thread.start();
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
