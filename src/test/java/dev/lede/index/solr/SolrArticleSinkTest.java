package dev.lede.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.Provenance;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SolrCloudExtension.class)
class SolrArticleSinkTest {

    private static SolrConnection connect(String collection) throws Exception {
        SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), collection);
        new SolrCollectionSetup(solr).run(2, 1, false);
        return solr;
    }

    @Test
    void writingAnArticleAgainReplacesItAndItsHashIsReadBeforeTheCommit() throws Exception {
        try (SolrConnection solr = connect("sink_replace");
                SolrArticleSink sink = new SolrArticleSink(solr, 1)) {
            sink.write(article("a-1", "First version"), new Provenance("/in/a.json", "hash-1"));
            assertEquals(Optional.of("hash-1"), sink.contentHash("a-1"), "uncommitted, yet known to a resuming run");
            sink.commit();
            sink.write(article("a-1", "Second version"), new Provenance("/in/a.json", "hash-2"));
            sink.commit();

            assertEquals(1, count(solr, "*:*"));
            assertEquals(1, count(solr, "title:second"));
            assertEquals(Optional.of("hash-2"), sink.contentHash("a-1"));
            assertEquals(Optional.empty(), sink.contentHash("never-written"));
        }
    }

    @Test
    void removalsApplyAfterTheArticlesWrittenBeforeThemEvenWhenThoseWereStillPending() throws Exception {
        try (SolrConnection solr = connect("sink_removals");
                SolrArticleSink sink = new SolrArticleSink(solr)) {
            sink.write(article("r-1", "Kept"), new Provenance("/in/kept.json", "h1"));
            sink.write(article("r-2", "Deleted by id"), new Provenance("/in/kept.json", "h2"));
            sink.write(article("r-3", "Pruned"), new Provenance("/in/gone.json", "h3"));
            sink.delete("r-2");
            List<String> pruned = sink.pruneSources(path -> path.endsWith("gone.json"));
            sink.commit();

            assertEquals(List.of("/in/gone.json"), pruned);
            assertEquals(1, count(solr, "*:*"));
            assertEquals(1, count(solr, "id:r-1"));

            sink.deleteAll();
            sink.write(article("r-4", "Written after emptying"));
            sink.commit();
            assertEquals(1, count(solr, "*:*"));
            assertEquals(1, count(solr, "id:r-4"));
        }
    }

    @Test
    void aSecondRunOverTheSameInputSkipsEveryArticleAsUnchanged(@TempDir Path input) throws Exception {
        Files.writeString(input.resolve("wire.jsonl"), """
                {"id":"w-1","title":"Harbour tram opens","body":"The harbour tram carried its first passengers."}
                {"id":"w-2","title":"Rains fail again","body":"Farmers in the north wait for rain."}
                """);
        try (SolrConnection solr = connect("sink_resume")) {
            IngestReport first = ingest(solr, input);
            IngestReport second = ingest(solr, input);

            assertEquals(2, first.status().added());
            assertEquals(2, second.status().unchanged());
            assertEquals(0, second.status().added() + second.status().updated());
            assertEquals(2, count(solr, "*:*"));
        }
    }

    @Test
    void severalIndexersWritingPartsOfTheInputAtOnceConverge(@TempDir Path input) throws Exception {
        List<Path> parts = new java.util.ArrayList<>();
        for (int part = 0; part < 3; part++) {
            StringBuilder lines = new StringBuilder();
            // Each part shares its first article with the part before, as overlapping inputs would.
            for (int i = part * 10 - (part == 0 ? 0 : 1); i < part * 10 + 10; i++) {
                lines.append("{\"id\":\"p-")
                        .append(i)
                        .append("\",\"title\":\"Story ")
                        .append(i)
                        .append("\",\"body\":\"Body of story ")
                        .append(i)
                        .append(".\"}\n");
            }
            Path dir = Files.createDirectories(input.resolve("part" + part));
            Files.writeString(dir.resolve("part.jsonl"), lines);
            parts.add(dir);
        }
        try (SolrConnection solr = connect("sink_parallel");
                var pool = java.util.concurrent.Executors.newFixedThreadPool(parts.size())) {
            List<java.util.concurrent.Future<IngestReport>> runs = new java.util.ArrayList<>();
            for (Path part : parts) {
                runs.add(pool.submit(() -> ingest(solr, part)));
            }
            for (var run : runs) {
                run.get();
            }

            assertEquals(30, count(solr, "*:*"));
            assertEquals(1, count(solr, "id:p-10"));
        }
    }

    private static IngestReport ingest(SolrConnection solr, Path input) throws Exception {
        try (SolrArticleSink sink = new SolrArticleSink(solr)) {
            return new Ingester(Parsers.standard(), article -> Enrichment.NONE, sink, 2, message -> {})
                    .ingest(List.of(input));
        }
    }

    private static long count(SolrConnection solr, String query) throws Exception {
        return solr.client()
                .query(solr.collection(), new SolrQuery(query))
                .getResults()
                .getNumFound();
    }

    private static EnrichedArticle article(String id, String title) {
        return new EnrichedArticle(
                new Article(
                        id, title, title + " of the story.", Instant.parse("2025-03-01T10:00:00Z"), "Wire", null, null),
                Enrichment.NONE);
    }
}
