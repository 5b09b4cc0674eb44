package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudExtension;
import dev.lede.TestServer;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Short publication and mentioned-date ranges through the real server on both backends over the sample articles:
 * both timelines come as week or day bars, with the same bars, labels and counts.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrFinePeriodsParityApiTest {

    private static BothBackends both;
    private static JsonNode everything;

    @BeforeAll
    static void start() throws Exception {
        both = BothBackends.sample();
        everything = both.lucene.get("/api/search?size=100").json();
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void aMonthOfPublicationShowsTheSameWeeksOnBothTimelines() throws Exception {
        YearMonth month = busiestMonth("published", "from", "to");
        JsonNode page =
                both.assertSameSearch("/api/search?size=100&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());

        assertBars(page.path("published"), "week");
    }

    @Test
    void aWeekOfPublicationShowsTheSameDays() throws Exception {
        LocalDate day = LocalDate.parse(
                everything.path("hits").get(0).path("published").asText().substring(0, 10));
        JsonNode page =
                both.assertSameSearch("/api/search?size=100&from=" + day.minusDays(3) + "&to=" + day.plusDays(3));

        assertBars(page.path("published"), "day");
        assertEquals(7, page.path("published").path("buckets").size(), page.toString());
    }

    @Test
    void shortMentionedRangesShowTheSameWeeksAndDays() throws Exception {
        YearMonth month = busiestMonth("mentioned", "mentionedFrom", "mentionedTo");
        JsonNode weeks = both.assertSameSearch(
                "/api/search?size=100&mentionedFrom=" + month.atDay(1) + "&mentionedTo=" + month.atEndOfMonth());
        JsonNode days = both.assertSameSearch(
                "/api/search?size=100&mentionedFrom=" + month.atDay(1) + "&mentionedTo=" + month.atDay(10));

        assertBars(weeks.path("mentioned"), "week");
        assertEquals("day", days.path("mentioned").path("granularity").asText(), days.toString());
        assertEquals(10, days.path("mentioned").path("buckets").size(), days.toString());
    }

    @Test
    void fineBarsCountTheSameUnderOtherFiltersAndMultiSelect() throws Exception {
        YearMonth month = busiestMonth("published", "from", "to");
        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() + "&mentionedFrom=" + month.atDay(1)
                + "&mentionedTo=" + month.atDay(20);
        String place =
                everything.path("facets").path("places").get(0).path("value").asText();
        both.assertSameSearch("/api/search?size=100&" + range + "&q=" + TestServer.encode("rains OR tram"));
        both.assertSameSearch("/api/search?size=100&" + range + "&exclude=" + TestServer.encode("place:" + place));
        both.assertSameSearch("/api/search?size=100&multiSelect=true&" + range);
        both.assertSameSearch("/api/search?size=100&multiSelect=true&" + range + "&place=" + TestServer.encode(place));
        both.assertSameSearch("/api/search?size=100&" + range + "&histogramUnit=day");
        both.assertSameSearch("/api/search?size=0&from=2024-01-01&to=2024-04-29&q=zzzqxnothing");
    }

    /** A bar for every week or day of the range, labelled by its first day, some of them counting matches. */
    private static void assertBars(JsonNode timeline, String granularity) {
        assertEquals(granularity, timeline.path("granularity").asText(), timeline.toString());
        long counted = 0;
        for (JsonNode bar : timeline.path("buckets")) {
            LocalDate.parse(bar.path("value").asText());
            counted += bar.path("count").asLong();
        }
        assertTrue(counted > 0, "the bars count matches: " + timeline);
    }

    /** The month of a timeline's busiest year whose own range counts the most matches on that timeline. */
    private static YearMonth busiestMonth(String timeline, String fromParameter, String toParameter) throws Exception {
        JsonNode top = everything.path(timeline).path("buckets").get(0);
        for (JsonNode bar : everything.path(timeline).path("buckets")) {
            if (bar.path("count").asLong() > top.path("count").asLong()) {
                top = bar;
            }
        }
        int year = Integer.parseInt(top.path("value").asText().substring(0, 4));
        YearMonth busiest = null;
        long most = -1;
        for (YearMonth month = YearMonth.of(year, 1); month.getYear() == year; month = month.plusMonths(1)) {
            JsonNode page = both.lucene
                    .get("/api/search?size=0&" + fromParameter + "=" + month.atDay(1) + "&" + toParameter + "="
                            + month.atEndOfMonth())
                    .json();
            long counted = 0;
            for (JsonNode bar : page.path(timeline).path("buckets")) {
                counted += bar.path("count").asLong();
            }
            if (counted > most) {
                busiest = month;
                most = counted;
            }
        }
        return busiest;
    }
}
