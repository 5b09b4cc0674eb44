package dev.lede.search.solr;

import dev.lede.index.Schema;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;

/**
 * Narrows Solr queries to articles chosen outside the index (by their ids), e.g. the ones a reader starred or
 * tagged: a filter on the id field, so scores stay those of the query and every count is counted among them. The ids
 * travel in a parameter of their own, joined by a control character no id contains, so none needs escaping.
 */
final class SolrIdRestriction {

    private static final String IDS = "lede.onlyIds";
    private static final String SEPARATOR = "lede.idSeparator";
    private static final String FILTER = "{!terms f=" + Schema.ID + " separator=$" + SEPARATOR + " v=$" + IDS + "}";
    /** Solr reads a filter of nothing but an exclusion as "everything but": here, nothing. */
    private static final String NOTHING = "-*:*";

    private final String ids;

    SolrIdRestriction(Set<String> ids) {
        this.ids = ids.isEmpty() ? null : String.join("\u001f", ids);
    }

    /** {@code query} (changed, and returned) among the ids; applying it again changes nothing. */
    SolrQuery applyTo(SolrQuery query) {
        String filter = ids == null ? NOTHING : FILTER;
        String[] filters = query.getFilterQueries();
        if (filters == null || !Set.of(filters).contains(filter)) {
            query.addFilterQuery(filter);
        }
        if (ids != null) {
            query.set(IDS, ids);
            query.set(SEPARATOR, "\u001f");
        }
        return query;
    }
}
