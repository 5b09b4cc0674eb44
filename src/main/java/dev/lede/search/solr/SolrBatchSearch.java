package dev.lede.search.solr;

import dev.lede.index.solr.SolrFields;
import dev.lede.model.BatchResult;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import dev.lede.search.BatchLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Batch search on SolrCloud: the lines read by the shared {@link BatchLines} (entity names against every indexed value,
 * listed once by a facet over the whole collection; anything else a keyword query), then one Solr request per line
 * for its number of matches and first and last publication time.
 */
final class SolrBatchSearch {

    private SolrBatchSearch() {}

    static List<BatchResult> run(
            SolrArticleSearch search, EntityAliases aliases, List<String> lines, SearchRequest filters)
            throws IOException {
        BatchLines names = BatchLines.of(aliases, field -> indexedValues(search, field));
        List<BatchResult> results = new ArrayList<>(lines.size());
        for (String line : lines) {
            results.add(one(search, aliases, names, filters, line));
        }
        return results;
    }

    private static BatchResult one(
            SolrArticleSearch search, EntityAliases aliases, BatchLines names, SearchRequest filters, String line)
            throws IOException {
        var named = names.named(line);
        if (named.isPresent()) {
            FacetField field = named.get().field();
            String canonical = named.get().canonical();
            SolrQuery query = SolrSearchQuery.counting(filters, aliases);
            query.addFilterQuery(SolrSearchQuery.anyOf(field, aliases.members(field, canonical), aliases));
            return result(
                    search,
                    query,
                    line,
                    field.parameter(),
                    canonical,
                    named.get().alias());
        }
        return result(
                search, SolrSearchQuery.counting(BatchLines.keywords(filters, line), aliases), line, null, null, null);
    }

    private static BatchResult result(
            SolrArticleSearch search, SolrQuery query, String line, String field, String value, String alias)
            throws IOException {
        QueryResponse response = search.query(PublishedSpan.askedBy(query.setRows(0)));
        PublishedSpan span = PublishedSpan.of(response);
        return new BatchResult(
                line, response.getResults().getNumFound(), span.first(), span.last(), field, value, alias);
    }

    private static List<String> indexedValues(SolrArticleSearch search, FacetField field) throws IOException {
        SolrQuery every = new SolrQuery("*:*")
                .setRows(0)
                .setFacet(true)
                .setFacetMinCount(1)
                .setFacetLimit(-1);
        every.addFacetField(SolrFields.of(field));
        var facet = search.query(every).getFacetField(SolrFields.of(field));
        List<String> values = new ArrayList<>();
        if (facet != null && facet.getValues() != null) {
            facet.getValues().forEach(count -> values.add(count.getName()));
        }
        return values;
    }
}
