package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.util.ArrayList;
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
 * Finds, in one index snapshot, the articles that hold a country only because of a place curation blocked ("United
 * States" brought by a wrongly extracted "Las Vegas"): {@link EntityAliases#withdrawnCountries} decides each article
 * that holds a blocked place, read from its postings and facet doc values, so the cost grows with the articles of
 * blocked places only. A segment's answer is kept while the segment is open and the blocked places it holds stay the
 * same, so a new snapshot reads only its new segments (deletions are applied at each snapshot).
 */
final class WithdrawnCountries {

    /**
     * One country taken away from one article.
     *
     * @param segment the ord of the article's segment in the reader
     * @param doc the article's doc id in that segment
     * @param countryOrd the segment ordinal of the country's facet value
     * @param articleId the article's id
     * @param country the indexed country value
     */
    record Withdrawal(int segment, int doc, long countryOrd, String articleId, String country) {}

    /** A segment's withdrawals, deleted articles included, under the blocked places it holds. */
    private record SegmentAnswer(Set<String> blockedHere, List<Withdrawal> withdrawals) {}

    private final Map<IndexReader.CacheKey, SegmentAnswer> bySegment = new ConcurrentHashMap<>();
    private final AtomicLong segmentsRead = new AtomicLong();

    /** Every country withdrawn from a live article of {@code reader} under {@code aliases}; empty when none is. */
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
                            withdrawal.countryOrd(),
                            withdrawal.articleId(),
                            withdrawal.country()));
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
        Map<String, Long> countryOrds = new LinkedHashMap<>();
        for (int i = values.docValueCount(); i > 0; i--) {
            long ord = values.nextOrd();
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            String value = path[path.length - 1];
            if (path[0].equals(Schema.DIM_PLACE)) {
                places.add(value);
            } else if (path[0].equals(Schema.DIM_COUNTRY)) {
                countryOrds.put(value, ord);
            }
        }
        Set<String> withdrawn = aliases.withdrawnCountries(places, List.copyOf(countryOrds.keySet()));
        if (withdrawn.isEmpty()) {
            return;
        }
        String id = segment.storedFields().document(doc, Set.of(Schema.ID)).get(Schema.ID);
        for (String country : withdrawn) {
            // The segment's ord belongs to a snapshot: find sets it for each reader the segment is part of.
            found.add(new Withdrawal(-1, doc, countryOrds.get(country), id, country));
        }
    }

    /** By indexed country value, the ids of the articles it is withdrawn from, for {@link EntityAliases}. */
    static Map<String, Set<String>> articlesByCountry(List<Withdrawal> withdrawals) {
        Map<String, Set<String>> byCountry = new HashMap<>();
        for (Withdrawal withdrawal : withdrawals) {
            byCountry
                    .computeIfAbsent(withdrawal.country(), c -> new LinkedHashSet<>())
                    .add(withdrawal.articleId());
        }
        return byCountry;
    }
}
