package dev.lede.search.solr;

import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.FacetField;
import dev.lede.model.OrganizationVariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * How many articles of the collection hold two values of an entity field, for many pairs in one request: a JSON query
 * facet for each first value, with a query facet for each of its second values inside it. The values travel as
 * request parameters the facets refer to, so none needs escaping; the facets' queries stay out of Solr's filter
 * cache, where thousands of one-off entries would push out the searches' filters.
 */
final class SolrNamedTogether implements OrganizationVariants.NamedTogether {

    /** First values per request, so that a request's form stays well under Solr's upload limit (2 MB). */
    static final int FIRSTS_PER_REQUEST = 500;

    private final SolrConnection solr;
    private final String field;

    SolrNamedTogether(SolrConnection solr, FacetField field) {
        this.solr = solr;
        this.field = SolrFields.of(field);
    }

    @Override
    public long articles(String first, String second) {
        return articles(Map.of(first, List.of(second)))
                .getOrDefault(first, Map.of())
                .getOrDefault(second, 0L);
    }

    @Override
    public Map<String, Map<String, Long>> articles(Map<String, ? extends Collection<String>> secondsOfFirst) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<String> firsts = List.copyOf(secondsOfFirst.keySet());
        for (int from = 0; from < firsts.size(); from += FIRSTS_PER_REQUEST) {
            List<String> some = firsts.subList(from, Math.min(firsts.size(), from + FIRSTS_PER_REQUEST));
            try {
                count(some, secondsOfFirst, counts);
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw new UncheckedIOException(new SolrFailure(
                        "counting the articles that name two values of " + field + " (" + some.size()
                                + " values with others)",
                        e));
            }
        }
        return counts;
    }

    private void count(
            List<String> firsts,
            Map<String, ? extends Collection<String>> secondsOfFirst,
            Map<String, Map<String, Long>> counts)
            throws SolrServerException, IOException {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        Map<String, String> secondParameter = new HashMap<>();
        StringBuilder facets = new StringBuilder("{");
        for (int i = 0; i < firsts.size(); i++) {
            query.set("lede.f" + i, firsts.get(i));
            facets.append(i == 0 ? "" : ",").append("f").append(i).append(':').append(holds("lede.f" + i));
            facets.append(",facet:{");
            String separator = "";
            for (String second : secondsOfFirst.get(firsts.get(i))) {
                String parameter = secondParameter.computeIfAbsent(second, value -> {
                    String name = "lede.s" + secondParameter.size();
                    query.set(name, value);
                    return name;
                });
                facets.append(separator)
                        .append(parameter.substring("lede.".length()))
                        .append(':');
                facets.append(holds(parameter)).append('}');
                separator = ",";
            }
            facets.append("}}");
        }
        query.set("json.facet", facets.append('}').toString());
        NestableJsonFacet answer = solr.client()
                .query(solr.collection(), query, SolrRequest.METHOD.POST)
                .getJsonFacetingResponse();
        for (int i = 0; i < firsts.size(); i++) {
            NestableJsonFacet withFirst = answer == null ? null : answer.getQueryFacet("f" + i);
            Map<String, Long> ofFirst = counts.computeIfAbsent(firsts.get(i), k -> new HashMap<>());
            for (String second : secondsOfFirst.get(firsts.get(i))) {
                NestableJsonFacet both = withFirst == null
                        ? null
                        : withFirst.getQueryFacet(secondParameter.get(second).substring("lede.".length()));
                ofFirst.put(second, both == null ? 0L : both.getCount());
            }
        }
    }

    /** A query facet (without its closing brace) on the articles that hold the value of {@code parameter}. */
    private String holds(String parameter) {
        return "{type:query,q:\"{!term f=" + field + " v=$" + parameter + " cache=false}\"";
    }
}
