package dev.lede.model;

import java.util.Objects;

/**
 * A calendar date mentioned in an article's text, normalized to ISO-8601 at the precision the text gives.
 *
 * @param value {@code 2025}, {@code 2025-02} or {@code 2025-02-14}
 * @param text the words in the article that name it, e.g. "on Friday" or "February 14"
 */
public record MentionedDate(String value, String text) {

    public MentionedDate {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("not an ISO year, month or day: " + value);
        }
    }

    public DatePrecision precision() {
        return switch (value.length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }

    public enum DatePrecision {
        YEAR,
        MONTH,
        DAY
    }
}
