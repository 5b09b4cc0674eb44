package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.search.lucene.DuplicateFixtures;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Saved searches over HTTP: saving, listing, deleting, and following each one as an Atom feed; on each
 * {@link ApiBackend}. Each test gets a fresh index, since each saves searches beside it.
 */
abstract class SavedSearchApiContract {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private ApiBackend.Indexed index;
    private TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    protected abstract ApiBackend backend();

    @BeforeEach
    void start() throws Exception {
        index = backend()
                .index(
                        "saved-searches",
                        List.of(
                                article(
                                        "old",
                                        "Putin in Munich, 2007",
                                        "2007-02-10T09:00:00Z",
                                        "https://example.org/old"),
                                article(
                                        "new",
                                        "<script>alert(1)</script> Putin & Munich again",
                                        "2025-02-14T12:00:00Z",
                                        null),
                                article("mid", "Putin speaks in Munich", "2019-06-01T00:00:00Z", null),
                                new EnrichedArticle(
                                        new Article(
                                                "other",
                                                "Putin in Moscow",
                                                "Moscow.",
                                                Instant.parse("2024-01-01T00:00:00Z"),
                                                "Wire",
                                                null,
                                                null),
                                        new Enrichment(
                                                List.of("Vladimir Putin"), List.of("Moscow"), List.of(), List.of())),
                                tram("tram-wire", DuplicateFixtures.TRAM_WIRE, "2025-03-01", "Continental Wire"),
                                tram("tram-copy", DuplicateFixtures.TRAM_WIRE, "2025-03-05", "Daily Post"),
                                tram("tram-other", DuplicateFixtures.TRAM_OTHER, "2025-03-03", "Harbour Ledger")));
        server = index.serve();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aSavedSearchIsListedReplacedDeletedAndSurvivesARestart() throws Exception {
        var created = send("POST", "/api/saved", "{\"name\":\"putin-munich\",\"query\":\"q=putin&place=Munich\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode saved = server.json(created.body());
        assertEquals("putin-munich", saved.get("name").asText());
        assertEquals("q=putin&place=Munich", saved.get("query").asText());
        assertEquals("/feeds/putin-munich.atom", saved.get("feed").asText());
        assertTrue(Files.exists(index.sideFiles().resolve("saved-searches.json")));

        send("POST", "/api/saved", "{\"name\":\"putin-munich\",\"query\":\"?q=putin&place=Munich&from=2010-01-01\"}");
        send("POST", "/api/saved", "{\"name\":\"moscow\",\"query\":\"place=Moscow\"}");
        server.close();
        server = index.serve();

        JsonNode list = server.get("/api/saved").json().get("searches");
        assertEquals(2, list.size());
        assertEquals("moscow", list.get(0).get("name").asText());
        assertEquals(
                "q=putin&place=Munich&from=2010-01-01", list.get(1).get("query").asText());
        assertTrue(list.get(1).hasNonNull("created"));

        assertEquals(200, send("DELETE", "/api/saved/moscow", null).statusCode());
        assertEquals(404, send("DELETE", "/api/saved/moscow", null).statusCode());
        assertEquals(1, server.get("/api/saved").json().get("searches").size());
    }

    @Test
    void aBadNameOrQueryIsA400NamingTheField() throws Exception {
        var badName = send("POST", "/api/saved", "{\"name\":\"putin munich!\",\"query\":\"q=putin\"}");
        assertEquals(400, badName.statusCode());
        assertEquals("name", server.json(badName.body()).get("parameter").asText());
        var longName = send("POST", "/api/saved", "{\"name\":\"" + "a".repeat(61) + "\",\"query\":\"q=putin\"}");
        assertEquals("name", server.json(longName.body()).get("parameter").asText());
        var badDate = send("POST", "/api/saved", "{\"name\":\"x\",\"query\":\"q=putin&from=yesterday\"}");
        assertEquals(400, badDate.statusCode());
        assertEquals("query", server.json(badDate.body()).get("parameter").asText());
        var missing = send("POST", "/api/saved", "{\"name\":\"x\"}");
        assertEquals("query", server.json(missing.body()).get("parameter").asText());
        assertEquals(400, send("POST", "/api/saved", "not json").statusCode());
    }

    @Test
    void aMistypedFieldIsA400NamingItAndNothingIsSaved() throws Exception {
        var mistyped = send("POST", "/api/saved", "{\"name\":\"typo\",\"querry\":\"q=putin\"}");
        assertEquals(400, mistyped.statusCode(), mistyped.body());
        JsonNode error = server.json(mistyped.body());
        assertEquals("querry", error.get("parameter").asText());
        assertTrue(error.get("error").asText().contains("unknown field 'querry'"), mistyped.body());
        assertEquals(404, server.get("/feeds/typo.atom").status());
    }

    @Test
    void aQueryNoSearchCouldRunIsA400AndNothingIsSaved() throws Exception {
        for (String query : List.of("q=*", "q=%5Ba+TO+b%5D", "q=putin&size=abc", "q=putin&page=0", "q=tram%")) {
            var refused = send("POST", "/api/saved", "{\"name\":\"never\",\"query\":\"" + query + "\"}");
            assertEquals(400, refused.statusCode(), query + ": " + refused.body());
            JsonNode error = server.json(refused.body());
            assertEquals("query", error.get("parameter").asText(), refused.body());
            assertTrue(error.get("error").asText().startsWith("the query cannot be saved: "), refused.body());
            assertFalse(error.get("error").asText().contains("URLDecoder"), refused.body());
        }
        assertEquals(404, server.get("/feeds/never.atom").status());
        assertEquals(
                201,
                send("POST", "/api/saved", "{\"name\":\"fine\",\"query\":\"q=putin&size=5\"}")
                        .statusCode());
    }

    @Test
    void aQueryTypedWithSpacesAndQuotesLinksToThePageAsAValidUriAndDropsItsCursor() throws Exception {
        var saved = send(
                "POST",
                "/api/saved",
                "{\"name\":\"typed\",\"query\":\"q=\\\"putin munich\\\"&person=Vladimir Putin&histogramUnit=week"
                        + "&cursor=abc\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        assertFalse(server.json(saved.body()).get("query").asText().contains("cursor"), saved.body());

        Document xml = parse(server.get("/feeds/typed.atom").body());
        NodeList links = xml.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        String alternate = null;
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == xml.getDocumentElement()
                    && link.getAttribute("rel").equals("alternate")) {
                alternate = link.getAttribute("href");
            }
        }
        assertTrue(alternate != null && alternate.startsWith(server.baseUrl() + "/?"), String.valueOf(alternate));
        URI uri = URI.create(alternate);
        assertTrue(uri.getQuery().contains("q=\"putin munich\""), uri.getQuery());
        assertTrue(uri.getQuery().contains("person=Vladimir Putin"), uri.getQuery());
    }

    @Test
    void theFeedIsWellFormedAtomWithTheNewestMatchesFirstAndEscapedText() throws Exception {
        send("POST", "/api/saved", "{\"name\":\"putin-munich\",\"query\":\"q=putin&place=Munich\"}");
        TestServer.Response feed = server.get("/feeds/putin-munich.atom");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        assertTrue(feed.body().contains("&lt;script&gt;"), feed.body());
        assertTrue(!feed.body().contains("<script>"), feed.body());

        Document xml = parse(feed.body());
        Element root = xml.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("tag:lede.dev,2025:saved:putin-munich", child(root, "id").getTextContent());
        assertEquals("2025-02-14T12:00:00Z", child(root, "updated").getTextContent());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(child((Element) entries.item(i), "title").getTextContent());
        }
        assertEquals(
                List.of(
                        "<script>alert(1)</script> Putin & Munich again",
                        "Putin speaks in Munich",
                        "Putin in Munich, 2007"),
                titles);
        Element newest = (Element) entries.item(0);
        assertEquals("tag:lede.dev,2025:article:new", child(newest, "id").getTextContent());
        assertEquals(server.baseUrl() + "/?article=new", child(newest, "link").getAttribute("href"));
        assertEquals("2025-02-14T12:00:00Z", child(newest, "published").getTextContent());
        assertTrue(child(newest, "summary").getTextContent().startsWith("Vladimir Putin spoke"));
        List<String> categories = new ArrayList<>();
        NodeList categoryNodes = newest.getElementsByTagNameNS(ATOM, "category");
        for (int i = 0; i < categoryNodes.getLength(); i++) {
            categories.add(((Element) categoryNodes.item(i)).getAttribute("term"));
        }
        assertEquals(List.of("Vladimir Putin", "Munich"), categories);
        Element oldest = (Element) entries.item(2);
        assertEquals(server.baseUrl() + "/?article=old", child(oldest, "link").getAttribute("href"));
        Element original = (Element) oldest.getElementsByTagNameNS(ATOM, "link").item(1);
        assertEquals("related", original.getAttribute("rel"));
        assertEquals("https://example.org/old", original.getAttribute("href"));
        Element self = child(root, "link");
        assertEquals(server.baseUrl() + "/feeds/putin-munich.atom", self.getAttribute("href"));
    }

    @Test
    void theFeedShowsOneEntryPerStoryWithItsCopiesUnlessTheSavedSearchAsksForEveryCopy() throws Exception {
        send("POST", "/api/saved", "{\"name\":\"trams\",\"query\":\"q=tram\"}");
        send("POST", "/api/saved", "{\"name\":\"every-tram\",\"query\":\"q=tram&collapse=false\"}");

        List<Element> stories = entries(server.get("/feeds/trams.atom").body());
        // The story sits where its newest copy would, under the id of its first telling, which stays put as copies
        // come.
        assertEquals(List.of("tram-wire", "tram-other"), ids(stories));
        assertTrue(
                child(stories.get(0), "summary").getTextContent().endsWith(" — 1 more copy (Daily Post)"),
                child(stories.get(0), "summary").getTextContent());
        assertEquals("2025-03-01T08:00:00Z", child(stories.get(0), "published").getTextContent());
        assertEquals(
                "2025-03-05T08:00:00Z",
                child(stories.get(0), "updated").getTextContent(),
                "updated when its copy ran, so readers show it again");
        assertEquals("2025-03-03T08:00:00Z", child(stories.get(1), "updated").getTextContent());
        assertEquals(
                "2025-03-05T08:00:00Z",
                child(parse(server.get("/feeds/trams.atom").body()).getDocumentElement(), "updated")
                        .getTextContent());
        assertFalse(child(stories.get(1), "summary").getTextContent().contains("more cop"));

        List<Element> every = entries(server.get("/feeds/every-tram.atom").body());
        assertEquals(List.of("tram-copy", "tram-other", "tram-wire"), ids(every));
        every.forEach(
                entry -> assertFalse(child(entry, "summary").getTextContent().contains("more cop")));
    }

    @Test
    void anUnknownFeedIsNotFound() throws Exception {
        assertEquals(404, server.get("/feeds/nobody.atom").status());
        assertEquals(404, server.get("/feeds/nobody.rss").status());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request =
                TestServer.authorized(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)));
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.header("Content-Type", "application/json");
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first child element called {@code name} in the Atom namespace. */
    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private List<Element> entries(String feed) throws Exception {
        NodeList nodes = parse(feed).getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    /** The article ids of feed entries, read from their {@code tag:} ids. */
    private static List<String> ids(List<Element> entries) {
        return entries.stream()
                .map(entry -> child(entry, "id").getTextContent().replace("tag:lede.dev,2025:article:", ""))
                .toList();
    }

    /** Distinct second halves, so that the three Munich stories are not near-duplicates of one another. */
    private static final java.util.Map<String, String> MUNICH_DETAIL = java.util.Map.of(
            "old",
            "He told the security conference that the alliance moving east was a provocation, and the hall listened"
                    + " in silence before the first questions came from the floor.",
            "new",
            "Diplomats said the speech, his first at the conference in years, offered no new proposal for a"
                    + " ceasefire, while protesters gathered behind barriers outside the hotel.",
            "mid",
            "The visit was short: talks with the state premier on gas supplies, a dinner with business leaders in"
                    + " the old town, and a flight home the same evening.");

    private static EnrichedArticle tram(String id, String body, String day, String source) {
        return new EnrichedArticle(
                new Article(id, "Harbour tram", body, Instant.parse(day + "T08:00:00Z"), source, null, null),
                Enrichment.NONE);
    }

    private static EnrichedArticle article(String id, String title, String published, String url) {
        return new EnrichedArticle(
                new Article(
                        id,
                        title,
                        "Vladimir Putin spoke in Munich. " + MUNICH_DETAIL.get(id),
                        Instant.parse(published),
                        "Harbour Ledger",
                        url,
                        null),
                new Enrichment(List.of("Vladimir Putin"), List.of("Munich"), List.of(), List.of()));
    }
}
