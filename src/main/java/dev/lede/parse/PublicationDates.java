package dev.lede.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lenient reading of publication dates as sources write them. A value without a zone is taken as UTC, a date without
 * a time as midnight UTC.
 */
public final class PublicationDates {

    // ISO date-time; the offset may be written +01:00, +0100, +01 or Z, and a [Region/Id] may follow.
    private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .optionalStart()
            .appendLiteral('[')
            .appendZoneRegionId()
            .appendLiteral(']')
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    // RFC 1123 / RFC 822 as in feeds and HTTP headers, after the weekday is cut off: it is often wrong in the wild.
    private static final DateTimeFormatter RFC_1123_WITHOUT_WEEKDAY = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
            .appendPattern(" HH:mm[:ss] ")
            .appendOffset("+HHMM", "GMT")
            .toFormatter(Locale.ENGLISH);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d{2}:.*)");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^[A-Za-z]{2,9},?\\s+");
    private static final Pattern UTC_NAME = Pattern.compile("\\s+(?:GMT|UTC|UT|Z)$", Pattern.CASE_INSENSITIVE);

    private PublicationDates() {}

    /**
     * The instant the value names, or {@code null} when it is blank or in no form read here. Reads {@code 2024-03-05},
     * {@code 2024-03-05T09:30:00Z}, {@code 2024-03-05T10:30:00+01:00}, {@code 2024-03-05 09:30:00} and
     * {@code Tue, 5 Mar 2024 09:30:00 GMT}.
     */
    public static Instant parse(String value) {
        String text = PlainText.oneLine(value);
        if (text == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (ISO_DATE.matcher(text).lookingAt()) {
                return parseIso(DATE_SPACE_TIME.matcher(text).replaceFirst("$1T$2"));
            }
            return parseRfc1123(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseIso(String text) {
        TemporalAccessor parsed =
                ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        return switch (parsed) {
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            default -> throw new DateTimeParseException("unexpected date form", text, 0);
        };
    }

    private static Instant parseRfc1123(String text) {
        String withoutWeekday = LEADING_WEEKDAY.matcher(text).replaceFirst("");
        String numericZone = UTC_NAME.matcher(withoutWeekday).replaceFirst(" +0000");
        return ZonedDateTime.parse(numericZone, RFC_1123_WITHOUT_WEEKDAY).toInstant();
    }
}
