package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new JsonLinesParser();
    }

    @Override
    String extension() {
        return "jsonl";
    }

    @Override
    byte[] brokenContent() {
        return "{\"title\": \"cut off\n[1, 2\n".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheGoodLinesAndReportsTheBadOneByNumber() throws ParseException {
        ParseResult result = parse(fixture("jsonl/one-bad-line.jsonl"));

        assertEquals(
                List.of("Tide tables revised", "Pier repairs finished"),
                result.articles().stream().map(Article::title).toList());
        assertEquals(1, result.problems().size());
        assertTrue(
                result.problems().getFirst().startsWith("line 2: invalid JSON: "),
                result.problems().toString());
    }

    @Test
    void keepsALineWithADateThatIsNoDateAndWarnsInsteadOfReportingItSkipped() throws ParseException {
        ParseResult result = parse(document("dates.jsonl", """
                {"id": "q1", "title": "Quay repaved", "published": "yesterday"}
                """));

        assertEquals(1, result.articles().size());
        assertEquals(null, result.articles().getFirst().published());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("line 1: published 'yesterday' is not a date; indexed without a date"), result.warnings());
    }

    @Test
    void takesASingleNameAsAListOfOne() throws ParseException {
        ParseResult result = parse(document("given.jsonl", """
                {"title": "T", "people": "Ada Lovelace", "places": "Lyon", "orgs": "Opec"}
                """));

        Article article = result.articles().getFirst();
        assertEquals(List.of("Ada Lovelace"), article.given().people());
        assertEquals(List.of("Lyon"), article.given().places());
        assertEquals(List.of("Opec"), article.given().organizations());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void keepsTheTextNamesOfAnEntityFieldAndWarnsOfItemsThatAreNotText() throws ParseException {
        ParseResult result = parse(document("given.jsonl", """
                {"title": "T", "people": [1, "Ada Lovelace", {"name": "x"}], "places": [true], "orgs": {"a": 1}}
                """));

        Article article = result.articles().getFirst();
        assertEquals(List.of("Ada Lovelace"), article.given().people());
        assertEquals(List.of(), article.given().places());
        assertEquals(List.of(), article.given().organizations());
        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of(
                        "line 1: field 'people' holds 2 items that are not text; indexed without them",
                        "line 1: field 'places' holds 1 item that is not text; indexed without it",
                        "line 1: field 'orgs' is an object, expected a list of names; indexed without orgs"),
                result.warnings());
    }

    @Test
    void ignoresBlankLinesButCountsThemInLineNumbers() throws ParseException {
        ParseResult result = parse(document("gaps.jsonl", """
                {"title": "A", "body": "a"}

                {"body": ""}
                """));

        assertEquals(1, result.articles().size());
        assertEquals(List.of("line 3: missing title and body"), result.problems());
    }

    @Test
    void reportsALineThatIsNotAnObject() throws ParseException {
        ParseResult result = parse(document("mixed.jsonl", "{\"title\": \"A\"}\n[\"not\", \"an\", \"object\"]\n"));

        assertEquals(List.of("line 2: not a JSON object"), result.problems());
    }

    @Test
    void reportsALineWhoseIdIsLongerThanAnArticleCanBeOpenedBy() throws ParseException {
        String longest = "k".repeat(Article.MAX_ID_LENGTH);
        String tooLong = "x".repeat(Article.MAX_ID_LENGTH + 1);
        ParseResult result = parse(document("ids.jsonl", """
                {"id": "%s", "title": "A"}
                {"id": "%s", "title": "B"}
                """.formatted(tooLong, longest)));

        assertEquals(List.of("line 1: id may be at most 300 characters long"), result.problems());
        assertEquals(
                List.of(longest), result.articles().stream().map(Article::id).toList());
    }

    @Test
    void rejectsTwoObjectsOnOneLine() throws ParseException {
        ParseResult result =
                parse(document("joined.jsonl", "{\"title\": \"A\"} {\"title\": \"B\"}\n{\"title\": \"C\"}"));

        assertEquals(
                List.of("C"), result.articles().stream().map(Article::title).toList());
        assertTrue(
                result.problems().getFirst().startsWith("line 1: invalid JSON"),
                result.problems().toString());
    }

    @Test
    void rejectsAFileWhereEveryLineIsBadAsInvalid() {
        ParseException e =
                assertThrows(ParseException.class, () -> parse(document("all-bad.jsonl", "not json\n{\"title\": \n")));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("line 1: invalid JSON"), e.getMessage());
    }

    @Test
    void keepsALineOfPlainTextAsWrittenAndReadsALineOfHtmlAsHtml() throws ParseException {
        ParseResult result = parse(document("mixed.jsonl", """
                {"title": "a<b> tag", "body": "AT&T says x < y and &lt;script&gt; stays text."}
                {"title": "Fish &amp; chips", "body": "<p>Queues &amp; crowds.</p><script>alert(1)</script><p>Again.</p>"}
                """));

        Article plain = result.articles().get(0);
        Article html = result.articles().get(1);
        assertEquals("a<b> tag", plain.title());
        assertEquals("AT&T says x < y and &lt;script&gt; stays text.", plain.body());
        assertEquals("Fish & chips", html.title());
        assertEquals("Queues & crowds.\n\nAgain.", html.body());
    }

    @Test
    void readsNdjsonFilesThroughTheRegistry() throws ParseException {
        ParseResult result =
                Parsers.standard().parse(document("feed.NDJSON", "{\"title\": \"A\", \"body\": \"a\"}\r\n"));

        assertEquals("A", result.articles().getFirst().title());
    }
}
