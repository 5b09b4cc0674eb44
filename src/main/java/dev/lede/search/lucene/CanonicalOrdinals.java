package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Timeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one index snapshot as curation shows them, by ordinal: every segment's ordinal of a person,
 * place, country, region, org or source maps to the slot of its canonical name (or to none when blocked), and each year
 * and month of the two timelines to a slot of its own. A search counts its matches once over their ordinals, each
 * article once per canonical name however many of its merged variants it holds, so merged values are counted exactly
 * without further queries, and its timelines in the same pass. Built once per snapshot and curation log, before any
 * search uses it.
 */
final class CanonicalOrdinals {

    private static final int NONE = -1;

    /** The year and month dimensions of both timelines, counted with the facet fields. */
    static final List<String> TIMELINE_DIMENSIONS = Arrays.stream(Timeline.values())
            .flatMap(timeline -> Stream.of(Schema.yearDimension(timeline), Schema.monthDimension(timeline)))
            .toList();

    private final String indexField;
    /** Per segment (by its ord in the reader): segment ordinal → slot, or {@link #NONE}. */
    private final int[][] slotOfSegmentOrd;
    /** Per segment: its ordinals on the heap, or {@code null} where they are read from doc values. */
    private final HeapOrdinals.Segment[] heapOrdinals;
    /** Per segment: whether two of its ordinals share a slot, so that an article could count twice for one name. */
    private final boolean[] mergesInSegment;
    /** Per segment: the counts by slot of all its articles, every dimension, once a search has matched them all. */
    private final AtomicReferenceArray<int[]> allArticlesCounts;
    /** Per segment: what identifies it with its deletions, or {@code null} where the reader cannot say. */
    private final Object[] segmentKeys;
    /** Per set of dimensions counted: {@link #slotOfSegmentOrd} with the other dimensions' slots as {@link #NONE}. */
    private final Map<Set<String>, int[][]> slotsOfDimensions = new ConcurrentHashMap<>();

    private final String[] names;
    /** The facet field of each slot; {@code null} for a timeline's period. */
    private final FacetField[] fieldOfSlot;
    /** Per dimension: its slots, from the first up to (not including) the second. */
    private final Map<String, int[]> slotRange;

    private final EntityAliases aliases;
    private final AtomicReferenceArray<List<String>> aliasesOfSlot;
    /** Per segment: the countries and regions withdrawn from its articles, by doc id, which counting takes back. */
    private final Map<Integer, List<WithdrawnValues.Withdrawal>> withdrawnBySegment;

    private CanonicalOrdinals(
            String indexField,
            int[][] slotOfSegmentOrd,
            HeapOrdinals.Segment[] heapOrdinals,
            Object[] segmentKeys,
            Slots slots,
            EntityAliases aliases,
            List<WithdrawnValues.Withdrawal> withdrawn) {
        this.indexField = indexField;
        this.segmentKeys = segmentKeys;
        this.slotOfSegmentOrd = slotOfSegmentOrd;
        this.heapOrdinals = heapOrdinals;
        this.allArticlesCounts = new AtomicReferenceArray<>(slotOfSegmentOrd.length);
        this.mergesInSegment = mergesInSegment(slotOfSegmentOrd, slots.names.size());
        this.names = slots.names.toArray(String[]::new);
        this.fieldOfSlot = slots.fields.toArray(FacetField[]::new);
        this.slotRange = Map.copyOf(slots.ranges);
        this.aliases = aliases;
        this.aliasesOfSlot = new AtomicReferenceArray<>(this.names.length);
        Map<Integer, List<WithdrawnValues.Withdrawal>> bySegment = new HashMap<>();
        for (WithdrawnValues.Withdrawal withdrawal : withdrawn) {
            bySegment
                    .computeIfAbsent(withdrawal.segment(), s -> new ArrayList<>())
                    .add(withdrawal);
        }
        bySegment.values().forEach(list -> list.sort(Comparator.comparingInt(WithdrawnValues.Withdrawal::doc)));
        this.withdrawnBySegment = bySegment;
    }

    /** The slots as they are handed out: names, the field of each, and each dimension's range. */
    private static final class Slots {
        final List<String> names = new ArrayList<>();
        final List<FacetField> fields = new ArrayList<>();
        final Map<String, int[]> ranges = new HashMap<>();

        int add(String dimension, FacetField field, String name) {
            names.add(name);
            fields.add(field);
            int slot = names.size() - 1;
            ranges.computeIfAbsent(dimension, d -> new int[] {slot, slot})[1] = slot + 1;
            return slot;
        }
    }

    /**
     * The table for {@code state}'s snapshot with {@code aliases} in force, counting from the segments' copies in
     * {@code heap} where it holds them.
     *
     * @param valuesByField every value of each field in the snapshot, in ordinal order ({@link
     *     IndexFacets.Snapshot#values})
     */
    static CanonicalOrdinals of(
            SortedSetDocValuesReaderState state,
            Map<FacetField, List<String>> valuesByField,
            EntityAliases aliases,
            HeapOrdinals heap,
            List<WithdrawnValues.Withdrawal> withdrawn)
            throws IOException {
        SortedSetDocValues all = state.getDocValues();
        int[] slotOfGlobalOrd = new int[state.getSize()];
        Arrays.fill(slotOfGlobalOrd, NONE);
        Slots slots = new Slots();
        for (FacetField field : FacetField.values()) {
            String dimension = Schema.dimension(field);
            OrdRange range = state.getOrdRange(dimension);
            if (range == null) {
                continue;
            }
            Map<String, Integer> slotOfName = new HashMap<>();
            List<String> valuesOfField = valuesByField.get(field);
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String value = valuesOfField.get(ord - range.start());
                if (aliases.isBlocked(field, value)) {
                    continue;
                }
                slotOfGlobalOrd[ord] = slotOfName.computeIfAbsent(
                        aliases.canonical(field, value), canonical -> slots.add(dimension, field, canonical));
            }
        }
        for (String dimension : TIMELINE_DIMENSIONS) {
            OrdRange range = state.getOrdRange(dimension);
            for (int ord = range == null ? 0 : range.start(); range != null && ord <= range.end(); ord++) {
                String period = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString())[1];
                slotOfGlobalOrd[ord] = slots.add(dimension, null, period);
            }
        }
        IndexReader reader = state.getReader();
        OrdinalMap ordinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[][] bySegment = new int[reader.leaves().size()][];
        HeapOrdinals.Segment[] onHeap = new HeapOrdinals.Segment[bySegment.length];
        Object[] segmentKeys = new Object[bySegment.length];
        for (LeafReaderContext leaf : reader.leaves()) {
            onHeap[leaf.ord] = heap.of(leaf.reader());
            IndexReader.CacheHelper segment = leaf.reader().getReaderCacheHelper();
            segmentKeys[leaf.ord] = segment == null ? null : segment.getKey();
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            int[] slotOfOrd = new int[Math.toIntExact(values.getValueCount())];
            LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < slotOfOrd.length; ord++) {
                slotOfOrd[ord] = slotOfGlobalOrd[(int) toGlobal.get(ord)];
            }
            bySegment[leaf.ord] = slotOfOrd;
        }
        return new CanonicalOrdinals(state.getField(), bySegment, onHeap, segmentKeys, slots, aliases, withdrawn);
    }

    /**
     * Takes over the counts of all the articles of each segment that {@code previous}, the table of an earlier
     * snapshot, had made, where the segment and its deletions are unchanged and its values fall into the same
     * canonical names. Then the first search of every article after a commit counts only the new segments, instead
     * of every article of the index again (a segment's counts by name depend on nothing else). Called off the request
     * path, as the table is built.
     *
     * @return how many segments' counts were taken over
     */
    int keepWholeSegmentCounts(CanonicalOrdinals previous) {
        Map<Object, Integer> previousSegmentOfKey = new HashMap<>();
        for (int segment = 0; segment < previous.segmentKeys.length; segment++) {
            if (previous.segmentKeys[segment] != null) {
                previousSegmentOfKey.put(previous.segmentKeys[segment], segment);
            }
        }
        int kept = 0;
        for (int segment = 0; segment < segmentKeys.length; segment++) {
            Integer before = segmentKeys[segment] == null ? null : previousSegmentOfKey.get(segmentKeys[segment]);
            int[] counted = before == null ? null : previous.allArticlesCounts.get(before);
            int[] carried = counted == null
                    ? null
                    : SlotRenumbering.carry(
                            previous.slotOfSegmentOrd[before], slotOfSegmentOrd[segment], counted, names.length);
            if (carried != null) {
                allArticlesCounts.set(segment, carried);
                kept++;
            }
        }
        return kept;
    }

    /**
     * The top {@code limit} canonical values of {@code fields} among {@code matches}, most articles first, then by
     * name; values with no match left out.
     */
    Map<FacetField, List<FacetValue>> top(FacetsCollector matches, Set<FacetField> fields, int limit)
            throws IOException {
        Map<FacetField, List<FacetValue>> top = new EnumMap<>(FacetField.class);
        if (fields.isEmpty()) {
            return top;
        }
        Counts counts = count(matches, fields, Set.of());
        for (FacetField field : fields) {
            top.put(field, counts.top(field, limit));
        }
        return top;
    }

    /** One search's counts of {@code fields} and {@code timelines}, made in one pass over its matches. */
    Counts count(FacetsCollector matches, Set<FacetField> fields, Set<Timeline> timelines) throws IOException {
        Set<String> dimensions = new HashSet<>();
        fields.forEach(field -> dimensions.add(Schema.dimension(field)));
        timelines.forEach(timeline -> {
            dimensions.add(Schema.yearDimension(timeline));
            dimensions.add(Schema.monthDimension(timeline));
        });
        return new Counts(dimensions.isEmpty() ? new int[names.length] : count(matches, dimensions));
    }

    /**
     * The matches split by their value of {@code dimension}, which an article holds at most one of (a timeline's
     * month), to count {@code fields} apart for each value. The matches' ordinals are read once, in index order, and
     * each one's slots of {@code fields} kept with its value: counting each value's matches apart would read the
     * ordinals of articles spread over the whole index, each a cache miss.
     */
    Grouped group(FacetsCollector matches, String dimension, Set<FacetField> fields) throws IOException {
        Set<String> dimensions = new HashSet<>();
        fields.forEach(field -> dimensions.add(Schema.dimension(field)));
        int[][] slotsBySegment = slotsOfDimensions.computeIfAbsent(Set.copyOf(dimensions), this::slotsOf);
        Grouped grouped = new Grouped(slotRange.getOrDefault(dimension, new int[] {0, 0}));
        int[] lastDocOfSlot = new int[names.length];
        Arrays.fill(lastDocOfSlot, NONE);
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            if (segment.totalHits() > 0 && segment.bits() != null) {
                grouped.add(segment, slotsBySegment[segment.context().ord], lastDocOfSlot);
            }
        }
        return grouped;
    }

    /**
     * Matches grouped by their value of one dimension, each group as the slots its articles hold, each article's
     * slot once; a slot {@code s} that a blocked place withdrew is kept as {@code -(s + 1)}.
     */
    final class Grouped {
        private final int[] range;
        private final int[][] slotsOfGroup;
        private final int[] sizeOfGroup;

        private Grouped(int[] range) {
            this.range = range;
            this.slotsOfGroup = new int[range[1] - range[0]][];
            this.sizeOfGroup = new int[slotsOfGroup.length];
        }

        /** The counts of the matches that hold {@code value}: none when no match does. */
        Counts counts(String value) {
            int[] counts = new int[names.length];
            for (int group = 0; group < slotsOfGroup.length; group++) {
                if (names[range[0] + group].equals(value)) {
                    int[] slots = slotsOfGroup[group];
                    for (int i = 0; i < sizeOfGroup[group]; i++) {
                        if (slots[i] >= 0) {
                            counts[slots[i]]++;
                        } else {
                            counts[-slots[i] - 1]--;
                        }
                    }
                }
            }
            return new Counts(counts);
        }

        private void add(FacetsCollector.MatchingDocs segment, int[] counted, int[] lastDocOfSlot) throws IOException {
            int[] slots = slotOfSegmentOrd[segment.context().ord];
            ArticleOrdinals ordinals = new ArticleOrdinals(segment.context());
            List<WithdrawnValues.Withdrawal> withdrawn =
                    withdrawnBySegment.getOrDefault(segment.context().ord, List.of());
            int nextWithdrawn = 0;
            int docBase = segment.context().docBase;
            DocIdSetIterator docs = segment.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int count = ordinals.read(doc);
                int group = groupOf(slots, ordinals.ords, count);
                if (group == NONE) {
                    continue;
                }
                for (int i = 0; i < count; i++) {
                    int slot = counted[ordinals.ords[i]];
                    if (slot != NONE && lastDocOfSlot[slot] != docBase + doc) {
                        lastDocOfSlot[slot] = docBase + doc;
                        append(group, slot);
                    }
                }
                while (nextWithdrawn < withdrawn.size()
                        && withdrawn.get(nextWithdrawn).doc() <= doc) {
                    WithdrawnValues.Withdrawal withdrawal = withdrawn.get(nextWithdrawn++);
                    int slot = counted[(int) withdrawal.ord()];
                    if (withdrawal.doc() == doc && slot != NONE) {
                        append(group, -slot - 1);
                    }
                }
            }
        }

        private int groupOf(int[] slots, int[] ords, int count) {
            for (int i = 0; i < count; i++) {
                int slot = slots[ords[i]];
                if (slot >= range[0] && slot < range[1]) {
                    return slot - range[0];
                }
            }
            return NONE;
        }

        private void append(int group, int slot) {
            int[] slots = slotsOfGroup[group];
            if (slots == null) {
                slots = slotsOfGroup[group] = new int[16];
            } else if (sizeOfGroup[group] == slots.length) {
                slots = slotsOfGroup[group] = Arrays.copyOf(slots, slots.length * 2);
            }
            slots[sizeOfGroup[group]++] = slot;
        }
    }

    /** One segment's ordinals of an article at a time, read from its heap copy or else its doc values. */
    private final class ArticleOrdinals {
        private final HeapOrdinals.Segment onHeap;
        private final SortedSetDocValues values;
        int[] ords = new int[32];

        ArticleOrdinals(LeafReaderContext segment) throws IOException {
            this.onHeap = heapOrdinals[segment.ord];
            this.values = onHeap == null ? DocValues.getSortedSet(segment.reader(), indexField) : null;
        }

        /** Reads the ordinals of {@code doc}, a later one than the last, into {@link #ords}; returns how many. */
        int read(int doc) throws IOException {
            int count = onHeap != null
                    ? onHeap.end(doc) - onHeap.start(doc)
                    : values.advanceExact(doc) ? values.docValueCount() : 0;
            if (ords.length < count) {
                ords = new int[count];
            }
            for (int i = 0; i < count; i++) {
                ords[i] = onHeap != null ? onHeap.ord(onHeap.start(doc) + i) : (int) values.nextOrd();
            }
            return count;
        }
    }

    /** A search's counts by slot. */
    final class Counts {
        private final int[] bySlot;

        private Counts(int[] bySlot) {
            this.bySlot = bySlot;
        }

        /**
         * The top {@code limit} canonical values of {@code field}, most articles first, then by name; values with no
         * match left out.
         */
        List<FacetValue> top(FacetField field, int limit) {
            return CanonicalOrdinals.this.top(Schema.dimension(field), bySlot, limit);
        }

        /** Every value of {@code dimension} that a match holds, in index order, with its number of matches. */
        List<FacetValue> values(String dimension) {
            int[] range = slotRange.get(dimension);
            List<FacetValue> values = new ArrayList<>();
            for (int slot = range == null ? 0 : range[0]; range != null && slot < range[1]; slot++) {
                if (bySlot[slot] > 0) {
                    values.add(new FacetValue(names[slot], bySlot[slot]));
                }
            }
            return values;
        }
    }

    private int[] count(FacetsCollector matches, Set<String> dimensions) throws IOException {
        int[][] slotsBySegment = slotsOfDimensions.computeIfAbsent(Set.copyOf(dimensions), this::slotsOf);
        Counter counter = new Counter(new int[names.length]);
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            if (segment.totalHits() == 0 || segment.bits() == null) {
                continue;
            }
            if (segment.totalHits() == segment.context().reader().numDocs()) {
                addAll(allArticlesCounts(segment), dimensions, counter.counts);
            } else {
                counter.add(segment, slotsBySegment[segment.context().ord]);
            }
        }
        takeBackWithdrawn(matches, slotsBySegment, counter.counts);
        return counter.counts;
    }

    /**
     * The counts of every article of a segment that {@code all} matches whole (deleted ones are never matched), made
     * by the first search that does and then kept: the page's first search, of every article, then counts nothing
     * article by article.
     */
    private int[] allArticlesCounts(FacetsCollector.MatchingDocs all) throws IOException {
        int segment = all.context().ord;
        int[] known = allArticlesCounts.get(segment);
        if (known == null) {
            Counter counter = new Counter(new int[names.length]);
            counter.add(all, slotOfSegmentOrd[segment]);
            known = counter.counts;
            allArticlesCounts.set(segment, known);
        }
        return known;
    }

    private void addAll(int[] segmentCounts, Set<String> dimensions, int[] counts) {
        for (String dimension : dimensions) {
            int[] range = slotRange.get(dimension);
            for (int slot = range == null ? 0 : range[0]; range != null && slot < range[1]; slot++) {
                counts[slot] += segmentCounts[slot];
            }
        }
    }

    /** Counts segments' matches into {@link #counts}, by slot, each article once per slot. */
    private final class Counter {
        final int[] counts;
        /** By slot, the article last counted for it (merged variants share a slot); made when first needed. */
        private int[] lastDocOfSlot;

        Counter(int[] counts) {
            this.counts = counts;
        }

        void add(FacetsCollector.MatchingDocs segment, int[] slots) throws IOException {
            HeapOrdinals.Segment onHeap = heapOrdinals[segment.context().ord];
            DocIdSetIterator docs = segment.bits().iterator();
            if (onHeap != null && !mergesInSegment[segment.context().ord]) {
                countEach(docs, onHeap, slots, counts);
                return;
            }
            if (lastDocOfSlot == null) {
                lastDocOfSlot = new int[names.length];
                Arrays.fill(lastDocOfSlot, NONE);
            }
            Tally tally = new Tally(slots, counts, lastDocOfSlot);
            int docBase = segment.context().docBase;
            if (onHeap != null) {
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    for (int i = onHeap.start(doc), end = onHeap.end(doc); i < end; i++) {
                        tally.add(onHeap.ord(i), docBase + doc);
                    }
                }
                return;
            }
            SortedSetDocValues values = DocValues.getSortedSet(segment.context().reader(), indexField);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        tally.add((int) values.nextOrd(), docBase + doc);
                    }
                }
            }
        }
    }

    /** Uncounts the countries that only blocked places brought to a matched article. */
    private void takeBackWithdrawn(FacetsCollector matches, int[][] slotsBySegment, int[] counts) throws IOException {
        if (withdrawnBySegment.isEmpty()) {
            return;
        }
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            List<WithdrawnValues.Withdrawal> withdrawn = withdrawnBySegment.get(segment.context().ord);
            if (withdrawn == null || segment.totalHits() == 0 || segment.bits() == null) {
                continue;
            }
            int[] slots = slotsBySegment[segment.context().ord];
            DocIdSetIterator docs = segment.bits().iterator();
            for (WithdrawnValues.Withdrawal withdrawal : withdrawn) {
                int slot = slots[(int) withdrawal.ord()];
                int at = docs.docID() < withdrawal.doc() ? docs.advance(withdrawal.doc()) : docs.docID();
                if (slot != NONE && at == withdrawal.doc()) {
                    counts[slot]--;
                }
            }
        }
    }

    /**
     * The common case, and the hot loop: no two ordinals of the segment share a name, so each counts as it is. The
     * fields not counted have no slot in {@code slots}.
     */
    private static void countEach(DocIdSetIterator docs, HeapOrdinals.Segment onHeap, int[] slots, int[] counts)
            throws IOException {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            for (int i = onHeap.start(doc), end = onHeap.end(doc); i < end; i++) {
                int slot = slots[onHeap.ord(i)];
                if (slot != NONE) {
                    counts[slot]++;
                }
            }
        }
    }

    private int[][] slotsOf(Set<String> dimensions) {
        boolean[] wanted = new boolean[names.length];
        for (String dimension : dimensions) {
            int[] range = slotRange.get(dimension);
            if (range != null) {
                Arrays.fill(wanted, range[0], range[1], true);
            }
        }
        int[][] bySegment = new int[slotOfSegmentOrd.length][];
        for (int segment = 0; segment < bySegment.length; segment++) {
            int[] slots = slotOfSegmentOrd[segment].clone();
            for (int ord = 0; ord < slots.length; ord++) {
                if (slots[ord] != NONE && !wanted[slots[ord]]) {
                    slots[ord] = NONE;
                }
            }
            bySegment[segment] = slots;
        }
        return bySegment;
    }

    private static boolean[] mergesInSegment(int[][] slotOfSegmentOrd, int slotCount) {
        boolean[] merges = new boolean[slotOfSegmentOrd.length];
        int[] segmentOfSlot = new int[slotCount];
        Arrays.fill(segmentOfSlot, NONE);
        for (int segment = 0; segment < merges.length; segment++) {
            for (int slot : slotOfSegmentOrd[segment]) {
                if (slot != NONE) {
                    merges[segment] |= segmentOfSlot[slot] == segment;
                    segmentOfSlot[slot] = segment;
                }
            }
        }
        return merges;
    }

    /** Counts one segment's ordinals into the slots of their canonical names. */
    private record Tally(int[] slots, int[] counts, int[] lastDocOfSlot) {
        void add(int ord, int article) {
            int slot = slots[ord];
            // Merged variants share a slot: the article counts once for their canonical name.
            if (slot != NONE && lastDocOfSlot[slot] != article) {
                lastDocOfSlot[slot] = article;
                counts[slot]++;
            }
        }
    }

    private List<FacetValue> top(String dimension, int[] counts, int limit) {
        int[] range = slotRange.get(dimension);
        if (range == null || limit <= 0) {
            return List.of();
        }
        int[] best = new int[limit];
        int kept = 0;
        for (int slot = range[0]; slot < range[1]; slot++) {
            if (counts[slot] == 0 || (kept == limit && !before(slot, best[kept - 1], counts))) {
                continue;
            }
            int at = kept < limit ? kept++ : limit - 1;
            while (at > 0 && before(slot, best[at - 1], counts)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = slot;
        }
        List<FacetValue> values = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            values.add(new FacetValue(names[best[i]], counts[best[i]], aliasesOf(best[i])));
        }
        return values;
    }

    /** Most articles first, then by name, as the facets have always been ordered. */
    private boolean before(int slot, int other, int[] counts) {
        return counts[slot] != counts[other] ? counts[slot] > counts[other] : names[slot].compareTo(names[other]) < 0;
    }

    private List<String> aliasesOf(int slot) {
        List<String> known = aliasesOfSlot.get(slot);
        if (known == null) {
            known = aliases.aliases(fieldOfSlot[slot], names[slot]);
            aliasesOfSlot.set(slot, known);
        }
        return known;
    }
}
