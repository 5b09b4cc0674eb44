package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new TextParser();
    }

    @Override
    String extension() {
        return "txt";
    }

    @Override
    byte[] brokenContent() {
        // A text file overwritten with binary: control bytes no text holds.
        return new byte[] {'T', 'i', 't', 'l', 'e', '\n', 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 'b', 'o', 'd', 'y'};
    }

    @Test
    void takesTheFirstNonBlankLineAsTitleAndTheRestAsBodyWhenThereIsNoMetadata() throws ParseException {
        Article article = parseOne(
                "plain.txt",
                "\n\n  Lighthouse keeper retires after 40 years  \n\n"
                        + "Ona Brekke climbed the 112 steps for the last time on Sunday.\n\nShe plans to keep bees.\n");

        assertEquals("Lighthouse keeper retires after 40 years", article.title());
        assertEquals(
                "Ona Brekke climbed the 112 steps for the last time on Sunday.\n\nShe plans to keep bees.",
                article.body());
        assertNull(article.published());
        assertNull(article.source());
        assertNull(article.url());
        assertTrue(article.id().startsWith("h"), article.id());
    }

    @Test
    void readsMetadataKeysInAnyCaseWithDateAsAliasForPublished() throws ParseException {
        Article article = parseOne("meta.txt", """
                Council approves new cycle lanes
                DATE: 2024-03-05
                source:   Riverside Courier
                Url: https://courier.example/cycle-lanes
                id:  rc-1042

                Work starts in April on Mill Road.
                """);

        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), article.published());
        assertEquals("Riverside Courier", article.source());
        assertEquals("https://courier.example/cycle-lanes", article.url());
        assertEquals("rc-1042", article.id());
        assertEquals("Work starts in April on Mill Road.", article.body());
    }

    @Test
    void refusesAnIdLineLongerThanAnArticleCanBeOpenedBy() {
        String content = "Council approves new cycle lanes\nId: " + "x".repeat(Article.MAX_ID_LENGTH + 1)
                + "\n\nWork starts in April on Mill Road.\n";

        ParseException e = assertThrows(ParseException.class, () -> parse(document("long-id.txt", content)));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("id may be at most 300 characters long"), e.getMessage());
    }

    @Test
    void keepsAnIdLineOfExactlyTheLongestLength() throws ParseException {
        String longest = "k".repeat(Article.MAX_ID_LENGTH);

        Article article =
                parseOne("longest-id.txt", "Council approves new cycle lanes\nId: " + longest + "\n\nBody.\n");

        assertEquals(longest, article.id());
    }

    @Test
    void keepsACoverPhotoCreditLineInTheBodyBecauseItsKeyIsUnknown() throws ParseException {
        Article article = parseOne("cover.txt", """
                Mayor opens the new tram depot

                cover Photo: City press office.

                The depot will house twelve trams.
                """);

        assertEquals("Mayor opens the new tram depot", article.title());
        assertEquals("cover Photo: City press office.\n\nThe depot will house twelve trams.", article.body());
    }

    @Test
    void treatsAKnownKeyAfterTheBodyHasStartedAsBodyText() throws ParseException {
        Article article = parseOne("late-key.txt", """
                Tram depot opens
                Source: Riverside Courier

                The depot will house twelve trams.
                Source: the city transport office, which did not give a date.
                """);

        assertEquals("Riverside Courier", article.source());
        assertTrue(
                article.body().endsWith("Source: the city transport office, which did not give a date."),
                article.body());
    }

    @Test
    void normalisesLineBreaksTrailingSpacesAndRunsOfBlankLines() throws ParseException {
        Article article =
                parseOne("crlf.txt", "Title\r\n\r\nFirst line   \r\nsecond line\r\n\r\n\r\n\r\nNext paragraph\r\n");

        assertEquals("First line\nsecond line\n\nNext paragraph", article.body());
    }

    @Test
    void keepsTheArticleButWarnsOfAPublishedValueItCannotRead() throws ParseException {
        ParseResult result = parse(document("bad-date.txt", "Title\nPublished: last Tuesday\n\nBody text."));

        assertNull(result.articles().getFirst().published());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("published 'last Tuesday' is not a date; indexed without a date"), result.warnings());
    }

    @Test
    void acceptsATitleWithoutBody() throws ParseException {
        Article article = parseOne("headline-only.txt", "Breaking: bridge closed\n");

        assertEquals("Breaking: bridge closed", article.title());
        assertEquals("", article.body());
    }

    @Test
    void rejectsTextWithNulBytesAsInvalid() {
        SourceDocument doc = new SourceDocument("nul.txt", new byte[] {'T', 'i', 't', 'l', 'e', 0, '\n', 'x'});

        ParseException e = assertThrows(ParseException.class, () -> parse(doc));

        assertEquals(ParseException.Kind.INVALID, e.kind());
    }

    @Test
    void ignoresAByteOrderMark() throws ParseException {
        Article article = parseOne("bom.txt", "\uFEFFTitle with BOM\n\nBody.");

        assertEquals("Title with BOM", article.title());
    }

    @Test
    void readsTheSharedSeedArticleWithItsPageDebrisInTheBody() throws Exception {
        Path seed = Path.of(System.getProperty("lede.sharedDir", "../shared"), "corpora", "seed-article.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "shared corpora not available");

        Article article = parse(new SourceDocument(seed.toString(), Files.readAllBytes(seed)))
                .articles()
                .getFirst();

        assertEquals("Trump Reports Calls with Putin and Zelenskyy, Expert Comments", article.title());
        assertTrue(article.body().startsWith("cover Photo: Kremlin press service."), article.body());
        assertNull(article.published());
    }
}
