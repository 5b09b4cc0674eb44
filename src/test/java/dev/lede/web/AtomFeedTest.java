package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.lede.model.ArticleView;
import dev.lede.model.Hit;
import dev.lede.model.SavedSearch;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** An Atom feed is well-formed XML, checked by a real parser, whatever characters its articles hold. */
class AtomFeedTest {

    private static final String BASE = "http://127.0.0.1:7070";

    @Test
    void controlCharactersSurrogatesAndMarkupInArticlesStillGiveWellFormedXml() throws Exception {
        String hostile = "a\u0000b\u0001\u001b[31m\uFFFE\uFFFF\uD800 ]]> <&> \"' \uD83D\uDE00 \u0085\u2028";
        String xml = feed(article(hostile, "https://example.com/" + hostile));
        Document parsed = parse(xml);
        assertEquals("feed", parsed.getDocumentElement().getLocalName());
        assertTrue(parsed.getElementsByTagNameNS("*", "entry")
                .item(0)
                .getTextContent()
                .contains("]]> <&>"));
    }

    @Test
    void randomTextOfEveryCodeUnitGivesWellFormedXml() throws Exception {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            char[] text = new char[64];
            for (int i = 0; i < text.length; i++) {
                text[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            parse(feed(article(new String(text), null)));
        }
    }

    @Test
    void onlyAnHttpUrlBecomesALinkAndTheEntryLinksToTheArticleOnThePage() throws Exception {
        for (String url : List.of("JaVaScRiPt:alert(document.domain)", "data:text/html,<b>", "//evil.example/x")) {
            Element entry = (Element) parse(feed(article("Title", url)))
                    .getElementsByTagNameNS("*", "entry")
                    .item(0);
            var links = entry.getElementsByTagNameNS("*", "link");
            assertEquals(1, links.getLength(), url);
            assertEquals(BASE + "/?article=a1", ((Element) links.item(0)).getAttribute("href"), url);
        }
        Element entry = (Element) parse(feed(article("Title", "https://example.org/story")))
                .getElementsByTagNameNS("*", "entry")
                .item(0);
        Element related = (Element) entry.getElementsByTagNameNS("*", "link").item(1);
        assertEquals("related", related.getAttribute("rel"));
        assertEquals("https://example.org/story", related.getAttribute("href"));
    }

    @Test
    void romeReadsBackTheIdsDatesLinksAndSummaryItWrote() throws Exception {
        Feed read = (Feed) new WireFeedInput().build(new StringReader(feed(article("Title", "https://example.org/s"))));
        assertEquals("tag:lede.dev,2025:saved:s", read.getId());
        assertEquals(Instant.parse("2025-01-02T00:00:00Z"), read.getUpdated().toInstant());
        assertEquals(BASE + "/feeds/s.atom", read.getOtherLinks().get(0).getHref());
        Entry entry = read.getEntries().get(0);
        assertEquals("tag:lede.dev,2025:article:a1", entry.getId());
        assertEquals(Instant.parse("2025-01-02T00:00:00Z"), entry.getPublished().toInstant());
        assertEquals(BASE + "/?article=a1", entry.getAlternateLinks().get(0).getHref());
        assertEquals("related", entry.getOtherLinks().get(0).getRel());
        assertEquals("https://example.org/s", entry.getOtherLinks().get(0).getHref());
        assertEquals("Title", entry.getSummary().getValue());
        assertEquals("Title", entry.getCategories().get(0).getTerm());
    }

    @Test
    void aStoryStandingForCopiesSaysHowManyAndFromWhereAfterItsLead() {
        assertEquals("", hit(0, List.of()).copiesNote());
        assertEquals("1 more copy", hit(1, List.of("Wire")).copiesNote(), "its own source is not repeated");
        assertEquals(
                "3 more copies (Daily Post, Harbour Ledger)",
                hit(3, List.of("Daily Post", "Harbour Ledger", "Wire")).copiesNote());
    }

    @Test
    void aStoryIsUpdatedWhenItsNewestCopyRan() throws Exception {
        Hit copied = hit(1, List.of("Daily Post"))
                .withCopies(1, List.of("Daily Post"), Instant.parse("2025-01-05T00:00:00Z"));
        Feed read = (Feed) new WireFeedInput()
                .build(new StringReader(AtomFeed.write(
                        new SavedSearch("s", "q=x", Instant.parse("2025-01-01T00:00:00Z"), null, null),
                        List.of(new AtomFeed.Story(article("Title", null), copied)),
                        BASE,
                        BASE + "/feeds/s.atom")));
        Entry entry = read.getEntries().get(0);
        assertEquals(Instant.parse("2025-01-02T00:00:00Z"), entry.getPublished().toInstant(), "first told");
        assertEquals(Instant.parse("2025-01-05T00:00:00Z"), entry.getUpdated().toInstant());
        assertEquals(Instant.parse("2025-01-05T00:00:00Z"), read.getUpdated().toInstant());
    }

    /** A hit from the source "Wire" standing for {@code copies} copies from {@code sources}. */
    private static Hit hit(int copies, List<String> sources) {
        return new Hit(
                "a1", "t", null, "Wire", null, "", List.of(), List.of(), List.of(), List.of(), copies, sources, null);
    }

    private static String feed(ArticleView article) throws Exception {
        SavedSearch saved = new SavedSearch("s", "q=x", Instant.parse("2025-01-01T00:00:00Z"), null, null);
        return AtomFeed.write(
                saved, List.of(new AtomFeed.Story(article, hit(0, List.of()))), BASE, BASE + "/feeds/s.atom");
    }

    private static ArticleView article(String text, String url) {
        return new ArticleView(
                "a1",
                text,
                text,
                Instant.parse("2025-01-02T00:00:00Z"),
                text,
                url,
                text,
                List.of(text),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                Map.of());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
