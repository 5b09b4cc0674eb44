package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryMixGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path corpus;

    @BeforeAll
    static void generateACorpus() throws IOException {
        corpus = folder.resolve("corpus.jsonl.gz");
        new CorpusGenerator(21).writeTo(corpus, 1_500);
    }

    @Test
    void theSameCorpusAndSeedGiveTheSameMixAndAnotherSeedAnother() throws IOException {
        assertEquals(mix(42), mix(42));
        assertNotEquals(mix(42), mix(43));
    }

    @Test
    void everyQueryIsReadableAndComesFromItsSourceDocument() throws IOException {
        Map<String, JsonNode> articles = new HashMap<>();
        for (String line : new String(
                        new GZIPInputStream(Files.newInputStream(corpus)).readAllBytes(), StandardCharsets.UTF_8)
                .split("\n")) {
            JsonNode article = JSON.readTree(line);
            articles.put(article.get("id").asText(), article);
        }
        List<String> lines = mix(42).lines().toList();
        assertEquals(100, lines.size());
        int filtered = 0;
        for (String line : lines) {
            QuerySpec query = QueryMix.parse(line, "mix");
            JsonNode source = articles.get(query.sourceDoc());
            List<String> words = Words.of(source.get("body").asText());
            assertTrue(words.containsAll(query.terms()), query + " takes its words from its document");
            for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
                filtered++;
                assertTrue(
                        source.get(filter.getKey())
                                .toString()
                                .contains(JSON.writeValueAsString(
                                        filter.getValue().getFirst())),
                        query + " filters by a value of its document");
            }
            if (query.publishedFrom() != null) {
                Instant published = Instant.parse(source.get("published").asText());
                assertTrue(!published.isBefore(query.publishedFrom()) && published.isBefore(query.publishedTo()));
            }
        }
        assertTrue(filtered >= 20, "about 45 % of queries filter by a person or a place: " + filtered);
    }

    private static String mix(long seed) throws IOException {
        StringWriter out = new StringWriter();
        QueryMixGenerator.sampling(corpus, 10_000).write(out, 100, seed);
        return out.toString();
    }
}
