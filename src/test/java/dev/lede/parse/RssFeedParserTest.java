package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssFeedParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new FeedParser();
    }

    @Override
    String extension() {
        return "rss";
    }

    @Override
    byte[] brokenContent() {
        return Containers.utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off</title><item><ti");
    }

    @Test
    void readsEachItemDecodedAsTheXmlDeclarationSaysAndReportsItemsWithoutText() throws ParseException {
        ParseResult result = parse(fixture("feeds/two-items-latin1.rss"));

        assertEquals(
                List.of("Wei\u00dfgerber opens a caf\u00e9 by the quay", "Second item without a date"),
                result.articles().stream().map(Article::title).toList());
        Article first = result.articles().getFirst();
        assertEquals("Caf\u00e9 Courier", first.source());
        assertEquals("The new caf\u00e9 serves cr\u00eapes.", first.body());
        assertEquals(Instant.parse("2024-03-04T08:00:00Z"), first.published());
        assertNull(result.articles().get(1).published());
        assertEquals(List.of("item 2: no title or text"), result.problems());
    }

    @Test
    void takesTheGuidAsTheUrlOnlyWhenItIsALink() throws ParseException {
        Article article = parseOne("guid.rss", """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Linked by guid</title><guid>https://wire.example/a</guid></item>
                </channel></rss>""");

        assertEquals("https://wire.example/a", article.url());
    }

    @Test
    void readsADescriptionAsHtmlAsTheRssSpecificationHasIt() throws ParseException {
        Article escapedOnly = parseOne("escaped.rss", """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Fish &amp;amp; chips</title><description>Prices at AT&amp;amp;T and fish &amp;amp; chips\
                 stalls rose.</description></item>
                </channel></rss>""");
        Article tagged = parseOne("tagged.rss", """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Harbour tram</title><description>&lt;p&gt;The tram &lt;b&gt;runs&lt;/b&gt; again.&lt;/p&gt;\
                &lt;script&gt;alert(1)&lt;/script&gt;</description></item>
                </channel></rss>""");

        assertEquals("Fish & chips", escapedOnly.title());
        assertEquals("Prices at AT&T and fish & chips stalls rose.", escapedOnly.body());
        assertEquals("The tram runs again.", tagged.body());
    }

    @Test
    void givesAnItemWithALongGuidAShortStableId() throws ParseException {
        String feed = """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Linked by a long guid</title><guid>https://wire.example/%s</guid></item>
                </channel></rss>""".formatted("very-long-slug-".repeat(30));

        String id = parseOne("long-guid.rss", feed).id();

        assertTrue(id.matches("u[0-9a-f]{20}"), id);
        assertEquals(id, parseOne("long-guid-again.rss", feed).id());
    }

    @Test
    void refusesAnXmlFileThatIsNotAFeedAsUnsupported() {
        ParseException e =
                assertThrows(ParseException.class, () -> Parsers.standard().parse(fixture("feeds/not-a-feed.xml")));

        assertEquals(ParseException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().startsWith("feeds/not-a-feed.xml: not an RSS or Atom feed"), e.getMessage());
    }

    @Test
    void readsAFeedSavedAsXml() throws ParseException {
        ParseResult result = Parsers.standard()
                .parse(
                        document(
                                "feeds/wire.xml",
                                "<rss version=\"2.0\"><channel><title>W</title><item><title>From XML</title></item></channel></rss>"));

        assertEquals("From XML", result.articles().getFirst().title());
    }

    @Test
    void neverReadsExternalEntities() {
        String withEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>T</title><item><title>&secret;</title></item></channel></rss>""";

        ParseException e = assertThrows(ParseException.class, () -> parse(document("xxe.rss", withEntity)));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertFalse(e.getMessage().contains(hostname()), e.getMessage());
    }

    private static String hostname() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname"))
                    .strip();
        } catch (java.io.IOException e) {
            return "\u0000no hostname file";
        }
    }
}
