package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.index.ArticleSink;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline from files to index: bad input is reported and skipped, everything else is indexed. */
class IngesterTest {

    @TempDir
    Path input;

    @TempDir
    Path indexDir;

    @Test
    void aMalformedFileIsReportedAndSkippedWhileTheRestIsIndexed() throws Exception {
        Files.writeString(
                input.resolve("good.txt"),
                "Canal bridge reopens\n\nPublished: 2024-06-01\n\nThe canal bridge reopened.");
        Files.writeString(input.resolve("broken.json"), "{\"title\": \"Half a record\", \"body\": ");
        Files.createDirectories(input.resolve("more"));
        Files.writeString(
                input.resolve("more/feed.jsonl"),
                "{\"id\":\"f1\",\"title\":\"Ferry timetable\",\"body\":\"New ferry times.\"}\n"
                        + "not json at all\n"
                        + "{\"id\":\"f2\",\"title\":\"Ferry fares\",\"body\":\"Fares rise.\"}\n");
        Files.writeString(input.resolve("README.md"), "# not an article");
        List<String> messages = new ArrayList<>();

        IngestReport report = ingest(messages);

        assertEquals(3, report.articlesIndexed());
        assertEquals(2, report.filesRead());
        assertEquals(1, report.filesIgnored(), report.summary());
        assertEquals(1, report.skipped().size(), report.skipped().toString());
        assertTrue(
                report.skipped().getFirst().contains("broken.json"),
                report.skipped().toString());
        assertEquals(1, report.problems().size());
        assertTrue(
                report.problems().getFirst().contains("line 2"),
                report.problems().toString());
        assertEquals(2, messages.size(), "each skip and problem is told as it happens");
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(3, search.search(SearchRequest.everything()).total());
        }
    }

    @Test
    void indexingTheSameFilesTwiceLeavesThemUnchangedInsteadOfDuplicating() throws Exception {
        Files.writeString(input.resolve("one.txt"), "Market hall restored\n\nThe market hall opened again.");
        Files.writeString(
                input.resolve("two.html"),
                "<html><head><title>Library extends hours</title></head><body><article><p>The library now opens late."
                        + "</p></article></body></html>");
        ingest(new ArrayList<>());
        IngestReport second = ingest(new ArrayList<>());
        assertEquals(0, second.articlesIndexed());
        assertEquals(2, second.status().unchanged());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(2, search.articleCount());
        }
    }

    @Test
    void anArticleWhoseEnrichmentFailsIsReportedWithWhereItFailedAndTheOthersAreIndexed() throws Exception {
        Files.writeString(
                input.resolve("wire.jsonl"),
                "{\"id\":\"w1\",\"title\":\"Tram fares\",\"body\":\"Fares rise.\"}\n"
                        + "{\"id\":\"w2\",\"title\":\"Trips the extractor\",\"body\":\"Boom.\"}\n");
        Extractor trips = article -> {
            if (article.id().equals("w2")) {
                throw new IllegalStateException("no tags for this one");
            }
            return Enrichment.NONE;
        };
        List<String> messages = new ArrayList<>();

        IngestReport report;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            report = new Ingester(Parsers.standard(), trips, writer, 2, messages::add).ingest(List.of(input));
        }

        assertEquals(1, report.articlesIndexed());
        assertEquals(1, report.status().failed());
        String failure = String.join("\n", messages);
        assertTrue(failure.contains("article w2"), failure);
        assertTrue(failure.contains("IllegalStateException: no tags for this one"), failure);
        assertTrue(failure.contains("(at dev.lede.ingest.IngesterTest"), "names where it was thrown: " + failure);
    }

    @Test
    void anArticleTheIndexRefusesIsReportedAndTheOthersOfItsBatchAreStillWritten() throws Exception {
        StringBuilder lines = new StringBuilder();
        int articles = WriteBatches.SIZE + 10;
        for (int i = 0; i < articles; i++) {
            lines.append("{\"id\":\"b")
                    .append(i)
                    .append("\",\"title\":\"Bus route ")
                    .append(i)
                    .append("\",\"body\":\"Route changes.\"}\n");
        }
        Files.writeString(input.resolve("buses.jsonl"), lines);
        List<String> messages = new ArrayList<>();

        IngestReport report;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            ArticleSink refusesOne = new ArticleSink() {
                @Override
                public void write(EnrichedArticle article) throws IOException {
                    if (article.article().id().equals("b7")) {
                        throw new IOException("no room for b7");
                    }
                    writer.write(article);
                }

                @Override
                public void delete(String id) throws IOException {
                    writer.delete(id);
                }

                @Override
                public void deleteAll() throws IOException {
                    writer.deleteAll();
                }

                @Override
                public List<String> pruneSources(Predicate<String> isGone) throws IOException {
                    return writer.pruneSources(isGone);
                }

                @Override
                public void commit() throws IOException {
                    writer.commit();
                }

                @Override
                public void close() {}
            };
            report = new Ingester(Parsers.standard(), Extractors.forMode(NlpMode.OFF), refusesOne, 1, messages::add)
                    .ingest(List.of(input));
        }

        assertEquals(articles - 1, report.articlesIndexed());
        assertEquals(1, report.status().failed());
        String failure = String.join("\n", messages);
        assertTrue(failure.contains("article b7") && failure.contains("no room for b7"), failure);
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(articles - 1, search.search(SearchRequest.everything()).total());
        }
    }

    private IngestReport ingest(List<String> messages) throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            return new Ingester(Parsers.standard(), Extractors.forMode(NlpMode.OFF), writer, 2, messages::add)
                    .ingest(List.of(input));
        }
    }
}
