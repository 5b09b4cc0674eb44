package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.MentionedDate;
import dev.lede.model.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RoaringDocIdSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet ordinals copied onto the heap read as the doc values do, within their budget, and count the same. */
class HeapOrdinalsTest {

    private static final String FIELD = Schema.facetsConfig().getDimConfig(Schema.DIM_PERSON).indexFieldName;

    @TempDir
    Path indexDir;

    /** Three writer sessions (three segments of more than 64 articles); some articles without any value, one replaced. */
    @BeforeEach
    void indexThreeSegments() throws IOException {
        Random random = new Random(7);
        for (int session = 0; session < 3; session++) {
            try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
                for (int i = 0; i < 100; i++) {
                    writer.write(article("s" + session + "-" + i, random));
                }
                if (session == 2) {
                    writer.write(article("s0-3", random));
                }
                writer.commit();
            }
        }
    }

    @Test
    void everySegmentsCopyHoldsEachArticlesOrdinalsAsItsDocValuesDo() throws IOException {
        HeapOrdinals heap = new HeapOrdinals(FIELD, HeapOrdinals.DEFAULT_MAX_ORDINALS);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            assertTrue(
                    reader.leaves().size() > 1, "segments: " + reader.leaves().size());
            long total = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                HeapOrdinals.Segment copy = heap.of(leaf.reader());
                assertNotNull(copy);
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FIELD);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Map<String, List<Integer>> expected = new TreeMap<>();
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            int ord = (int) values.nextOrd();
                            String dimension = dimensionOf(values, ord);
                            if (COPIED_DIMENSIONS.contains(dimension)) {
                                expected.computeIfAbsent(dimension, d -> new ArrayList<>())
                                        .add(ord);
                            }
                        }
                    }
                    Map<String, List<Integer>> copied = new TreeMap<>();
                    for (int i = copy.start(doc); i < copy.end(doc); i++) {
                        int ord = copy.ord(i);
                        String dimension = dimensionOf(values, ord);
                        assertTrue(COPIED_DIMENSIONS.contains(dimension), dimension + " was copied");
                        copied.computeIfAbsent(dimension, d -> new ArrayList<>())
                                .add(ord);
                        total++;
                    }
                    if (doc == 0) {
                        Set<String> copiedDimensions = copiedDimensions(heap, leaf);
                        assertTrue(
                                copiedDimensions.containsAll(CanonicalOrdinals.TIMELINE_DIMENSIONS),
                                "the timelines are copied: " + copiedDimensions);
                    }
                    assertEquals(expected, copied, "doc " + doc + " of segment " + leaf.ord);
                }
                assertTrue(heap.of(leaf.reader()) == copy, "a segment is copied once");
            }
            assertEquals(total, heap.held());
        }
        assertEquals(0, heap.held(), "closed segments give their room back");
    }

    @Test
    void preparingASnapshotCopiesEachSegmentOnceWhileItsValuesAreRead() throws IOException {
        IndexFacets facets = new IndexFacets(Schema.facetsConfig());
        HeapOrdinals alone = new HeapOrdinals(FIELD, HeapOrdinals.DEFAULT_MAX_ORDINALS);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                alone.of(leaf.reader());
            }
            facets.prepare(reader, List.of());
            assertTrue(alone.held() > 0);
            assertEquals(alone.held(), facets.heldOnHeap(), "every segment copied, none twice");
            facets.prepare(reader, List.of());
            assertEquals(alone.held(), facets.heldOnHeap(), "a snapshot prepared again copies nothing more");
        }
        assertEquals(0, facets.heldOnHeap(), "closed segments give their room back");
    }

    @Test
    void segmentsBeyondTheBudgetAreLeftToTheirDocValuesAndNotReadAgain() throws IOException {
        HeapOrdinals heap = new HeapOrdinals(FIELD, 10);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            for (int round = 0; round < 2; round++) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    assertNull(heap.of(leaf.reader()));
                }
            }
            assertEquals(0, heap.held());
            assertEquals(reader.leaves().size(), heap.segmentsRead());
        }
    }

    @Test
    void threadsAskingForTheSameSegmentAtOnceShareOneCopy() throws Exception {
        HeapOrdinals heap = new HeapOrdinals(FIELD, HeapOrdinals.DEFAULT_MAX_ORDINALS);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            CyclicBarrier together = new CyclicBarrier(threads);
            List<Future<List<HeapOrdinals.Segment>>> asked = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                asked.add(pool.submit(() -> {
                    together.await();
                    List<HeapOrdinals.Segment> copies = new ArrayList<>();
                    for (LeafReaderContext leaf : reader.leaves()) {
                        copies.add(heap.of(leaf.reader()));
                    }
                    return copies;
                }));
            }
            List<HeapOrdinals.Segment> first = asked.get(0).get(30, TimeUnit.SECONDS);
            for (Future<List<HeapOrdinals.Segment>> other : asked) {
                List<HeapOrdinals.Segment> copies = other.get(30, TimeUnit.SECONDS);
                for (int i = 0; i < first.size(); i++) {
                    assertTrue(copies.get(i) == first.get(i), "segment " + i + " has one copy");
                }
            }
            assertEquals(reader.leaves().size(), heap.segmentsRead(), "each segment read once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsFromTheHeapEqualCountsFromDocValuesForEveryQuery() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Tables tables = Tables.of(reader, List.of());
            for (Query query : List.of(
                    new MatchAllDocsQuery(),
                    new TermQuery(new Term(Schema.BODY, "harbour")),
                    new TermQuery(new Term(Schema.BODY, "budget")))) {
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                Map<FacetField, List<FacetValue>> expected =
                        tables.fromDocValues().top(matches, COUNTED, 5);
                assertEquals(expected, tables.onHeap().top(matches, COUNTED, 5), query.toString());
                assertTrue(expected.get(FacetField.PERSON).size() > 1, expected.toString());
            }
        }
    }

    @Test
    void timelinesCountedWithTheFacetsEqualLucenesOwnCountsFromEitherTable() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Tables tables = Tables.of(reader, List.of());
            var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
            for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.BODY, "strike")))) {
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                var lucene = new SortedSetDocValuesFacetCounts(state, matches);
                Set<FacetField> fields = EnumSet.of(FacetField.PERSON);
                Set<Timeline> timelines = EnumSet.allOf(Timeline.class);
                CanonicalOrdinals.Counts onHeap = tables.onHeap().count(matches, fields, timelines);
                CanonicalOrdinals.Counts fromDocValues = tables.fromDocValues().count(matches, fields, timelines);
                for (String dimension :
                        List.of(Schema.DIM_MONTH, Schema.DIM_MENTIONED_YEAR, Schema.DIM_MENTIONED_MONTH)) {
                    List<FacetValue> expected = luceneCounts(lucene, dimension);
                    assertFalse(expected.isEmpty(), dimension + " has values for " + query);
                    assertEquals(expected, onHeap.values(dimension), dimension + " for " + query);
                    assertEquals(expected, fromDocValues.values(dimension), dimension + " for " + query);
                }
                assertEquals(
                        tables.onHeap().top(matches, fields, 5).get(FacetField.PERSON),
                        onHeap.top(FacetField.PERSON, 5),
                        "counted in the same pass as alone");
            }
        }
    }

    @Test
    void aSearchOfEveryArticleOrAllButOneCountsEachValueAsLuceneDoesThoughASegmentHasADeletion() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            assertTrue(reader.numDeletedDocs() > 0, "one article was replaced");
            IndexSearcher searcher = new IndexSearcher(reader);
            Tables tables = Tables.of(reader, List.of());
            var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
            Query allButOne = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.ID, "s1-7")), BooleanClause.Occur.MUST_NOT)
                    .build();
            for (Query query : List.of(new MatchAllDocsQuery(), allButOne)) {
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                var lucene = new SortedSetDocValuesFacetCounts(state, matches);
                Set<FacetField> fields = EnumSet.allOf(FacetField.class);
                Set<Timeline> timelines = EnumSet.allOf(Timeline.class);
                for (CanonicalOrdinals table : List.of(tables.onHeap(), tables.fromDocValues())) {
                    assertEquals(
                            luceneCounts(lucene, Schema.DIM_PERSON),
                            table.count(matches, EnumSet.of(FacetField.PERSON), Set.of())
                                    .values(Schema.DIM_PERSON),
                            "people alone " + query);
                    CanonicalOrdinals.Counts counts = table.count(matches, fields, timelines);
                    for (String dimension : COPIED_DIMENSIONS) {
                        assertEquals(
                                luceneCounts(lucene, dimension), counts.values(dimension), dimension + " " + query);
                    }
                }
            }
        }
    }

    @Test
    void eachPublicationMonthOfTheMatchesCountsAsASearchWithinThatMonthFromEitherTable() throws IOException {
        List<CurationChange> blocks = List.of(
                new CurationChange(1, Instant.EPOCH, CurationAction.BLOCK, FacetField.PLACE, "Lisbon", null),
                new CurationChange(
                        2, Instant.EPOCH, CurationAction.MERGE, FacetField.PERSON, "Lena Berg", "Ana Silva"));
        Set<FacetField> fields = EnumSet.of(FacetField.PERSON, FacetField.PLACE, FacetField.COUNTRY);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Tables tables = Tables.of(reader, blocks);
            for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.BODY, "strike")))) {
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                for (CanonicalOrdinals table : List.of(tables.onHeap(), tables.fromDocValues())) {
                    List<FacetValue> months = table.count(matches, Set.of(), Set.of(Timeline.PUBLISHED))
                            .values(Schema.DIM_MONTH);
                    assertTrue(months.size() > 2, months.toString());
                    CanonicalOrdinals.Grouped byMonth = table.group(matches, Schema.DIM_MONTH, fields);
                    for (FacetValue month : months) {
                        DrillDownQuery inMonth = new DrillDownQuery(Schema.facetsConfig(), query);
                        inMonth.add(Schema.DIM_MONTH, month.value());
                        Map<FacetField, List<FacetValue>> expected =
                                table.top(searcher.search(inMonth, new FacetsCollectorManager()), fields, 50);
                        assertFalse(expected.get(FacetField.COUNTRY).isEmpty(), expected.toString());
                        assertEquals(expected, topOf(byMonth.counts(month.value()), fields), month + " of " + query);
                    }
                    assertEquals(
                            List.of(),
                            byMonth.counts("2031-01").top(FacetField.PERSON, 5),
                            "a month no match holds counts nothing");
                }
            }
        }
    }

    private static Map<FacetField, List<FacetValue>> topOf(CanonicalOrdinals.Counts counts, Set<FacetField> fields) {
        Map<FacetField, List<FacetValue>> top = new EnumMap<>(FacetField.class);
        fields.forEach(field -> top.put(field, counts.top(field, 50)));
        return top;
    }

    @Test
    void countsTheSameFromADenseAndFromASparseSetOfMatches() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            Tables tables = Tables.of(reader, List.of());
            Random random = new Random(3);
            List<FacetsCollector.MatchingDocs> dense = new ArrayList<>();
            List<FacetsCollector.MatchingDocs> sparse = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                int maxDoc = leaf.reader().maxDoc();
                Bits live = leaf.reader().getLiveDocs();
                FixedBitSet bits = new FixedBitSet(maxDoc);
                RoaringDocIdSet.Builder roaring = new RoaringDocIdSet.Builder(maxDoc);
                for (int doc = 0; doc < maxDoc; doc++) {
                    if ((live == null || live.get(doc)) && random.nextInt(3) > 0) {
                        bits.set(doc);
                        roaring.add(doc);
                    }
                }
                dense.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(bits), bits.cardinality(), null));
                sparse.add(new FacetsCollector.MatchingDocs(leaf, roaring.build(), bits.cardinality(), null));
            }

            Map<FacetField, List<FacetValue>> expected = tables.fromDocValues().top(collected(dense), COUNTED, 50);
            assertTrue(expected.get(FacetField.PERSON).size() > 1, expected.toString());
            assertEquals(expected, tables.onHeap().top(collected(dense), COUNTED, 50));
            assertEquals(expected, tables.onHeap().top(collected(sparse), COUNTED, 50));
        }
    }

    @Test
    void blockedValuesAtEitherEndOfTheCountedOrdinalsCountForNothingInAWideOrANarrowCount() throws IOException {
        List<CurationChange> blocks = new ArrayList<>();
        for (FacetField field : List.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG)) {
            List<String> values = new ArrayList<>(valuesOf(field));
            values.sort(null);
            for (String value : List.of(values.getFirst(), values.getLast())) {
                blocks.add(
                        new CurationChange(blocks.size() + 1, Instant.EPOCH, CurationAction.BLOCK, field, value, null));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Tables tables = Tables.of(reader, blocks);
            for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term(Schema.ID, "s1-7")))) {
                FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                Map<FacetField, List<FacetValue>> counted = tables.onHeap().top(matches, COUNTED, 50);
                assertEquals(tables.fromDocValues().top(matches, COUNTED, 50), counted, query.toString());
                for (CurationChange block : blocks) {
                    assertTrue(
                            counted.getOrDefault(block.field(), List.of()).stream()
                                    .noneMatch(value -> value.value().equals(block.value())),
                            block + " in " + counted);
                }
            }
        }
    }

    private static List<String> valuesOf(FacetField field) {
        return switch (field) {
            case PERSON -> PEOPLE;
            case PLACE -> PLACES;
            default -> ORGS;
        };
    }

    private static final Set<FacetField> COUNTED = EnumSet.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);

    /** The same snapshot's ordinal table counting from the heap and counting from doc values, with one curation log. */
    private record Tables(CanonicalOrdinals onHeap, CanonicalOrdinals fromDocValues) {
        static Tables of(DirectoryReader reader, List<CurationChange> log) throws IOException {
            IndexFacets heap = new IndexFacets(Schema.facetsConfig());
            IndexFacets docValues = new IndexFacets(Schema.facetsConfig(), 0);
            heap.prepare(reader, log);
            return new Tables(
                    heap.ordinals(reader, heap.aliases(reader, log)),
                    docValues.ordinals(reader, docValues.aliases(reader, log)));
        }
    }

    private static FacetsCollector collected(List<FacetsCollector.MatchingDocs> matches) {
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return matches;
            }
        };
    }

    /** Lucene's own count of each value of {@code dimension} some match holds, in index order (none when unindexed). */
    private static List<FacetValue> luceneCounts(SortedSetDocValuesFacetCounts lucene, String dimension)
            throws IOException {
        List<FacetValue> values = new ArrayList<>();
        FacetResult children;
        try {
            children = lucene.getAllChildren(dimension);
        } catch (IllegalArgumentException notIndexed) {
            return values;
        }
        for (LabelAndValue value : children == null ? new LabelAndValue[0] : children.labelValues) {
            if (value.value.longValue() > 0) {
                values.add(new FacetValue(value.label, value.value.longValue()));
            }
        }
        return values;
    }

    /** The facet fields' dimensions and the timelines' years and months. */
    private static final Set<String> COPIED_DIMENSIONS = Stream.concat(
                    Arrays.stream(FacetField.values()).map(Schema::dimension),
                    Stream.of(Schema.DIM_YEAR, Schema.DIM_MONTH, Schema.DIM_MENTIONED_YEAR, Schema.DIM_MENTIONED_MONTH))
            .collect(Collectors.toCollection(TreeSet::new));

    private static String dimensionOf(SortedSetDocValues values, int ord) throws IOException {
        return FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[0];
    }

    /** The dimensions of every ordinal some article of {@code leaf} has in its copy. */
    private static Set<String> copiedDimensions(HeapOrdinals heap, LeafReaderContext leaf) throws IOException {
        HeapOrdinals.Segment copy = heap.of(leaf.reader());
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FIELD);
        Set<String> dimensions = new TreeSet<>();
        for (int i = 0; i < copy.size(); i++) {
            dimensions.add(dimensionOf(values, copy.ord(i)));
        }
        return dimensions;
    }

    private static final List<String> PEOPLE =
            List.of("Ana Silva", "Omar Haddad", "Lena Berg", "Kofi Mensah", "Mei Chen", "Ravi Nair");
    private static final List<String> PLACES = List.of("Lisbon", "Cairo", "Oslo", "Accra", "Chengdu");
    private static final List<String> ORGS = List.of("Port Authority", "City Council", "Harbour Trust");
    private static final List<String> WORDS = List.of("harbour", "budget", "strike", "council", "ferry");

    private static EnrichedArticle article(String id, Random random) {
        List<String> people = pick(PEOPLE, random);
        List<String> places = pick(PLACES, random);
        String body = "The " + WORDS.get(random.nextInt(WORDS.size())) + " story of " + id + ".";
        return new EnrichedArticle(
                new Article(id, "Story " + id, body, published(random), "Wire", null, null),
                new Enrichment(people, places, pick(ORGS, random), countriesOf(places), pickDates(random), null));
    }

    private static List<String> countriesOf(List<String> places) {
        return places.stream().map(COUNTRY_OF_PLACE::get).distinct().toList();
    }

    private static final Map<String, String> COUNTRY_OF_PLACE =
            Map.of("Lisbon", "Portugal", "Cairo", "Egypt", "Oslo", "Norway", "Accra", "Ghana", "Chengdu", "China");

    /** Late on the last day of one of four months, so that the month is the one in UTC. */
    private static Instant published(Random random) {
        return Instant.parse("2024-12-31T23:59:00Z")
                .atZone(ZoneOffset.UTC)
                .plusMonths(random.nextInt(4))
                .toInstant();
    }

    /** Up to three dates named in the text, none in about a quarter of the articles. */
    private static List<MentionedDate> pickDates(Random random) {
        return pick(MENTIONED, random).stream()
                .map(date -> new MentionedDate(date, "on " + date))
                .toList();
    }

    private static final List<String> MENTIONED = List.of("2024-11-05", "2025-02-14", "2025-02", "2019");

    /** Up to three values, none in about a quarter of the articles. */
    private static List<String> pick(List<String> from, Random random) {
        List<String> picked = new ArrayList<>();
        int many = random.nextInt(4);
        for (int i = 0; i < many; i++) {
            String value = from.get(random.nextInt(from.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }
}
