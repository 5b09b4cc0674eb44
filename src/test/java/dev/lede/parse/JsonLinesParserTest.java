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
    void readsNdjsonFilesThroughTheRegistry() throws ParseException {
        ParseResult result =
                Parsers.standard().parse(document("feed.NDJSON", "{\"title\": \"A\", \"body\": \"a\"}\r\n"));

        assertEquals("A", result.articles().getFirst().title());
    }
}
