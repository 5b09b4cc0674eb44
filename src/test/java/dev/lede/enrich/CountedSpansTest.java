package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountedSpansTest {

    private static final LocalDate PUBLISHED = LocalDate.of(1987, 4, 1);

    private static Optional<String> from(String words, String anchor) {
        return CountedSpans.of(words).orElseThrow().countedFrom(anchor);
    }

    @Test
    void aSpanOfYearsNamesTheYearCountedFromItsAnchor() {
        assertEquals(Optional.of("1985"), from("a year earlier", "1986-09"));
        assertEquals(Optional.of("1987"), from("the year before", "1988-03-31"));
        assertEquals(Optional.of("1983"), from("two years earlier", "1985"));
        assertEquals(Optional.of("1988"), from("two years later", "1986"));
        assertEquals(Optional.of("1986"), from("a year on", "1985"));
        assertEquals(Optional.of("1977"), from("10 years before", "1987"));
    }

    @Test
    void aSpanOfMonthsNamesTheMonthButNotFromAYearAlone() {
        assertEquals(Optional.of("1986-08"), from("six months earlier", "1987-02"));
        assertEquals(Optional.of("1987-01"), from("the month before", "1987-02-28"));
        assertEquals(Optional.of("1988-09"), from("18 months later", "1987-03"));
        assertEquals(Optional.empty(), from("six months earlier", "1986"));
    }

    @Test
    void theYearAgoAndTheYearEarlierCountOneYearWhereSutimeCountsNone() {
        assertEquals(
                Optional.of("1986"),
                CountedSpans.of("the year ago").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.of("1986"),
                CountedSpans.of("the same year ago").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.of("1986"), CountedSpans.of("year-ago").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.of("1987-03"),
                CountedSpans.of("the month earlier").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.of("1985"),
                CountedSpans.of("nearly two years ago").orElseThrow().countedFrom(PUBLISHED));
    }

    @Test
    void agoAndHenceCountFromTheWritingTheOthersFromATimeNamed() {
        assertTrue(CountedSpans.of("a year ago").orElseThrow().fromWriting());
        assertTrue(CountedSpans.of("two years hence").orElseThrow().fromWriting());
        assertFalse(CountedSpans.of("a year earlier").orElseThrow().fromWriting());
        assertFalse(CountedSpans.of("six months after").orElseThrow().fromWriting());
    }

    @Test
    void aVagueCountNamesNoYearOrMonth() {
        assertEquals(
                Optional.empty(),
                CountedSpans.of("several years ago").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.empty(),
                CountedSpans.of("a few months ago").orElseThrow().countedFrom(PUBLISHED));
        assertEquals(
                Optional.empty(), CountedSpans.of("years ago").orElseThrow().countedFrom(PUBLISHED));
    }

    @Test
    void wordsThatAreMoreThanASpanAreNone() {
        assertEquals(Optional.empty(), CountedSpans.of("February a year ago"));
        assertEquals(Optional.empty(), CountedSpans.of("earlier this year"));
        assertEquals(Optional.empty(), CountedSpans.of("two weeks ago"));
        assertEquals(Optional.empty(), CountedSpans.of("March 6, 1986"));
    }

    @Test
    void aDirectionJoinedByAHyphenBelongsToTheSpanAndARateIsNoSpan() {
        String text = "above the year-ago level, from a year-earlier 3 mln, the year-end, the year-on-year rise";
        assertEquals("the year-ago", joined(text, "the year"));
        assertEquals("a year-earlier", joined(text, "a year"));
        assertEquals("the year", joined(text.substring(text.indexOf("the year-end")), "the year"));
        assertTrue(CountedSpans.isARate(text, text.indexOf("-on-year")));
        assertFalse(CountedSpans.isARate(text, text.indexOf("-ago")));
        assertEquals(
                Optional.of("1986"),
                CountedSpans.of("the year-ago").orElseThrow().countedFrom(PUBLISHED));
    }

    @Test
    void thePreviousYearOrMonthCountsOneBackFromItsAnchor() {
        assertEquals(Optional.of("1985"), from("the previous year", "1986-09"));
        assertEquals(Optional.of("1987-01"), from("the preceding month", "1987-02"));
        assertFalse(CountedSpans.of("the prior year").orElseThrow().fromWriting());
    }

    @Test
    void aSpanReachingUpToTheWritingOrOnFromItIsALengthOfTime() {
        assertTrue(CountedSpans.reachesTheWriting("the past year"));
        assertTrue(CountedSpans.reachesTheWriting("the last  month"));
        assertTrue(CountedSpans.reachesTheWriting("the next year"));
        assertTrue(CountedSpans.reachesTheWriting("The coming month"));
        assertFalse(CountedSpans.reachesTheWriting("next year"));
        assertFalse(CountedSpans.reachesTheWriting("last year"));
        assertFalse(CountedSpans.reachesTheWriting("last month"));
        assertFalse(CountedSpans.reachesTheWriting("the year"));
    }

    private static String joined(String text, String words) {
        int end = text.indexOf(words) + words.length();
        return CountedSpans.withJoinedDirection(words, text, end);
    }
}
