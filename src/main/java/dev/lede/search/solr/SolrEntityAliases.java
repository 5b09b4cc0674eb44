package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrCollectionStatus;
import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.IndexStatus;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import dev.lede.model.TypedInAnyCase;
import dev.lede.search.EntityMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The aliases a Solr search applies, as the Lucene engine builds them: Lede's automatic person and organisation
 * merges over every value in the collection, then the curation log; with them, every value of each entity field, for
 * {@code person:}-style query terms. Solr has no snapshot to key them on; they are
 * kept while the collection's article count and newest update version stay the same (one cheap request), so a commit
 * of new articles is reflected at once and a quiet collection costs one small query per search.
 */
final class SolrEntityAliases {

    /** Articles of blocked places read per request. */
    private static final int PAGE = 1_000;

    private final SolrConnection solr;
    private volatile Computed last;

    /** What the collection looked like: its article count and the newest update's version. */
    private record Stamp(long articles, long newestVersion) {}

    private record Computed(
            Stamp stamp,
            Map<FacetField, List<String>> values,
            List<AutomaticMerge> automatic,
            List<CurationChange> log,
            EntityAliases aliases) {}

    /** What the collection holds and merges at one stamp. */
    private record Values(Map<FacetField, List<String>> values, List<AutomaticMerge> automatic) {}

    SolrEntityAliases(SolrConnection solr) {
        this.solr = solr;
    }

    EntityAliases current(List<CurationChange> log) throws IOException {
        Computed known = last;
        Stamp now = stamp();
        if (known != null && known.stamp().equals(now)) {
            return known.log() == log
                    ? known.aliases()
                    : remember(now, new Values(known.values(), known.automatic()), log);
        }
        return remember(now, readValues(), log);
    }

    /**
     * Resolves {@code person:}-style query terms as the Lucene engine does, over the values and aliases read last:
     * every request reads {@link #current} before its queries, so these are no older than the request, and its later
     * queries need no further look at the collection.
     */
    EntityMatcher matcher(List<CurationChange> log) throws IOException {
        Computed known = last;
        if (known == null || known.log() != log) {
            current(log);
            known = last;
        }
        Map<FacetField, List<String>> values = known.values();
        return new EntityMatcher(field -> values.getOrDefault(field, List.of()), known.aliases());
    }

    private EntityAliases remember(Stamp stamp, Values read, List<CurationChange> log) throws IOException {
        EntityAliases curated =
                new EntityAliases(read.automatic(), log, new TypedInAnyCase(read.values(), NameAliases.installed()));
        Map<String, Set<String>> withdrawn = withdrawnCountries(curated, read.values());
        EntityAliases aliases = withdrawn.isEmpty() ? curated : curated.withWithdrawnCountries(withdrawn);
        last = new Computed(stamp, read.values(), read.automatic(), log, aliases);
        return aliases;
    }

    /**
     * By indexed country value, the articles that hold it only through blocked places ({@link
     * EntityAliases#withdrawnCountries}): each article of a blocked place is read, a page at a time.
     */
    private Map<String, Set<String>> withdrawnCountries(EntityAliases aliases, Map<FacetField, List<String>> values)
            throws IOException {
        Map<String, Set<String>> withdrawn = new HashMap<>();
        if (!aliases.blocksDerivedPlaces()) {
            return withdrawn;
        }
        List<String> blocked = values.getOrDefault(FacetField.PLACE, List.of()).stream()
                .filter(place -> aliases.isBlocked(FacetField.PLACE, place))
                .toList();
        if (blocked.isEmpty()) {
            return withdrawn;
        }
        String placeField = SolrFields.of(FacetField.PLACE);
        String countryField = SolrFields.of(FacetField.COUNTRY);
        SolrQuery ofBlocked = new SolrQuery("*:*")
                .addFilterQuery(SolrSearchQuery.anyOf(FacetField.PLACE, blocked))
                .setFields(Schema.ID, placeField, countryField)
                .setRows(PAGE)
                .addSort(Schema.ID, SolrQuery.ORDER.asc);
        try {
            String mark = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                ofBlocked.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
                QueryResponse page = solr.client().query(solr.collection(), ofBlocked);
                for (SolrDocument doc : page.getResults()) {
                    Set<String> countries =
                            aliases.withdrawnCountries(texts(doc, placeField), texts(doc, countryField));
                    String id = String.valueOf(doc.getFirstValue(Schema.ID));
                    countries.forEach(country -> withdrawn
                            .computeIfAbsent(country, c -> new LinkedHashSet<>())
                            .add(id));
                }
                String next = page.getNextCursorMark();
                if (next == null || next.equals(mark)) {
                    return withdrawn;
                }
                mark = next;
            }
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading the articles of blocked places from " + solr.collection(), e);
        }
    }

    private static List<String> texts(SolrDocument doc, String field) {
        var values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private Stamp stamp() throws IOException {
        IndexStatus now = SolrCollectionStatus.counted(solr);
        return new Stamp(now.articles(), now.generation());
    }

    private Values readValues() throws IOException {
        // In value order, as Lucene's facet ordinals list them, so that both engines merge alike.
        SolrQuery all = new SolrQuery("*:*")
                .setRows(0)
                .setFacet(true)
                .setFacetLimit(-1)
                .setFacetMinCount(1)
                .setFacetSort("index");
        Map<FacetField, List<String>> values = new EnumMap<>(FacetField.class);
        for (FacetField field : FacetField.values()) {
            all.addFacetField(SolrFields.of(field));
        }
        try {
            QueryResponse response = solr.client().query(solr.collection(), all);
            for (FacetField field : FacetField.values()) {
                values.put(field, List.copyOf(counts(response, field).keySet()));
            }
            List<AutomaticMerge> merges =
                    new ArrayList<>(PersonVariants.automatic(counts(response, FacetField.PERSON)));
            merges.addAll(OrganizationVariants.automatic(counts(response, FacetField.ORG)));
            return new Values(values, merges);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading entity values from " + solr.collection(), e);
        }
    }

    private static Map<String, Long> counts(QueryResponse response, FacetField field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        var facet = response.getFacetField(SolrFields.of(field));
        if (facet != null && facet.getValues() != null) {
            for (Count count : facet.getValues()) {
                counts.put(count.getName(), count.getCount());
            }
        }
        return counts;
    }
}
