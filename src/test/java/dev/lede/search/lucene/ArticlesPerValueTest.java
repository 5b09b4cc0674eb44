package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts kept per segment agree with Lucene's own count over the snapshot, through new segments and deletions, whether
 * a segment is counted from its doc values or from its heap copy.
 */
class ArticlesPerValueTest {

    @TempDir
    Path indexDir;

    private static final String FIELD = Schema.facetsConfig().getDimConfig(Schema.DIM_PERSON).indexFieldName;

    private final FacetsConfig config = Schema.facetsConfig();
    private ArticlesPerValue articlesPerValue;
    private HeapOrdinals heap;
    private boolean fromHeap;

    private void countFrom(boolean heapCopies) {
        fromHeap = heapCopies;
        heap = new HeapOrdinals(FIELD, heapCopies ? HeapOrdinals.DEFAULT_MAX_ORDINALS : 0);
        articlesPerValue = new ArticlesPerValue(heap);
    }

    @ParameterizedTest(name = "counted from heap copies: {0}")
    @ValueSource(booleans = {false, true})
    void aNewSnapshotCountsOnlyItsNewSegmentsAndTakesOffTheArticlesDeletedSince(boolean heapCopies) throws IOException {
        countFrom(heapCopies);
        // Enough other articles that the deletions below do not get the first segment merged away.
        List<EnrichedArticle> first = new ArrayList<>(List.of(
                article("a", List.of("Ada Lovelace", "Charles Babbage"), List.of("Royal Society")),
                article("b", List.of("Ada Lovelace"), List.of("Royal Society", "Analytical Society")),
                article("c", List.of("Mary Somerville"), List.of())));
        for (int i = 0; i < 20; i++) {
            first.add(article("other-" + i, List.of("John Herschel"), List.of()));
        }
        IndexedArticles.write(indexDir, first.toArray(EnrichedArticle[]::new));
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader before = DirectoryReader.open(directory)) {
            assertAgreesWithLucene(before);
            assertAgreesWithLucene(before);
            assertEquals(1, articlesPerValue.segmentsCounted(), "the second snapshot of the same reader is kept");

            try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
                writer.write(article("d", List.of("Ada Lovelace"), List.of("Analytical Society")));
                writer.write(article("b", List.of("Mary Somerville"), List.of()));
                writer.delete("c");
                writer.commit();
            }
            try (DirectoryReader second = DirectoryReader.openIfChanged(before)) {
                assertEquals(2, second.leaves().size(), "the test needs the first segment kept beside the new one");
                Map<String, Long> people = assertAgreesWithLucene(second).get(Schema.DIM_PERSON);
                assertEquals(
                        Map.of("Ada Lovelace", 2L, "Charles Babbage", 1L, "John Herschel", 20L, "Mary Somerville", 1L),
                        people);
                assertEquals(2, articlesPerValue.segmentsCounted(), "only the new segment was counted whole");
                assertEquals(2, articlesPerValue.deletionsApplied(), "b's old version and c were taken off");
            }
        }
    }

    @ParameterizedTest(name = "counted from heap copies: {0}")
    @ValueSource(booleans = {false, true})
    void aSnapshotWithoutAnyFacetValueInANewSegmentStillCounts(boolean heapCopies) throws IOException {
        countFrom(heapCopies);
        IndexedArticles.write(indexDir, article("a", List.of("Ada Lovelace"), List.of("Royal Society")));
        IndexedArticles.write(indexDir, article("b", List.of(), List.of()));
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(
                    Map.of("Ada Lovelace", 1L), assertAgreesWithLucene(reader).get(Schema.DIM_PERSON));
        }
    }

    /** Lede's counts by dimension and value, after checking that Lucene counts the same. */
    private Map<String, Map<String, Long>> assertAgreesWithLucene(DirectoryReader reader) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        long[] perOrdinal = articlesPerValue.perOrdinal(state);
        SortedSetDocValues all = state.getDocValues();
        Map<String, Map<String, Long>> ours = new TreeMap<>();
        for (int ord = 0; ord < perOrdinal.length; ord++) {
            if (perOrdinal[ord] > 0) {
                String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
                ours.computeIfAbsent(path[0], dim -> new TreeMap<>()).put(path[1], perOrdinal[ord]);
            }
        }
        var lucene = new SortedSetDocValuesFacetCounts(state);
        Map<String, Map<String, Long>> theirs = new TreeMap<>();
        for (String dim : state.getDims()) {
            var children = lucene.getAllChildren(dim);
            for (LabelAndValue child : children == null ? new LabelAndValue[0] : children.labelValues) {
                theirs.computeIfAbsent(dim, d -> new TreeMap<>()).put(child.label, child.value.longValue());
            }
        }
        assertTrue(ours.containsKey(Schema.DIM_PERSON), "the snapshot has people to count");
        assertTrue(theirs.containsKey(Schema.DIM_MONTH), "months are compared too");
        assertEquals(fromHeap, heap.held() > 0, "counted from the heap copies when asked to");
        assertEquals(theirs, ours);
        return ours;
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> organizations) {
        return new EnrichedArticle(
                new Article(
                        id, "Story " + id, "Text of " + id, Instant.parse("2025-01-15T09:00:00Z"), null, null, null),
                new Enrichment(people, List.of(), organizations, List.of()));
    }
}
