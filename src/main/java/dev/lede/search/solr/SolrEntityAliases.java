package dev.lede.search.solr;

import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The aliases a Solr search applies, as the Lucene engine builds them: Lede's automatic person and organisation
 * merges over every value in the collection, then the curation log. Solr has no snapshot to key them on, so the merges
 * are recomputed at most every {@link #REFRESH}, and at once when the log changes.
 */
final class SolrEntityAliases {

    static final Duration REFRESH = Duration.ofSeconds(5);

    private final SolrConnection solr;
    private volatile Computed last;

    private record Computed(long at, List<AutomaticMerge> automatic, List<CurationChange> log, EntityAliases aliases) {}

    SolrEntityAliases(SolrConnection solr) {
        this.solr = solr;
    }

    EntityAliases current(List<CurationChange> log) throws IOException {
        Computed known = last;
        long now = System.nanoTime();
        if (known != null && now - known.at() < REFRESH.toNanos()) {
            if (known.log() == log) {
                return known.aliases();
            }
            return remember(now, known.automatic(), log);
        }
        return remember(now, automaticMerges(), log);
    }

    private EntityAliases remember(long now, List<AutomaticMerge> automatic, List<CurationChange> log) {
        EntityAliases aliases = new EntityAliases(automatic, log, NameAliases.installed());
        last = new Computed(now, automatic, log, aliases);
        return aliases;
    }

    private List<AutomaticMerge> automaticMerges() throws IOException {
        // In value order, as Lucene's facet ordinals list them, so that both engines merge alike.
        SolrQuery all = new SolrQuery("*:*")
                .setRows(0)
                .setFacet(true)
                .setFacetLimit(-1)
                .setFacetMinCount(1)
                .setFacetSort("index");
        all.addFacetField(SolrFields.of(FacetField.PERSON), SolrFields.of(FacetField.ORG));
        try {
            QueryResponse response = solr.client().query(solr.collection(), all);
            List<AutomaticMerge> merges =
                    new ArrayList<>(PersonVariants.automatic(counts(response, FacetField.PERSON)));
            merges.addAll(OrganizationVariants.automatic(counts(response, FacetField.ORG)));
            return merges;
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
