package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertArrayEquals(generate(7, 300), generate(7, 300));
        assertFalse(Arrays.equals(generate(7, 300), generate(8, 300)));
    }

    @Test
    void everyLineIsAnArticleWithTheFieldsLedeReads() throws IOException {
        List<JsonNode> articles = articles(42, 500);
        assertEquals(500, articles.size());
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Instant first = Instant.parse("2006-01-01T00:00:00Z");
        Instant last = Instant.parse("2026-01-01T00:00:00Z");
        for (JsonNode article : articles) {
            assertTrue(ids.add(article.get("id").asText()), "ids are unique");
            assertFalse(article.get("title").asText().isBlank());
            String body = article.get("body").asText();
            assertTrue(body.length() > 300, "a body of news length: " + body.length());
            Instant published = Instant.parse(article.get("published").asText());
            assertTrue(!published.isBefore(first) && published.isBefore(last), "published within 20 years");
            sources.add(article.get("source").asText());
            assertTrue(article.get("places").size() >= 1, "every article names a place");
            for (String field : List.of("people", "places", "orgs")) {
                article.get(field)
                        .forEach(name -> assertTrue(
                                body.contains(name.asText()), field + " value " + name + " is named in the body"));
            }
        }
        assertTrue(sources.size() >= 5, "several sources: " + sources);
    }

    @Test
    void aFewPeopleAreInMostArticlesAndMostPeopleInFew() throws IOException {
        Map<String, Integer> mentions = new HashMap<>();
        articles(3, 2_000)
                .forEach(article ->
                        article.get("people").forEach(person -> mentions.merge(person.asText(), 1, Integer::sum)));
        List<Integer> counts = new ArrayList<>(mentions.values());
        counts.sort(Comparator.reverseOrder());
        int top = counts.getFirst();
        long once = counts.stream().filter(count -> count == 1).count();
        assertTrue(top >= 50, "the most named person is in many articles: " + top);
        assertTrue(once > counts.size() / 3, "most people are rare: " + once + " of " + counts.size());
    }

    @Test
    void someArticlesAreLightEditsOfAnEarlierOne() throws IOException {
        List<JsonNode> articles = articles(11, 1_000);
        Map<String, String> firstIdBySignature = new HashMap<>();
        int copies = 0;
        for (JsonNode article : articles) {
            String signature = article.get("people") + "|" + article.get("places") + "|" + article.get("orgs");
            String earlier =
                    firstIdBySignature.putIfAbsent(signature, article.get("id").asText());
            if (earlier != null
                    && sharesMostWords(
                            body(articles, earlier), article.get("body").asText())) {
                copies++;
                assertNotEquals(body(articles, earlier), article.get("body").asText(), "lightly edited, not equal");
            }
        }
        assertTrue(copies >= 15 && copies <= 80, "about 4 % near-duplicates: " + copies);
    }

    @Test
    void aGzFileNameGetsGzippedLinesInFoldersMadeForIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("not/yet/there/corpus.jsonl.gz");
        CorpusGenerator.Summary summary = new CorpusGenerator(5).writeTo(file, 50);
        assertEquals(50, summary.articles());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(50, text.lines().count());
            assertArrayEquals(generate(5, 50), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String body(List<JsonNode> articles, String id) {
        return articles.stream()
                .filter(article -> article.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow()
                .get("body")
                .asText();
    }

    private static boolean sharesMostWords(String original, String copy) {
        List<String> a = List.of(original.split(" "));
        List<String> b = List.of(copy.split(" "));
        int same = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            same += a.get(i).equals(b.get(i)) ? 1 : 0;
        }
        return same > 0.8 * a.size();
    }

    private static byte[] generate(long seed, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusGenerator(seed).write(out, count);
        return out.toByteArray();
    }

    private static List<JsonNode> articles(long seed, int count) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : new String(generate(seed, count), StandardCharsets.UTF_8).split("\n")) {
            articles.add(JSON.readTree(line));
        }
        return articles;
    }
}
