package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.DateHistogram;
import dev.lede.model.FacetValue;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine-neutral periods of a chosen publication histogram: bounds, unit, labels, filling and the bar limit. */
class HistogramPeriodsTest {

    @Test
    void weeksStartOnMondayAndEveryWeekBetweenTheBoundsIsShown() {
        SearchRequest request = SearchRequest.builder()
                .histogram(LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-20"), HistogramUnit.WEEK)
                .build();
        HistogramPeriods periods = HistogramPeriods.of(request, null, null);

        DateHistogram weeks = periods.histogram(Map.of(LocalDate.parse("2025-03-10"), 4L));

        assertEquals("week", weeks.granularity());
        assertEquals(
                List.of(
                        new FacetValue("2025-03-03", 0),
                        new FacetValue("2025-03-10", 4),
                        new FacetValue("2025-03-17", 0)),
                weeks.buckets());
    }

    @Test
    void withoutAUnitTheMatchesSpanChoosesMonthsOrYears() {
        SearchRequest request = SearchRequest.builder().build();

        assertEquals(
                HistogramUnit.MONTH,
                HistogramPeriods.of(request, LocalDate.parse("2023-01-24"), LocalDate.parse("2025-10-28"))
                        .unit());
        assertEquals(
                HistogramUnit.YEAR,
                HistogramPeriods.of(request, LocalDate.parse("2022-12-31"), LocalDate.parse("2025-01-01"))
                        .unit());
        assertTrue(HistogramPeriods.of(request, null, null)
                .histogram(Map.of())
                .buckets()
                .isEmpty());
    }

    @Test
    void aStrayCenturiesOffShowsOnlyTheCountedYearsUnlessTheUnitWasChosen() {
        LocalDate stray = LocalDate.parse("0204-06-01");
        LocalDate recent = LocalDate.parse("2024-06-01");
        DateHistogram years = HistogramPeriods.of(SearchRequest.builder().build(), stray, recent)
                .histogram(Map.of(LocalDate.parse("0204-01-01"), 1L, LocalDate.parse("2024-01-01"), 9L));

        assertEquals(2, years.buckets().size(), years.toString());

        SearchRequest chosen = SearchRequest.builder()
                .histogram(null, null, HistogramUnit.YEAR)
                .build();
        InvalidSearchException tooMany =
                assertThrows(InvalidSearchException.class, () -> HistogramPeriods.of(chosen, stray, recent));
        assertTrue(tooMany.getMessage().contains("1821 years"), tooMany.getMessage());
    }
}
