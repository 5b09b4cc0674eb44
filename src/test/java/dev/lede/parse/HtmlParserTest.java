package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new HtmlParser();
    }

    @Override
    String extension() {
        return "html";
    }

    @Override
    byte[] brokenContent() {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37);
        }
        return garbage;
    }

    @Test
    void readsTheArticleFromAJsonLdGraphResolvingReferencesById() throws ParseException {
        Article article = parse(fixture("html/json-ld-graph.html")).articles().getFirst();

        assertEquals("Orchard growers count frost damage", article.title());
        assertEquals(Instant.parse("2024-04-11T04:15:00Z"), article.published());
        assertEquals("Jo Arvidsson, Ravi Mendes", article.author());
        assertEquals("Valley Post", article.source());
        assertEquals(
                "Two nights below freezing have cost apple growers up to a third of their blossom.", article.body());
    }

    @Test
    void readsJsonLdGivenAsAnArrayWithAStringAuthor() throws ParseException {
        Article article = parseOne("array.html", """
                <script type="application/ld+json">
                [{"@type": "BreadcrumbList"},
                 {"@type": "Article", "headline": "Array headline", "author": "Kit Olsen",
                  "publisher": {"name": "Array Times"}, "datePublished": "2024-05-01"}]
                </script>
                <p>Body.</p>
                """);

        assertEquals("Array headline", article.title());
        assertEquals("Kit Olsen", article.author());
        assertEquals("Array Times", article.source());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), article.published());
    }

    @Test
    void fallsBackToOpenGraphAndMetaTagsWithoutJsonLd() throws ParseException {
        Article article = parse(fixture("html/meta-only.html")).articles().getFirst();

        assertEquals("Choir raises funds for organ repair", article.title());
        assertEquals("Parish News", article.source());
        assertEquals("https://parishnews.example/choir-organ", article.url());
        assertEquals(Instant.parse("2023-12-01T19:00:00Z"), article.published());
        assertEquals("Hedda Voss", article.author());
        assertEquals("The church choir collected 4,000 euros at its winter concert.", article.body());
    }

    @Test
    void readsNamedDateMetaTags() throws ParseException {
        Article article = parseOne("dc.html", """
                <head><meta name="DC.date" content="2022-08-15"><title>Dated</title></head>
                <body><p>Text.</p></body>
                """);

        assertEquals(Instant.parse("2022-08-15T00:00:00Z"), article.published());
    }

    @Test
    void prefersTheTimeElementInsideTheArticle() throws ParseException {
        Article article = parse(fixture("html/time-datetime.html")).articles().getFirst();

        assertEquals(Instant.parse("2024-02-29T15:20:00Z"), article.published());
        assertEquals("Town hall clock restored", article.title());
    }

    @Test
    void takesTheTitleFromTheArticleHeadingBeforeThePageTitle() throws ParseException {
        Article article = parseOne("h1.html", """
                <title>Site name | Section</title>
                <h1>Site logo outside the article</h1>
                <article><h1>The real headline</h1><p>Text.</p></article>
                """);

        assertEquals("The real headline", article.title());
    }

    @Test
    void leavesNavigationBannersScriptsAndOtherFurnitureOutOfTheBody() throws ParseException {
        Article article = parse(fixture("html/boilerplate.html")).articles().getFirst();

        assertEquals("""
                More than 600 volunteers collected litter along the north beach on Saturday.

                What was found

                We filled 300 bags before lunch.

                Fishing line

                Bottle caps""", article.body());
    }

    @Test
    void leavesFigureCaptionsOutOfTheBody() throws ParseException {
        Article article = parse(fixture("contract/article.html")).articles().getFirst();

        assertFalse(article.body().contains("berth"), article.body());
    }

    @Test
    void readsOnlyParagraphsWhenThePageHasNoArticleElement() throws ParseException {
        Article article = parseOne("plain.html", """
                <html><head><title>Notice</title></head>
                <body><ul><li>Menu</li></ul><p>First.</p><div><p>Second.</p></div></body></html>
                """);

        assertEquals("Notice", article.title());
        assertEquals("First.\n\nSecond.", article.body());
    }

    @Test
    void choosesTheArticleWithTheMostTextWhenThePageHasTeasers() throws ParseException {
        Article article = parseOne("teasers.html", """
                <article><p>Short teaser.</p></article>
                <article><p>The main story has by far the longest paragraph on this page.</p></article>
                """);

        assertEquals("The main story has by far the longest paragraph on this page.", article.body());
    }

    @Test
    void rejectsAPageWithoutArticleTextAsEmpty() {
        ParseException e = assertThrows(ParseException.class, () -> parse(fixture("html/no-article.html")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
        assertTrue(e.getMessage().endsWith("no article text found"), e.getMessage());
    }

    @Test
    void warnsOfUnreadableJsonLdAndFallsBackToTheMetaTags() throws ParseException {
        ParseResult result = parse(document("bad-ld.html", """
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="From Open Graph"><p>Text.</p>
                """));

        assertEquals("From Open Graph", result.articles().getFirst().title());
        assertEquals(List.of(), result.problems(), "the page is kept: nothing of the input is left out");
        assertEquals(1, result.warnings().size());
        assertTrue(
                result.warnings().getFirst().startsWith("JSON-LD block 1: invalid JSON"),
                result.warnings().toString());
    }

    @Test
    void keepsThePageButWarnsOfADateItCannotRead() throws ParseException {
        ParseResult result = parse(
                document("odd-date.html", "<meta name=\"date\" content=\"spring 2024\"><title>T</title><p>Text.</p>"));

        assertNull(result.articles().getFirst().published());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("published 'spring 2024' is not a date; indexed without a date"), result.warnings());
    }

    @Test
    void decodesAPageThatDeclaresLatin1() throws ParseException {
        String page = "<meta charset=\"iso-8859-1\"><title>Caf\u00e9 in Malm\u00f6</title><p>K\u00f8benhavn</p>";
        SourceDocument doc = new SourceDocument("latin1.html", page.getBytes(StandardCharsets.ISO_8859_1));

        Article article = parse(doc).articles().getFirst();

        assertEquals("Caf\u00e9 in Malm\u00f6", article.title());
        assertEquals("K\u00f8benhavn", article.body());
    }

    @Test
    void detectsWindows1252WhenThePageDeclaresNoCharset() throws ParseException {
        String page =
                "<title>Caf\u00e9 reopens</title><p>\u201cWe missed the caf\u00e9,\u201d said Ines Wei\u00dfgerber.</p>";
        SourceDocument doc = new SourceDocument("undeclared.html", page.getBytes(Charset.forName("windows-1252")));

        Article article = parse(doc).articles().getFirst();

        assertEquals("Caf\u00e9 reopens", article.title());
        assertEquals("\u201cWe missed the caf\u00e9,\u201d said Ines Wei\u00dfgerber.", article.body());
    }
}
