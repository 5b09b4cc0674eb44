package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.enrich.Extractor;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import dev.lede.source.SourceInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reruns skip unchanged articles before NLP, update changed ones, commit as they go and name what they leave out. */
class IncrementalIngestTest {

    @TempDir
    Path input;

    @TempDir
    Path indexDir;

    /** Counts extraction calls per article id, so a test can see which articles reached NLP. */
    private final Map<String, Integer> extracted = new ConcurrentHashMap<>();

    private final Extractor countingExtractor = article -> {
        extracted.merge(article.id(), 1, Integer::sum);
        return Enrichment.NONE;
    };

    @Test
    void aRerunSkipsUnchangedArticlesBeforeNlpAndUpdatesChangedOnes() throws Exception {
        Files.writeString(input.resolve("a.jsonl"), lines("a1", "Ferry fares rise", "a2", "Ferry timetable"));
        Files.writeString(input.resolve("b.json"), "{\"id\":\"b1\",\"title\":\"Bridge closed\",\"body\":\"Shut.\"}");
        IngestStatus first = ingest("nlp=off");
        assertEquals(3, first.added());

        extracted.clear();
        Files.writeString(input.resolve("a.jsonl"), lines("a1", "Ferry fares rise again", "a2", "Ferry timetable"));
        IngestStatus second = ingest("nlp=off");

        assertEquals(0, second.added());
        assertEquals(1, second.updated());
        assertEquals(2, second.unchanged());
        assertEquals(Map.of("a1", 1), extracted, "only the changed article reaches NLP");
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(3, search.articleCount());
            assertEquals(
                    "Ferry fares rise again", search.article("a1").orElseThrow().title());
        }
    }

    @Test
    void otherEnrichmentSettingsEnrichEverythingAgain() throws Exception {
        Files.writeString(input.resolve("a.jsonl"), lines("a1", "Ferry fares rise", "a2", "Ferry timetable"));
        ingest("nlp=off");
        extracted.clear();

        IngestStatus withNlp = ingest("nlp=full");

        assertEquals(2, withNlp.updated());
        assertEquals(Map.of("a1", 1, "a2", 1), extracted);
    }

    @Test
    void articlesAreCommittedAsTheRunGoesNotOnlyAtTheEnd() throws Exception {
        Files.writeString(
                input.resolve("a.jsonl"), lines("a1", "One", "a2", "Two", "a3", "Three", "a4", "Four", "a5", "Five"));

        IngestStatus status = new IngestStatus();
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            // One worker, so the articles are written, and the commits fall, in order.
            new Ingester(Parsers.standard(), countingExtractor, writer, 1, message -> {})
                    .withCommits(new CommitPolicy(2, Duration.ofHours(1)))
                    .ingest(List.of(input), status);
        }

        assertEquals(5, status.added());
        assertEquals(3, status.commits(), "after the 2nd and the 4th article, and at the end");
    }

    @Test
    void everyInputRecordAndArticleLeftOutIsNamedInTheRejectsFileWithItsReason() throws Exception {
        Files.writeString(input.resolve("notes.md"), "# not an article");
        Files.writeString(input.resolve("broken.json"), "{\"title\": ");
        Files.writeString(input.resolve("feed.jsonl"), lines("f1", "Good") + "not json\n");
        Path rejectsFile = indexDir.resolve("rejects.jsonl");

        try (RejectsFile rejects = RejectsFile.create(rejectsFile);
                LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            IngestStatus status = new IngestStatus();
            new Ingester(Parsers.standard(), countingExtractor, writer, 2, message -> {})
                    .withRejects(rejects)
                    .ingest(List.of(input), status);
            assertEquals(1, status.added());
            assertEquals(2, status.skipped());
            assertEquals(1, status.ignored());
        }

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byLocation = Files.readAllLines(rejectsFile).stream()
                .map(line -> readTree(json, line))
                .collect(Collectors.toMap(node -> node.get("location").asText(), node -> node));
        assertEquals(
                "ignored",
                byLocation
                        .get(input.resolve("notes.md").toString())
                        .get("outcome")
                        .asText());
        JsonNode broken = byLocation.get(input.resolve("broken.json").toString());
        assertEquals("skipped", broken.get("outcome").asText());
        assertTrue(broken.get("reason").asText().contains("invalid JSON"), broken.toString());
        assertTrue(
                byLocation.keySet().stream().anyMatch(location -> location.contains("feed.jsonl")),
                byLocation.keySet().toString());
    }

    @Test
    void oneStreamLikeStandardInputIsIndexedWithoutASourcePath() throws Exception {
        SourceInput stdin = SourceInput.of(
                "stdin.jsonl", lines("s1", "Piped", "s2", "Also piped").getBytes(StandardCharsets.UTF_8));
        IngestStatus status = new IngestStatus();
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            new Ingester(Parsers.standard(), countingExtractor, writer, 2, message -> {}).ingest(stdin, status);
        }
        assertEquals(2, status.added());
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            assertEquals(List.of(), writer.pruneSources(path -> true), "nothing to prune: no source files");
        }
    }

    private IngestStatus ingest(String enrichmentSettings) throws Exception {
        IngestStatus status = new IngestStatus();
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            new Ingester(Parsers.standard(), countingExtractor, writer, 2, message -> {})
                    .withEnrichmentSettings(enrichmentSettings)
                    .ingest(List.of(input), status);
        }
        return status;
    }

    private static String lines(String... idsAndTitles) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < idsAndTitles.length; i += 2) {
            lines.append(String.format(
                    "{\"id\":\"%s\",\"title\":\"%s\",\"body\":\"Story %s.\"}%n",
                    idsAndTitles[i], idsAndTitles[i + 1], idsAndTitles[i]));
        }
        return lines.toString();
    }

    private static JsonNode readTree(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
