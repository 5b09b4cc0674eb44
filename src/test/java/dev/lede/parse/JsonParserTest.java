package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest extends ParserContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    ArticleParser parser() {
        return new JsonParser();
    }

    @Override
    String extension() {
        return "json";
    }

    @Override
    byte[] brokenContent() {
        return "{\"title\": \"Unfinished\",\n \"body\": ".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryObjectOfAnArrayInOrder() throws ParseException {
        ParseResult result = parse(fixture("json/two-articles.json"));

        assertEquals(
                List.of("Night market returns to the old docks", "Library extends weekend hours"),
                result.articles().stream().map(Article::title).toList());
        assertEquals(
                List.of("gz-101", "gz-102"),
                result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void ignoresUnknownFieldsWhateverTheirType() throws ParseException {
        Article article = parseOne("extra.json", """
                {"title": "Dockside cafe wins award", "body": "The judges praised its soup.",
                 "topics": ["food"], "meta": {"words": 6}, "rating": 4.5}
                """);

        assertEquals("Dockside cafe wins award", article.title());
        assertEquals("The judges praised its soup.", article.body());
    }

    @Test
    void keepsTheDatelineTheInputGives() throws ParseException {
        Article article = parseOne("wire.json", """
                {"title": "COFFEE EXPORTS RISE", "body": "Exports rose 4 pct.", "dateline": "SALVADOR, Feb 26"}
                """);

        assertEquals("SALVADOR, Feb 26", article.dateline());
    }

    @Test
    void acceptsHeadlineTextAndDateAsSynonyms() throws ParseException {
        Article article = parseOne("synonyms.json", """
                {"headline": "Snow closes mountain pass", "text": "The road will reopen on Friday.",
                 "date": "2024-01-12 07:45"}
                """);

        assertEquals("Snow closes mountain pass", article.title());
        assertEquals("The road will reopen on Friday.", article.body());
        assertEquals(Instant.parse("2024-01-12T07:45:00Z"), article.published());
    }

    @Test
    void acceptsContentAsSynonymForBody() throws ParseException {
        assertEquals(
                "Body from content.",
                parseOne("content.json", "{\"title\": \"T\", \"content\": \"Body from content.\"}")
                        .body());
    }

    @Test
    void skipsARecordWithNeitherTitleNorBodyAndSaysWhichItem() throws ParseException {
        ParseResult result = parse(document("gap.json", """
                [{"title": "First", "body": "One."},
                 {"source": "Nobody", "title": "  ", "body": ""},
                 {"title": "Third", "body": "Three."}]
                """));

        assertEquals(
                List.of("First", "Third"),
                result.articles().stream().map(Article::title).toList());
        assertEquals(List.of("item 2: missing title and body"), result.problems());
    }

    @Test
    void turnsNumbersIntoTextButRejectsARecordWithAnObjectWhereTextIsExpected() throws ParseException {
        ParseResult result = parse(document("types.json", """
                [{"id": 4711, "title": "Numeric id", "body": "Kept."},
                 {"title": "Object author", "body": "Skipped.", "author": {"name": "Ada"}}]
                """));

        assertEquals(
                List.of("4711"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of("item 2: field 'author' is an object, expected text"), result.problems());
    }

    @Test
    void reportsTheLineAndColumnOfInvalidJson() {
        ParseException e = assertThrows(ParseException.class, () -> parse(document("bad.json", """
                {
                  "title": "Missing comma"
                  "body": "x"
                }
                """)));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().startsWith("bad.json: invalid JSON at line 3, column"), e.getMessage());
    }

    @Test
    void rejectsTrailingContentAfterTheRootValue() {
        ParseException e = assertThrows(
                ParseException.class,
                () -> parse(document("two-roots.json", "{\"title\": \"A\"}\n{\"title\": \"B\"}")));

        assertEquals(ParseException.Kind.INVALID, e.kind());
    }

    @Test
    void rejectsAnEmptyArrayAsEmpty() {
        ParseException e = assertThrows(ParseException.class, () -> parse(document("none.json", "[ ]")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
    }

    @Test
    void rejectsAScalarRootAsInvalid() {
        ParseException e = assertThrows(ParseException.class, () -> parse(document("scalar.json", "\"just text\"")));

        assertEquals(ParseException.Kind.INVALID, e.kind());
    }

    @Test
    void rejectsAFileWhoseOnlyRecordHasNoTextAsInvalid() {
        ParseException e =
                assertThrows(ParseException.class, () -> parse(document("no-text.json", "{\"source\": \"Wire\"}")));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("missing title and body"), e.getMessage());
    }

    @Test
    void turnsHtmlInTheBodyIntoPlainParagraphs() throws ParseException {
        Article article = parseOne("html-body.json", """
                {"title": "Fish &amp; chips shop reopens",
                 "body": "<p>The <b>Harbour Fryer</b> is back.</p>\\n<p>Queues formed<br>before noon.</p>"}
                """);

        assertEquals("Fish & chips shop reopens", article.title());
        assertEquals("The Harbour Fryer is back.\n\nQueues formed\nbefore noon.", article.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a<b> tag",
                "x < y and y > z",
                "AT&T and R&D",
                "&lt;script&gt; in a headline",
                "Fish &amp; chips",
                "Why <script> tags break feeds",
                "<3 for the harbour",
                "Ferry <i> and <b> both late > 2 hours"
            })
    void keepsTextThatHoldsNoMarkupAsWrittenAngleBracketsAmpersandsAndReferencesIncluded(String text) throws Exception {
        Article article =
                parseOne("plain.json", JSON.writeValueAsString(Map.of("title", text, "body", "Body: " + text)));

        assertEquals(text, article.title());
        assertEquals("Body: " + text, article.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            Ministers signed a communiqu&#233;             => Ministers signed a communiqué
            S&#227;o Paulo&#x2019;s mayor                  => São Paulo’s mayor
            Pel&#XE9; and &#127942; at the final           => Pelé and 🏆 at the final
            Fish &amp; chips at &#233; and &#x20ac;5       => Fish &amp; chips at é and €5
            Wire marks &#3; and &#xD800; and &#99999999;   => Wire marks &#3; and &#xD800; and &#99999999;
            No reference & no &# here &#;                  => No reference & no &# here &#;
            """)
    void decodesNumericReferencesInTextThatHoldsNoMarkupAndKeepsEveryOtherReference(String written, String text)
            throws Exception {
        Article article = parseOne(
                "export.json", JSON.writeValueAsString(Map.of("title", written, "body", written, "author", written)));

        assertEquals(text, article.title());
        assertEquals(text, article.body());
        assertEquals(text, article.author());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            <b>Harbour</b> reopens                                         => Harbour reopens
            Queues formed<br>before noon                                   => Queues formed|before noon
            <div>Crews &amp; staff met</div>                               => Crews & staff met
            See <a href="https://lede.example/plan">the plan</a> now       => See the plan now
            <img src=x onerror=alert(1)>Cranes idle                        => Cranes idle
            <p>Talks &lt;resume&gt; at 5</p><script>alert(1)</script>      => Talks <resume> at 5
            <!DOCTYPE html><html><body><h2>Dock</h2><p>Ships wait.</p>     => Dock||Ships wait.
            <P>Crews&#8217; rota</P><style>p {color: red}</style>          => Crews’ rota
            """)
    void readsABodyThatHoldsMarkupAsHtmlWithoutTagsOrScriptsAndWithReferencesDecoded(String html, String text)
            throws Exception {
        Article article = parseOne("cms.json", JSON.writeValueAsString(Map.of("title", "Harbour", "body", html)));

        assertEquals(text.replace('|', '\n'), article.body());
    }

    @Test
    void readsTheWholeRecordAsHtmlWhenItsTitleHoldsMarkup() throws Exception {
        Article article = parseOne(
                "cms.json",
                JSON.writeValueAsString(Map.of("title", "<b>Dock</b> strike", "body", "AT&amp;T &lt;3 the dockers")));

        assertEquals("Dock strike", article.title());
        assertEquals("AT&T <3 the dockers", article.body());
    }

    @Test
    void leavesBlankFieldsEmpty() throws ParseException {
        Article article = parseOne(
                "blanks.json",
                "{\"title\": \"T\", \"body\": \"B\", \"source\": \"  \", \"url\": \"\", \"author\": null}");

        assertNull(article.source());
        assertNull(article.url());
        assertNull(article.author());
    }
}
