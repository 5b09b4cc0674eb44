package dev.lede.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Week or day bars for a timeline whose chosen date range is short, engine-neutral, so that zooming in goes on past
 * the month: a range of a few months shows weeks (each labelled by its Monday), a week or two shows days. Each engine
 * only counts the matches of each bar, a bar counting what clicking it finds.
 *
 * @param granularity "week" or "day"
 * @param starts the first day of each bar, oldest first; the last bar may end after the range
 * @param days how many days each bar lasts
 */
public record FineBars(String granularity, List<LocalDate> starts, int days) {

    public static final int MAX_DAYS_BY_DAY = 14;
    public static final int MAX_DAYS_BY_WEEK = 120;

    /** The bars from {@code from} to {@code to}; empty when the range is open, reversed or long. */
    public static Optional<FineBars> of(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS_BY_WEEK) {
            return Optional.empty();
        }
        boolean byDay = days <= MAX_DAYS_BY_DAY;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = byDay ? from : from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !start.isAfter(to);
                start = start.plusDays(byDay ? 1 : 7)) {
            starts.add(start);
        }
        return Optional.of(new FineBars(byDay ? "day" : "week", List.copyOf(starts), byDay ? 1 : 7));
    }

    public int size() {
        return starts.size();
    }

    public LocalDate start(int bar) {
        return starts.get(bar);
    }

    /** The last day of bar {@code bar}, included. */
    public LocalDate end(int bar) {
        return starts.get(bar).plusDays(days - 1L);
    }

    /** Bars are labelled by their first day ("2025-03-10"). */
    public String label(int bar) {
        return starts.get(bar).toString();
    }
}
