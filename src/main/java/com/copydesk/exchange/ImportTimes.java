package com.copydesk.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The times and dates an import takes: those in the years 0001 to 9999 (of UTC, for a time). The
 * store counts a time in milliseconds in a long, which a year of hundreds of millions overflows,
 * and RFC 3339, the date-time of ninjs and of our schema, has four-digit years, so a later time
 * would come back out as an export its schema refuses.
 */
final class ImportTimes {

    /** What a time must be, to complete a message such as "created" must be …. */
    static final String TIME_WANTED = "a date and time like 2024-05-31T09:30:00Z in the years 0001 to 9999 (UTC)";
    static final String DATE_WANTED = "a date like 2024-05-31 in the years 0001 to 9999";

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private ImportTimes() {
    }

    /** The time of an ISO-8601 date-time with an offset, or empty when it is none or outside the years. */
    static Optional<Instant> instant(String text) {
        try {
            return within(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> within(Instant time) {
        return time.isBefore(FIRST) || !time.isBefore(AFTER_LAST) ? Optional.empty() : Optional.of(time);
    }

    /** The day of an ISO-8601 date such as 2024-05-31, or empty when it is none or outside the years. */
    static Optional<LocalDate> date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
