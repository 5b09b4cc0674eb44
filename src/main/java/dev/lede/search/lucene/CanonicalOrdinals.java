package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsCollector;
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
 * place, country, org or source maps to the slot of its canonical name (or to none when blocked). A search counts its
 * matches once over their ordinals, each article once per canonical name however many of its merged variants it
 * holds, so merged values are counted exactly without further queries. Built once per snapshot and curation log,
 * before any search uses it.
 */
final class CanonicalOrdinals {

    private static final int NONE = -1;

    private final String indexField;
    /** Per segment (by its ord in the reader): segment ordinal → slot, or {@link #NONE}. */
    private final int[][] slotOfSegmentOrd;
    /** Per segment: its ordinals on the heap, or {@code null} where they are read from doc values. */
    private final HeapOrdinals.Segment[] heapOrdinals;
    /** Per segment: whether two of its ordinals share a slot, so that an article could count twice for one name. */
    private final boolean[] mergesInSegment;
    /** Per set of fields counted: {@link #slotOfSegmentOrd} with the other fields' slots as {@link #NONE}. */
    private final Map<Set<FacetField>, int[][]> slotsOfFields = new ConcurrentHashMap<>();

    private final String[] names;
    private final FacetField[] fieldOfSlot;
    private final Map<FacetField, int[]> slotRange = new EnumMap<>(FacetField.class);
    private final EntityAliases aliases;
    private final AtomicReferenceArray<List<String>> aliasesOfSlot;
    /** Per segment: the countries withdrawn from its articles, by doc id, which counting takes back. */
    private final Map<Integer, List<WithdrawnCountries.Withdrawal>> withdrawnBySegment;

    private CanonicalOrdinals(
            String indexField,
            int[][] slotOfSegmentOrd,
            HeapOrdinals.Segment[] heapOrdinals,
            List<String> names,
            List<FacetField> fieldOfSlot,
            EntityAliases aliases,
            List<WithdrawnCountries.Withdrawal> withdrawn) {
        this.indexField = indexField;
        this.slotOfSegmentOrd = slotOfSegmentOrd;
        this.heapOrdinals = heapOrdinals;
        this.mergesInSegment = mergesInSegment(slotOfSegmentOrd, names.size());
        this.names = names.toArray(String[]::new);
        this.fieldOfSlot = fieldOfSlot.toArray(FacetField[]::new);
        this.aliases = aliases;
        this.aliasesOfSlot = new AtomicReferenceArray<>(this.names.length);
        Map<Integer, List<WithdrawnCountries.Withdrawal>> bySegment = new HashMap<>();
        for (WithdrawnCountries.Withdrawal withdrawal : withdrawn) {
            bySegment
                    .computeIfAbsent(withdrawal.segment(), s -> new ArrayList<>())
                    .add(withdrawal);
        }
        bySegment.values().forEach(list -> list.sort(Comparator.comparingInt(WithdrawnCountries.Withdrawal::doc)));
        this.withdrawnBySegment = bySegment;
        for (int slot = 0; slot < this.fieldOfSlot.length; slot++) {
            int[] range = slotRange.computeIfAbsent(this.fieldOfSlot[slot], f -> new int[] {Integer.MAX_VALUE, 0});
            range[0] = Math.min(range[0], slot);
            range[1] = Math.max(range[1], slot + 1);
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
            List<WithdrawnCountries.Withdrawal> withdrawn)
            throws IOException {
        SortedSetDocValues all = state.getDocValues();
        int[] slotOfGlobalOrd = new int[state.getSize()];
        Arrays.fill(slotOfGlobalOrd, NONE);
        List<String> names = new ArrayList<>();
        List<FacetField> fields = new ArrayList<>();
        for (FacetField field : FacetField.values()) {
            OrdRange range = state.getOrdRange(Schema.dimension(field));
            if (range == null) {
                continue;
            }
            Map<String, Integer> slots = new HashMap<>();
            List<String> valuesOfField = valuesByField.get(field);
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String value = valuesOfField.get(ord - range.start());
                if (aliases.isBlocked(field, value)) {
                    continue;
                }
                slotOfGlobalOrd[ord] = slots.computeIfAbsent(aliases.canonical(field, value), canonical -> {
                    names.add(canonical);
                    fields.add(field);
                    return names.size() - 1;
                });
            }
        }
        IndexReader reader = state.getReader();
        OrdinalMap ordinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[][] bySegment = new int[reader.leaves().size()][];
        HeapOrdinals.Segment[] onHeap = new HeapOrdinals.Segment[bySegment.length];
        for (LeafReaderContext leaf : reader.leaves()) {
            onHeap[leaf.ord] = heap.of(leaf.reader());
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            int[] slots = new int[Math.toIntExact(values.getValueCount())];
            LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < slots.length; ord++) {
                slots[ord] = slotOfGlobalOrd[(int) toGlobal.get(ord)];
            }
            bySegment[leaf.ord] = slots;
        }
        return new CanonicalOrdinals(state.getField(), bySegment, onHeap, names, fields, aliases, withdrawn);
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
        int[] counts = count(matches, fields);
        for (FacetField field : fields) {
            top.put(field, top(field, counts, limit));
        }
        return top;
    }

    private int[] count(FacetsCollector matches, Set<FacetField> fields) throws IOException {
        int[][] slotsBySegment = slotsOfFields.computeIfAbsent(EnumSet.copyOf(fields), this::slotsOf);
        int[] counts = new int[names.length];
        int[] lastDocOfSlot = null;
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            if (segment.totalHits() == 0 || segment.bits() == null) {
                continue;
            }
            int[] slots = slotsBySegment[segment.context().ord];
            HeapOrdinals.Segment onHeap = heapOrdinals[segment.context().ord];
            DocIdSetIterator docs = segment.bits().iterator();
            if (onHeap != null && !mergesInSegment[segment.context().ord]) {
                countEach(docs, onHeap, slots, counts);
                continue;
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
                continue;
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
        takeBackWithdrawn(matches, slotsBySegment, counts);
        return counts;
    }

    /** Uncounts the countries that only blocked places brought to a matched article. */
    private void takeBackWithdrawn(FacetsCollector matches, int[][] slotsBySegment, int[] counts) throws IOException {
        if (withdrawnBySegment.isEmpty()) {
            return;
        }
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            List<WithdrawnCountries.Withdrawal> withdrawn = withdrawnBySegment.get(segment.context().ord);
            if (withdrawn == null || segment.totalHits() == 0 || segment.bits() == null) {
                continue;
            }
            int[] slots = slotsBySegment[segment.context().ord];
            DocIdSetIterator docs = segment.bits().iterator();
            for (WithdrawnCountries.Withdrawal withdrawal : withdrawn) {
                int slot = slots[(int) withdrawal.countryOrd()];
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

    private int[][] slotsOf(Set<FacetField> fields) {
        boolean[] wanted = new boolean[names.length];
        for (FacetField field : fields) {
            int[] range = slotRange.get(field);
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

    private List<FacetValue> top(FacetField field, int[] counts, int limit) {
        int[] range = slotRange.get(field);
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
