package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.PlaceDerivation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Finds, in one index snapshot, the articles that hold a country or region only because of a place curation blocked
 * ("United States" and "Nevada, United States" brought by a wrongly extracted "Las Vegas"): {@link
 * EntityAliases#withdrawn} decides each article that holds a blocked place, read from its postings and facet doc
 * values, so the cost grows with the articles of blocked places only. A segment's answer is kept while the segment is
 * open and the blocked places it holds stay the same, so a new snapshot reads only its new segments (deletions are
 * applied at each snapshot).
 */
final class WithdrawnValues {

    /**
     * One country or region taken away from one article.
     *
     * @param segment the ord of the article's segment in the reader
     * @param doc the article's doc id in that segment
     * @param ord the segment ordinal of the value's facet label
     * @param articleId the article's id
     * @param field {@link FacetField#COUNTRY} or {@link FacetField#REGION}
     * @param value the indexed value
     */
    record Withdrawal(int segment, int doc, long ord, String articleId, FacetField field, String value) {}

    /** A segment's withdrawals, deleted articles included, under the blocked places it holds. */
    private record SegmentAnswer(Set<String> blockedHere, List<Withdrawal> withdrawals) {}

    private final Map<IndexReader.CacheKey, SegmentAnswer> bySegment = new ConcurrentHashMap<>();
    private final AtomicLong segmentsRead = new AtomicLong();

    /** Every country and region withdrawn from a live article of {@code reader} under {@code aliases}. */
    List<Withdrawal> find(IndexReader reader, FacetsConfig config, EntityAliases aliases, List<String> places)
            throws IOException {
        List<Withdrawal> found = new ArrayList<>();
        if (!aliases.blocksDerivedPlaces()) {
            return found;
        }
        List<String> blocked = places.stream()
                .filter(place -> aliases.isBlocked(FacetField.PLACE, place))
                .toList();
        if (blocked.isEmpty()) {
            return found;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (Withdrawal withdrawal : segmentAnswer(leaf.reader(), config, aliases, blocked)) {
                if (live == null || live.get(withdrawal.doc())) {
                    found.add(new Withdrawal(
                            leaf.ord,
                            withdrawal.doc(),
                            withdrawal.ord(),
                            withdrawal.articleId(),
                            withdrawal.field(),
                            withdrawal.value()));
                }
            }
        }
        return found;
    }

    /** How many segments were read rather than answered from what was kept. */
    long segmentsRead() {
        return segmentsRead.get();
    }

    private List<Withdrawal> segmentAnswer(
            LeafReader segment, FacetsConfig config, EntityAliases aliases, List<String> blocked) throws IOException {
        Set<String> blockedHere = new LinkedHashSet<>();
        for (String place : blocked) {
            if (segment.docFreq(Schema.facetTerm(config, FacetField.PLACE, place)) > 0) {
                blockedHere.add(place);
            }
        }
        if (blockedHere.isEmpty()) {
            return List.of();
        }
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        SegmentAnswer known = core == null ? null : bySegment.get(core.getKey());
        if (known != null && known.blockedHere().equals(blockedHere)) {
            return known.withdrawals();
        }
        segmentsRead.incrementAndGet();
        List<Withdrawal> read = read(segment, config, aliases, blockedHere);
        if (core != null && bySegment.put(core.getKey(), new SegmentAnswer(blockedHere, read)) == null) {
            core.addClosedListener(bySegment::remove);
        }
        return read;
    }

    /** The withdrawals of every article of the segment that holds one of {@code blockedHere}, deleted or not. */
    private static List<Withdrawal> read(
            LeafReader segment, FacetsConfig config, EntityAliases aliases, Set<String> blockedHere)
            throws IOException {
        Set<Integer> holding = new TreeSet<>();
        for (String place : blockedHere) {
            PostingsEnum postings =
                    segment.postings(Schema.facetTerm(config, FacetField.PLACE, place), PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    holding.add(doc);
                }
            }
        }
        String indexField = config.getDimConfig(Schema.DIM_PLACE).indexFieldName;
        List<Withdrawal> found = new ArrayList<>();
        for (int doc : holding) {
            withdrawals(segment, doc, indexField, aliases, found);
        }
        return List.copyOf(found);
    }

    private static void withdrawals(
            LeafReader segment, int doc, String indexField, EntityAliases aliases, List<Withdrawal> found)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, indexField);
        if (!values.advanceExact(doc)) {
            return;
        }
        List<String> places = new ArrayList<>();
        Map<FacetField, Map<String, Long>> derivedOrds = new EnumMap<>(FacetField.class);
        for (int i = values.docValueCount(); i > 0; i--) {
            long ord = values.nextOrd();
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            String value = path[path.length - 1];
            if (path[0].equals(Schema.DIM_PLACE)) {
                places.add(value);
            }
            for (FacetField field : PlaceDerivation.FIELDS) {
                if (path[0].equals(Schema.dimension(field))) {
                    derivedOrds
                            .computeIfAbsent(field, f -> new LinkedHashMap<>())
                            .put(value, ord);
                }
            }
        }
        String id = null;
        for (Map.Entry<FacetField, Map<String, Long>> derived : derivedOrds.entrySet()) {
            FacetField field = derived.getKey();
            Map<String, Long> ords = derived.getValue();
            for (String value : aliases.withdrawn(field, places, List.copyOf(ords.keySet()))) {
                if (id == null) {
                    id = segment.storedFields().document(doc, Set.of(Schema.ID)).get(Schema.ID);
                }
                // The segment's ord belongs to a snapshot: find sets it for each reader the segment is part of.
                found.add(new Withdrawal(-1, doc, ords.get(value), id, field, value));
            }
        }
    }

    /** By field and indexed value, the ids of the articles it is withdrawn from, for {@link EntityAliases}. */
    static Map<FacetField, Map<String, Set<String>>> articlesByValue(List<Withdrawal> withdrawals) {
        Map<FacetField, Map<String, Set<String>>> byValue = new EnumMap<>(FacetField.class);
        for (Withdrawal withdrawal : withdrawals) {
            byValue.computeIfAbsent(withdrawal.field(), f -> new HashMap<>())
                    .computeIfAbsent(withdrawal.value(), v -> new LinkedHashSet<>())
                    .add(withdrawal.articleId());
        }
        return byValue;
    }
}
