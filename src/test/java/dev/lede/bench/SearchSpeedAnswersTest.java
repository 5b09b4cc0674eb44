package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.EntitySource;
import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.Ingester;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes searches faster never changes what they answer: a generated corpus in several segments, a mix derived
 * from it in every variant, asked with and without segments spread over threads and with and without a page of hits.
 */
class SearchSpeedAnswersTest {

    @TempDir
    static Path folder;

    private static Path index;
    private static List<SearchRequest> requests;

    /**
     * Three writer sessions, one per third of the corpus: each close commits its own segment, and Lucene's merge
     * policy leaves three small segments alone, so the index has several segments however the machine is loaded.
     */
    @BeforeAll
    static void indexAGeneratedCorpusInSeveralSegmentsAndDeriveAMix() throws IOException {
        Path corpus = folder.resolve("corpus/generated.jsonl");
        Files.createDirectories(corpus.getParent());
        new CorpusGenerator(11).writeTo(corpus, 3_000);
        index = folder.resolve("index");
        List<String> lines = Files.readAllLines(corpus);
        for (int part = 0; part < 3; part++) {
            Path third = folder.resolve("part-" + part + "/articles.jsonl");
            Files.createDirectories(third.getParent());
            Files.write(third, lines.subList(part * 1_000, (part + 1) * 1_000));
            try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
                new Ingester(
                                Parsers.standard(),
                                Extractors.forMode(NlpMode.OFF, EntitySource.GIVEN),
                                writer,
                                2,
                                message -> {})
                        .ingest(List.of(third.getParent()));
            }
        }
        Path mix = folder.resolve("mix.queries.jsonl");
        try (Writer out = Files.newBufferedWriter(mix)) {
            QueryMixGenerator.sampling(corpus, 3_000).write(out, 60, 42);
        }
        requests = new ArrayList<>();
        for (QuerySpec query : QueryMix.read(mix)) {
            for (MixVariant variant : MixVariant.values()) {
                requests.add(LedeQueries.request(query, variant));
            }
        }
    }

    @Test
    void segmentsSearchedOnTwoThreadsGiveTheAnswersOfOne() throws IOException {
        assertTrue(segments() > 2, "the corpus should be indexed in several segments, found " + segments());
        assertEquals(answers(1), answers(2));
    }

    @Test
    void aSearchWithoutAPageCountsWhatTheSameSearchWithAPageCounts() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            int withMatches = 0;
            for (SearchRequest request : requests) {
                SearchPage counted = search.search(request.toBuilder().size(0).build());
                SearchPage paged = search.search(request.toBuilder().size(10).build());
                assertEquals(paged.total(), counted.total(), request.query());
                assertEquals(paged.facets(), counted.facets(), request.query());
                assertEquals(paged.published(), counted.published(), request.query());
                assertTrue(counted.hits().isEmpty());
                withMatches += paged.total() > 0 ? 1 : 0;
            }
            assertTrue(withMatches > requests.size() / 2, withMatches + " of " + requests.size() + " match");
        }
    }

    @Test
    void theHitsOfASearchThatCountsFacetsAreTheHitsOfOneThatCountsNone() throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
            int withHits = 0;
            for (SearchRequest request : requests) {
                SearchPage counting = search.search(request);
                SearchPage plain = search.search(
                        request.toBuilder().counting(Set.of(), Set.of()).build());
                assertEquals(plain.total(), counting.total(), request.query());
                assertEquals(plain.hits(), counting.hits(), request.query());
                withHits += counting.hits().isEmpty() ? 0 : 1;
            }
            assertTrue(withHits > requests.size() / 3, withHits + " of " + requests.size() + " have hits");
        }
    }

    /** Everything each search of the mix answers but the time it took. */
    private static List<String> answers(int threads) throws IOException {
        List<String> answers = new ArrayList<>();
        try (LuceneArticleSearch search = LuceneArticleSearch.open(index).searchSegmentsWith(threads)) {
            for (SearchRequest request : requests) {
                SearchPage page = search.search(request);
                answers.add(new SearchPage(
                                page.query(),
                                page.total(),
                                0,
                                page.page(),
                                page.size(),
                                page.sort(),
                                page.hits(),
                                page.facets(),
                                page.published(),
                                page.mentioned(),
                                page.warnings(),
                                page.nextCursor())
                        .toString());
            }
        }
        return answers;
    }

    private static int segments() throws IOException {
        try (FSDirectory directory = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }
}
