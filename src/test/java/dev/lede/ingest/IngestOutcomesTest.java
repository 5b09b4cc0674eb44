package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.SearchRequest;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run reports adds up to what it read and to what the index holds: one outcome per record. */
class IngestOutcomesTest {

    @TempDir
    Path input;

    @TempDir
    Path indexDir;

    private final List<String> messages = new ArrayList<>();
    private final List<List<String>> rejects = new ArrayList<>();

    @Test
    void eachLineHasOneOutcomeAndAnArticleKeptWithoutItsDateIsAddedWithAWarning() throws Exception {
        Files.writeString(
                input.resolve("mixed.jsonl"),
                String.join(
                        "\n",
                        article("a1", "Tram line opens"),
                        article("a2", "Ferry fares rise"),
                        "{\"id\":\"broken\",",
                        "[1,2]",
                        "\"str\"",
                        "{\"id\":\"empty\",\"source\":\"Wire\"}",
                        "{\"id\":\"arr\",\"title\":[\"a\",\"b\"],\"body\":\"Text.\"}",
                        article("a3", "Bridge reopens"),
                        "{\"id\":\"a4\",\"title\":\"Quay repaved\",\"body\":\"The quay.\",\"published\":\"yesterday\"}",
                        article("a5", "Library hours")));

        IngestReport report = ingest();

        IngestStatus status = report.status();
        assertEquals(5, status.added(), report.summary());
        assertEquals(5, status.skipped(), report.summary());
        assertEquals(10, status.added() + status.skipped(), "ten lines, ten outcomes: " + report.summary());
        assertEquals(1, status.warnings(), report.summary());
        assertTrue(report.summary().contains("; 1 warning (a field left out of an article read)"), report.summary());
        List<String> lineNine = rejects.stream()
                .filter(reject -> reject.get(2).startsWith("line 9:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rejects.toString()));
        assertEquals("warning", lineNine.get(1));
        assertEquals("line 9: published 'yesterday' is not a date; indexed without a date", lineNine.get(2));
        assertEquals(5, rejects.stream().filter(r -> r.get(1).equals("skipped")).count(), rejects.toString());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(5, search.articleCount());
            assertNull(search.article("a4").orElseThrow().published(), "indexed, without a date");
        }
    }

    @Test
    void aGzipFileCutShortKeepsItsArticlesCountsAsReadAndReportsTheCutOnce() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append(article("w" + i, "Wire story " + i + " " + Integer.toHexString(i * 7919)))
                    .append('\n');
        }
        byte[] gzipped = gzip(lines.toString());
        Files.write(input.resolve("trunc.jsonl.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));

        IngestReport report = ingest();

        IngestStatus status = report.status();
        assertEquals(1, report.filesRead(), report.summary());
        assertTrue(status.added() > 1000 && status.added() < 20_000, report.summary());
        assertEquals(0, report.skipped().size(), report.skipped().toString());
        assertEquals(1, report.problems().size(), report.problems().toString());
        String cut = report.problems().getFirst();
        assertEquals(
                input.resolve("trunc.jsonl.gz") + ": cut short after "
                        + String.format(java.util.Locale.ROOT, "%,d", status.added())
                        + " articles (the gzip stream ends early); the rest is lost",
                cut);
        assertEquals(1, rejects.size(), rejects.toString());
        assertEquals(
                input.resolve("trunc.jsonl.gz").toString(), rejects.getFirst().get(0));
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(status.added(), search.articleCount());
        }
    }

    @Test
    void copiesOfTheSameArticlesInOneRunAreAddedOnceAndThenUpdatedSoTheCountsMatchTheIndex() throws Exception {
        String lines = article("c1", "Canal dredged") + "\n" + article("c2", "Harbour crane") + "\n"
                + article("c3", "Station roof") + "\n";
        Files.writeString(input.resolve("bulk.jsonl"), lines);
        Files.write(input.resolve("bulk.jsonl.gz"), gzip(lines));
        Files.writeString(input.resolve("copy.jsonl"), lines);

        IngestReport report = ingest();

        IngestStatus status = report.status();
        assertEquals(9, status.read(), report.summary());
        assertEquals(3, status.added(), report.summary());
        assertEquals(6, status.updated(), report.summary());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(3, search.search(SearchRequest.everything()).total());
        }
    }

    private IngestReport ingest() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            return new Ingester(Parsers.standard(), Extractors.forMode(NlpMode.OFF), writer, 2, messages::add)
                    .withRejects((location, outcome, reason) -> {
                        synchronized (rejects) {
                            rejects.add(List.of(location, outcome, reason));
                        }
                    })
                    .ingest(List.of(input));
        }
    }

    private static String article(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + title + " today.\"}";
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
