package dev.lede.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date mentioned in an article's text, normalized to ISO-8601 at the precision the text gives.
 *
 * @param value {@code 2025}, {@code 2025-02} or {@code 2025-02-14}
 * @param text the words in the article that name it, e.g. "on Friday" or "February 14"
 * @param precision whether it names a day, a month or a year; always derived from {@code value}
 */
public record MentionedDate(String value, String text, DatePrecision precision) {

    public MentionedDate {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO year, month or day: " + value);
        }
        precision = switch (value.length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }

    public MentionedDate(String value, String text) {
        this(value, text, null);
    }

    /** The first day the mentioned period covers: the day itself, or the first of its month or year. */
    public LocalDate firstDay() {
        return switch (precision()) {
            case YEAR -> Year.parse(value).atDay(1);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case DAY -> LocalDate.parse(value);
        };
    }

    /** The last day the mentioned period covers. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> Year.parse(value).atMonth(12).atEndOfMonth();
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case DAY -> LocalDate.parse(value);
        };
    }

    public enum DatePrecision {
        YEAR,
        MONTH,
        DAY
    }
}
