package io.rdpdoctor.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Reads the times fact files hold (ISO-8601 dates and date-times, with or without an offset;
 * Get-HotFix's US "6/9/2024 12:00:00 AM"; the German/Dutch "9.6.2024") and compares them, so that
 * rules can ask "was this update installed shortly before the failure?". An unreadable time gives
 * null (unknown), never a guess. Offsets are dropped: times are compared as the host's local time.
 */
public final class Timestamps {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.US),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US),
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT));

    private Timestamps() {
    }

    /** The time as a local date-time (a date alone: its midnight), or null when it cannot be read. */
    public static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.trim();
        try {
            return OffsetDateTime.parse(s).toLocalDateTime();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f).atStartOfDay();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }

    /** Whole calendar days from the date of {@code earlier} to the date of {@code later}; null when either is unreadable. */
    /** Whether the time lies on or after the day (yyyy-MM-dd); false when it cannot be read. */
    public static boolean onOrAfter(String text, String isoDay) {
        LocalDateTime t = parse(text);
        return t != null && !t.toLocalDate().isBefore(LocalDate.parse(isoDay));
    }

    /** Whether the time lies before the day (yyyy-MM-dd); false when it cannot be read. */
    public static boolean before(String text, String isoDay) {
        LocalDateTime t = parse(text);
        return t != null && t.toLocalDate().isBefore(LocalDate.parse(isoDay));
    }

    public static Long daysFromTo(String earlier, String later) {
        LocalDateTime a = parse(earlier);
        LocalDateTime b = parse(later);
        if (a == null || b == null) return null;
        return ChronoUnit.DAYS.between(a.toLocalDate(), b.toLocalDate());
    }

    /** Whether {@code later} falls on the day of {@code earlier} or at most {@code maxDays} days after it. */
    public static boolean withinDaysAfter(String earlier, String later, int maxDays) {
        Long d = daysFromTo(earlier, later);
        return d != null && d >= 0 && d <= maxDays;
    }

    /** Minutes from {@code a} to {@code b} (negative when b is earlier); null when either is unreadable. */
    public static Long minutesFromTo(String a, String b) {
        LocalDateTime x = parse(a);
        LocalDateTime y = parse(b);
        if (x == null || y == null) return null;
        return ChronoUnit.MINUTES.between(x, y);
    }

    /** Whether two times lie at most {@code minutes} apart. */
    public static boolean near(String a, String b, int minutes) {
        Long m = minutesFromTo(a, b);
        return m != null && Math.abs(m) <= minutes;
    }
}
