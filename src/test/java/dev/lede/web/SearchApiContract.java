package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: the sample articles indexed with the real NLP models into each {@link ApiBackend}, served by the real
 * HTTP server, asked over HTTP; expectations come from the hand-written ground truth about the sample data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchApiContract {

    private SampleIndex sample;
    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void start() throws Exception {
        sample = SampleIndex.get();
        server = backend().sample().serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void everySampleArticleIsIndexed() throws Exception {
        JsonNode all = search("");
        assertEquals(sample.truth.get("articleCount").asInt(), all.get("total").asInt());
        assertEquals(
                all.get("total").asInt(),
                server.get("/api/health").json().get("articles").asInt());
    }

    @Test
    void aKeywordFindsExactlyTheArticlesContainingItWithTheMatchHighlighted() throws Exception {
        for (String keyword : fieldNames(sample.truth.get("keywordTitles"))) {
            JsonNode result = search("q=" + encode(keyword) + "&size=100");
            assertEquals(Set.copyOf(sample.titles("keywordTitles", keyword)), titles(result), keyword);
            for (JsonNode hit : result.get("hits")) {
                assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
            }
        }
    }

    @Test
    void aFilterOrAnExclusionTypedInAnotherCaseMeansTheIndexedValue() throws Exception {
        long all = search("size=0").get("total").asLong();
        JsonNode person = search("size=0").get("facets").get("people").get(0);
        String typed = person.get("value").asText().toLowerCase(java.util.Locale.ROOT);
        long count = person.get("count").asLong();
        assertTrue(!typed.equals(person.get("value").asText()) && count > 0, person.toString());

        assertEquals(
                count,
                search("person=" + encode(typed) + "&size=0").get("total").asLong());
        assertEquals(
                all - count,
                search("exclude=" + encode("person:" + typed) + "&size=0")
                        .get("total")
                        .asLong());
    }

    @Test
    void aQueryOfOnlyExclusionsFindsEveryArticleButThose() throws Exception {
        long all = search("size=0").get("total").asLong();
        long withTram = search("q=tram&size=0").get("total").asLong();
        assertTrue(withTram > 0 && withTram < all, withTram + " of " + all);

        assertEquals(
                all - withTram,
                search("q=" + encode("-tram") + "&size=0").get("total").asLong());
        assertEquals(
                all - withTram,
                search("q=" + encode("NOT tram") + "&size=0").get("total").asLong());
        long water = search("q=water&size=0").get("total").asLong();
        long waterAndTram =
                search("q=" + encode("water tram") + "&size=0").get("total").asLong();
        assertEquals(
                water - waterAndTram,
                search("q=" + encode("water AND (-tram)") + "&size=0")
                        .get("total")
                        .asLong());
    }

    /** {@code tram~} strayed two edits, to "than" and "farm"; a short word now strays one unless told otherwise. */
    @Test
    void aShortFuzzyWordStraysOneEditUnlessTheQuerySaysHowFar() throws Exception {
        long bare = search("q=" + encode("tram~") + "&size=0").get("total").asLong();
        long oneEdit = search("q=" + encode("tram~1") + "&size=0").get("total").asLong();
        long twoEdits = search("q=" + encode("tram~2") + "&size=0").get("total").asLong();

        assertEquals(oneEdit, bare);
        assertTrue(twoEdits > oneEdit, "two edits " + twoEdits + ", one " + oneEdit);
        assertTrue(oneEdit > 0);
        assertEquals(
                search("q=" + encode("harbour~2") + "&size=0").get("total").asLong(),
                search("q=" + encode("harbour~") + "&size=0").get("total").asLong(),
                "a longer word keeps two edits");
    }

    @Test
    void relevanceRanksAnArticleWithTheKeywordInItsTitleFirst() throws Exception {
        String keyword = fieldNames(sample.truth.get("keywordTitles")).getFirst();
        JsonNode top =
                search("q=" + encode(keyword) + "&sort=relevance").get("hits").get(0);
        assertTrue(top.get("title").asText().toLowerCase().contains(keyword.toLowerCase()), top.toString());
    }

    @Test
    void personFacetCountsMatchTheArticlesThatMentionEachPerson() throws Exception {
        JsonNode people = search("facetLimit=100").get("facets").get("people");
        for (String person : fieldNames(sample.truth.get("people"))) {
            assertEquals(sample.titles("people", person).size(), countOf(people, person), person + " in " + people);
        }
    }

    @Test
    void aPersonsSpellingVariantsAreOneFacetValueThatListsThemAsAliases() throws Exception {
        JsonNode people = search("facetLimit=100").get("facets").get("people");
        for (String person : fieldNames(sample.truth.get("variants"))) {
            JsonNode value = valueOf(people, person);
            for (JsonNode variant : sample.truth.get("variants").get(person)) {
                assertEquals(0, countOf(people, variant.asText()), variant + " is not a value of its own");
                assertTrue(value.get("aliases").toString().contains(variant.asText()), value.toString());
            }
        }
    }

    @Test
    void filteringByAPersonReturnsEveryArticleThatMentionsThemUnderAnyName() throws Exception {
        for (String person : fieldNames(sample.truth.get("people"))) {
            JsonNode result = search("person=" + encode(person) + "&size=100");
            assertEquals(Set.copyOf(sample.titles("people", person)), titles(result), person);
        }
    }

    @Test
    void personAndPublicationDateRangeNarrowTogether() throws Exception {
        String person = fieldNames(sample.truth.get("people")).getFirst();
        JsonNode all = search("person=" + encode(person) + "&size=100&sort=oldest");
        List<LocalDate> dates = new ArrayList<>();
        all.get("hits").forEach(hit -> dates.add(day(hit)));
        LocalDate from = dates.get(1);
        LocalDate to = dates.get(dates.size() - 2);
        long expected =
                dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        JsonNode narrowed = search("person=" + encode(person) + "&from=" + from + "&to=" + to + "&size=100");
        assertEquals(expected, narrowed.get("total").asLong());
        assertTrue(expected < all.get("total").asLong());
        for (JsonNode hit : narrowed.get("hits")) {
            assertFalse(day(hit).isBefore(from) || day(hit).isAfter(to), hit.toString());
        }
    }

    @Test
    void twoPeopleMeanBothByDefaultAndEitherWithAnyMode() throws Exception {
        List<String> people = fieldNames(sample.truth.get("people"));
        String first = people.get(0);
        String second = people.get(1);
        Set<String> a = Set.copyOf(sample.titles("people", first));
        Set<String> b = Set.copyOf(sample.titles("people", second));
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        String filter = "person=" + encode(first) + "&person=" + encode(second) + "&size=100&facetLimit=100";
        assertEquals(both, titles(search(filter)));
        JsonNode any = search(filter + "&any=person");
        assertEquals(either, titles(any));
        assertEquals(
                a.size(),
                countOf(any.get("facets").get("people"), first),
                "with any-mode the person counts ignore the person selection");
    }

    @Test
    void newestAndOldestOrderHitsByPublicationDate() throws Exception {
        List<Instant> newest = published(search("sort=newest&size=100"));
        List<Instant> oldest = published(search("sort=oldest&size=100"));
        for (int i = 1; i < newest.size(); i++) {
            assertFalse(newest.get(i).isAfter(newest.get(i - 1)), "newest first at " + i);
            assertFalse(oldest.get(i).isBefore(oldest.get(i - 1)), "oldest first at " + i);
        }
        assertTrue(newest.size() > 10);
    }

    @Test
    void publicationHistogramCountsEveryDatedArticleInChronologicalBuckets() throws Exception {
        JsonNode histogram = search("").get("published");
        List<String> keys = new ArrayList<>();
        histogram.get("buckets").forEach(bucket -> keys.add(bucket.get("value").asText()));
        assertEquals(keys.stream().sorted().toList(), keys);
        for (String year : fieldNames(sample.truth.get("years"))) {
            if (!year.equals("undated")) {
                long counted = 0;
                for (JsonNode bucket : histogram.get("buckets")) {
                    if (bucket.get("value").asText().startsWith(year)) {
                        counted += bucket.get("count").asLong();
                    }
                }
                assertEquals(sample.truth.get("years").get(year).asLong(), counted, year);
            }
        }
    }

    @Test
    void anArticleIsReturnedWholeWithItsEntities() throws Exception {
        JsonNode hit = search("sort=newest").get("hits").get(0);
        TestServer.Response response =
                server.get("/api/articles/" + encode(hit.get("id").asText()));
        assertEquals(200, response.status());
        JsonNode article = response.json();
        assertEquals(hit.get("title"), article.get("title"));
        assertTrue(article.get("body").asText().length() > 200);
        assertTrue(
                article.get("people").isArray() && article.get("mentionedDates").isArray());
    }

    @Test
    void aMentionedDateFilterFindsTheArticlesThatNameThatDay() throws Exception {
        JsonNode article = null;
        for (JsonNode hit : search("size=100").get("hits")) {
            JsonNode candidate = server.get(
                            "/api/articles/" + encode(hit.get("id").asText()))
                    .json();
            for (JsonNode date : candidate.get("mentionedDates")) {
                if (date.get("precision").asText().equals("DAY") && article == null) {
                    article = candidate;
                }
            }
        }
        assertTrue(article != null, "some sample article mentions a day");
        String day = "";
        for (JsonNode date : article.get("mentionedDates")) {
            if (date.get("precision").asText().equals("DAY")) {
                day = date.get("value").asText();
            }
        }
        JsonNode result = search("mentionedFrom=" + day + "&mentionedTo=" + day + "&size=100");
        assertTrue(titles(result).contains(article.get("title").asText()), result.toString());
        for (JsonNode hit : result.get("hits")) {
            JsonNode found = server.get("/api/articles/" + encode(hit.get("id").asText()))
                    .json();
            boolean namesDay = false;
            for (JsonNode date : found.get("mentionedDates")) {
                namesDay |= date.get("value").asText().equals(day);
            }
            assertTrue(namesDay, found.get("title") + " should mention " + day);
        }
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "size,-1",
        "size,101",
        "size,ten",
        "page,0",
        "page,x",
        "sort,loudest",
        "from,2025-13-01",
        "to,yesterday",
        "mentionedFrom,soon",
        "mentionedTo,2025-02-30",
        "any,colour",
        "facetLimit,1000"
    })
    void badParametersGet400WithAMessageNamingTheParameter(String parameter, String value) throws Exception {
        TestServer.Response response = server.get("/api/search?" + parameter + "=" + encode(value));
        assertEquals(400, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals(parameter, response.json().get("parameter").asText());
        assertTrue(response.json().get("error").asText().contains(parameter), response.body());
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefused() throws Exception {
        TestServer.Response response = server.get("/api/search?from=2025-02-01&to=2025-01-01");
        assertEquals(400, response.status());
        assertEquals("from", response.json().get("parameter").asText());
    }

    @Test
    void unknownArticlesAndPagesGet404AsJson() throws Exception {
        TestServer.Response article = server.get("/api/articles/no-such-article");
        assertEquals(404, article.status());
        assertTrue(article.json().get("error").asText().startsWith("No article with id"), article.body());
        TestServer.Response page = server.get("/api/nothing-here");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("application/json"));
    }

    @Test
    void theQueryLanguageFindsAPersonBySurnameAndCombinesItWithWords() throws Exception {
        String person = fieldNames(sample.truth.get("people")).getFirst();
        String surname = person.substring(person.lastIndexOf(' ') + 1).toLowerCase();
        JsonNode byField = search("q=" + encode("person:" + surname) + "&size=100");
        assertEquals(Set.copyOf(sample.titles("people", person)), titles(byField));
        String keyword = fieldNames(sample.truth.get("keywordTitles")).getFirst();
        JsonNode both = search("q=" + encode(keyword + "* AND -person:" + surname) + "&size=100");
        for (JsonNode hit : both.get("hits")) {
            assertFalse(
                    sample.titles("people", person).contains(hit.get("title").asText()), hit.toString());
        }
    }

    @Test
    void aQueryThatCannotBeParsedIsStillAnsweredWithAWarning() throws Exception {
        TestServer.Response response = server.get("/api/search?q=" + encode("\"unclosed (phrase AND"));
        assertEquals(200, response.status(), response.body());
        assertFalse(response.json().get("warnings").isEmpty());
    }

    @Test
    void aParameterTheSearchDoesNotReadIsNamedWithTheOneItMayBeASlipFor() throws Exception {
        long all = search("size=0").get("total").asLong();
        JsonNode misspelt = search("size=0&mentioned_to=1900-01-01&people=Nobody+Atall&sizee=3");
        assertEquals(all, misspelt.get("total").asLong(), "an unknown parameter narrows nothing");
        List<String> warnings = new ArrayList<>();
        misspelt.get("warnings").forEach(warning -> warnings.add(warning.asText()));
        assertEquals(
                List.of(
                        "'mentioned_to' is not a parameter of this request and was ignored; did you mean 'mentionedTo'?",
                        "'people' is not a parameter of this request and was ignored; did you mean 'person'?",
                        "'sizee' is not a parameter of this request and was ignored; did you mean 'size'?"),
                warnings.stream().sorted().toList());

        JsonNode known = search("q=tram&person=Nobody&exclude=place:Nowhere&any=place&from=2000-01-01&to=2030-12-31"
                + "&mentionedFrom=2000-01-01&mentionedTo=2030-12-31&sort=newest&page=1&size=5&facetLimit=3"
                + "&highlight=false&facets=people,published&histogramUnit=month&multiSelect=true&collapse=false"
                + "&star=false&tag=&cursor=");
        assertTrue(known.get("warnings").isEmpty(), known.get("warnings").toString());
    }

    private JsonNode search(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private Set<String> titles(JsonNode result) {
        Set<String> titles = new HashSet<>();
        result.get("hits").forEach(hit -> titles.add(hit.get("title").asText()));
        assertEquals(result.get("total").asInt(), titles.size(), "all hits fit on the page");
        return titles;
    }

    private static JsonNode valueOf(JsonNode values, String value) {
        for (JsonNode facet : values) {
            if (facet.get("value").asText().equals(value)) {
                return facet;
            }
        }
        throw new AssertionError(value + " not in " + values);
    }

    private static long countOf(JsonNode values, String value) {
        for (JsonNode facet : values) {
            if (facet.get("value").asText().equals(value)) {
                return facet.get("count").asLong();
            }
        }
        return 0;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Instant> published(JsonNode result) {
        List<Instant> dates = new ArrayList<>();
        result.get("hits").forEach(hit -> {
            if (!hit.get("published").isNull()) {
                dates.add(Instant.parse(hit.get("published").asText()));
            }
        });
        return dates;
    }

    private static LocalDate day(JsonNode hit) {
        return Instant.parse(hit.get("published").asText())
                .atZone(ZoneOffset.UTC)
                .toLocalDate();
    }
}
