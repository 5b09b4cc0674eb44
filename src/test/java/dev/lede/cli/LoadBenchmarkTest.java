package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The load test end to end on a small index: searches from several clients while articles are ingested live. */
class LoadBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void ingestsEveryArticleLiveUnderLoadAndFindsEachAfterwards() throws Exception {
        Path index = indexOf(dir.resolve("index"), 20);
        Path corpus = corpus(dir.resolve("corpus.jsonl"), 7);

        int exit = new CommandLine(new LoadBenchmark())
                .execute(
                        "--index", index.toString(),
                        "--connections", "3",
                        "--seconds", "2",
                        "--ingest", corpus.toString(),
                        "--ingest-articles", "7",
                        "--batch", "3");

        assertEquals(0, exit);
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            assertEquals(27, search.articleCount(), "the 7 live articles come under fresh ids, beside the 20");
        }
    }

    @Test
    void aRefusedBatchIsReportedAndItsArticlesCountAsMissing() throws Exception {
        Path index = indexOf(dir.resolve("index"), 3);
        try (TestServer server = new TestServer(index)) {
            LiveIngestLoad live = LiveIngestLoad.prepare(
                    HttpClient.newHttpClient(),
                    server.baseUrl(),
                    "not-the-write-token-at-all",
                    corpus(dir.resolve("corpus.jsonl"), 2),
                    2,
                    5,
                    "live-");
            live.ingest(Duration.ZERO);
            live.verify();

            List<String> errors = live.errors();
            assertEquals(3, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("batch 0: HTTP 401"), errors.get(0));
            assertEquals("live-1: not acknowledged by POST /api/articles", errors.get(2));
        }
    }

    private static Path indexOf(Path index, int articles) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            for (int i = 0; i < articles; i++) {
                writer.write(new EnrichedArticle(
                        new Article(
                                "a" + i,
                                "Harbour cranes idle in week " + i,
                                "Dockers stayed home.",
                                Instant.parse("2024-01-01T00:00:00Z"),
                                "Harbour Ledger",
                                "https://x.example/" + i,
                                null),
                        new Enrichment(List.of("Marit Zuidervaart"), List.of("Rotterdam"), List.of(), List.of())));
            }
            writer.commit();
        }
        return index;
    }

    /** Articles whose ids are already in the index: the load test must give them fresh ones. */
    private static Path corpus(Path file, int articles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            lines.add("{\"id\": \"a" + i + "\", \"title\": \"Tug strike day " + i
                    + "\", \"body\": \"Tugs stayed in port.\", \"published\": \"2024-02-0" + (1 + i % 9)
                    + "T08:00:00Z\"}");
        }
        return Files.write(file, lines);
    }
}
