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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Finds, in one index snapshot, the articles that hold a country only because of a place curation blocked ("United
 * States" brought by a wrongly extracted "Las Vegas"): {@link EntityAliases#withdrawnCountries} decides each article
 * that holds a blocked place, read from its postings and facet doc values, so the cost grows with the articles of
 * blocked places only.
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

    private WithdrawnCountries() {}

    /** Every country withdrawn from an article of {@code reader} under {@code aliases}; empty when none is. */
    static List<Withdrawal> find(IndexReader reader, FacetsConfig config, EntityAliases aliases, List<String> places)
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
        String indexField = config.getDimConfig(Schema.DIM_PLACE).indexFieldName;
        for (LeafReaderContext leaf : reader.leaves()) {
            Set<Integer> seen = new LinkedHashSet<>();
            for (String place : blocked) {
                PostingsEnum postings =
                        leaf.reader().postings(Schema.facetTerm(config, FacetField.PLACE, place), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        seen.add(doc);
                    }
                }
            }
            for (int doc : seen.stream().sorted().toList()) {
                withdrawals(leaf, doc, indexField, aliases, found);
            }
        }
        return found;
    }

    private static void withdrawals(
            LeafReaderContext leaf, int doc, String indexField, EntityAliases aliases, List<Withdrawal> found)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), indexField);
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
        String id =
                leaf.reader().storedFields().document(doc, Set.of(Schema.ID)).get(Schema.ID);
        for (String country : withdrawn) {
            found.add(new Withdrawal(leaf.ord, doc, countryOrds.get(country), id, country));
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
