package dev.lede.search;

import dev.lede.model.DateHistogram;
import dev.lede.model.FacetValue;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bars of a publication histogram whose bounds or unit the request chose, engine-neutral: the request's bounds
 * (else the matches' first and last day), the unit (chosen, else months up to three years and years beyond), each
 * period's first day and label, and every period between the bounds filled in. Each engine only counts the matches
 * by period.
 *
 * @param first the first day shown, {@code null} when no match has a date
 * @param last the last day shown, {@code null} when no match has a date
 * @param chosen whether the request chose the unit, so that too many bars is its mistake to hear about
 */
public record HistogramPeriods(LocalDate first, LocalDate last, HistogramUnit unit, boolean chosen) {

    /** A histogram is a picture: beyond this many bars the caller wants a coarser unit or narrower bounds. */
    public static final int MAX_BUCKETS = 1_000;
    /** Without a unit, a span of more years than this is shown by year, else by month, as the default timeline. */
    private static final int MAX_YEARS_FOR_MONTHS = 3;

    /**
     * The periods of {@code request}'s histogram over matches published from {@code firstMatch} to {@code lastMatch}.
     *
     * @throws InvalidSearchException when the request's unit would make more than {@link #MAX_BUCKETS} bars
     */
    public static HistogramPeriods of(SearchRequest request, LocalDate firstMatch, LocalDate lastMatch) {
        LocalDate first = request.histogramFrom() != null ? request.histogramFrom() : firstMatch;
        LocalDate last = request.histogramTo() != null ? request.histogramTo() : lastMatch;
        HistogramUnit unit = request.histogramUnit() != null ? request.histogramUnit() : automaticUnit(first, last);
        HistogramPeriods periods = new HistogramPeriods(first, last, unit, request.histogramUnit() != null);
        if (periods.chosen && periods.count() > MAX_BUCKETS) {
            throw new InvalidSearchException(
                    "histogramUnit",
                    "the publication histogram would have " + periods.count() + " " + unit.label() + "s; at most "
                            + MAX_BUCKETS + " are shown: choose a coarser histogramUnit or narrow histogramFrom/"
                            + "histogramTo");
        }
        return periods;
    }

    private static HistogramUnit automaticUnit(LocalDate first, LocalDate last) {
        return first != null && last != null && last.getYear() - first.getYear() + 1 > MAX_YEARS_FOR_MONTHS
                ? HistogramUnit.YEAR
                : HistogramUnit.MONTH;
    }

    /** Whether no match has a date, so there is nothing to show. */
    public boolean isEmpty() {
        return first == null || last == null;
    }

    /** How many periods lie between the bounds, both included; 0 when empty. */
    public long count() {
        return isEmpty() ? 0 : periodsBetween(start(first), start(last)) + 1;
    }

    /** The first day of the period {@code day} falls in (weeks start on Monday). */
    public LocalDate start(LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one starting on {@code period}. */
    public LocalDate next(LocalDate period) {
        return switch (unit) {
            case DAY -> period.plusDays(1);
            case WEEK -> period.plusWeeks(1);
            case MONTH -> period.plusMonths(1);
            case YEAR -> period.plusYears(1);
        };
    }

    /**
     * The histogram of {@code counts} (keyed by each period's first day): every period between the bounds, or only
     * the counted ones when an unchosen unit would make too many bars.
     */
    public DateHistogram histogram(Map<LocalDate, Long> counts) {
        if (isEmpty()) {
            return new DateHistogram(unit.label(), List.of());
        }
        if (count() > MAX_BUCKETS) {
            // A stray date centuries off (a misread year) must not cost the default timeline its bars.
            return new DateHistogram(
                    unit.label(),
                    new TreeMap<>(counts)
                            .entrySet().stream()
                                    .map(bucket -> new FacetValue(label(bucket.getKey()), bucket.getValue()))
                                    .toList());
        }
        List<FacetValue> values = new ArrayList<>((int) count());
        for (LocalDate period = start(first); !period.isAfter(start(last)); period = next(period)) {
            values.add(new FacetValue(label(period), counts.getOrDefault(period, 0L)));
        }
        return new DateHistogram(unit.label(), values);
    }

    private long periodsBetween(LocalDate from, LocalDate to) {
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
            case YEAR -> ChronoUnit.YEARS.between(from, to);
        };
    }

    /** Days and weeks by their first day ("2025-03-10"), months as "2025-03", years as "2025". */
    private String label(LocalDate period) {
        return switch (unit) {
            case DAY, WEEK -> period.toString();
            case MONTH -> period.toString().substring(0, 7);
            case YEAR -> Integer.toString(period.getYear());
        };
    }
}
