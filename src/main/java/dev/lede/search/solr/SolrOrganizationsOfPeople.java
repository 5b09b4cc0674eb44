package dev.lede.search.solr;

import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.FacetField;
import dev.lede.model.PersonVariants;
import dev.lede.model.PersonVariants.CompanyOfPeople;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * The organisations named in each person's articles (and, for {@link #company()}, the people and places too), for
 * many people in one request: a JSON query facet on each person's articles with a terms facet of each field inside
 * it. As in {@link SolrNamedTogether}, the names travel as request parameters and the queries stay out of Solr's
 * filter cache.
 */
final class SolrOrganizationsOfPeople implements PersonVariants.OrganizationsOfPeople {

    /** People per request, so that a request's form stays well under Solr's upload limit (2 MB). */
    static final int PEOPLE_PER_REQUEST = 500;

    private final SolrConnection solr;

    SolrOrganizationsOfPeople(SolrConnection solr) {
        this.solr = solr;
    }

    @Override
    public Map<String, Set<String>> of(Collection<String> people) {
        return valuesOf(people, List.of(FacetField.ORG), (field, value) -> value, "organisations");
    }

    /** The people, places and organisations named with each person, written as {@link CompanyOfPeople#named}. */
    CompanyOfPeople company() {
        return people ->
                valuesOf(people, CompanyOfPeople.FIELDS, CompanyOfPeople::named, "people, places and organisations");
    }

    private Map<String, Set<String>> valuesOf(
            Collection<String> people,
            List<FacetField> fields,
            BiFunction<FacetField, String, String> written,
            String what) {
        Map<String, Set<String>> named = new HashMap<>();
        List<String> all = List.copyOf(people);
        for (int from = 0; from < all.size(); from += PEOPLE_PER_REQUEST) {
            List<String> some = all.subList(from, Math.min(all.size(), from + PEOPLE_PER_REQUEST));
            try {
                ask(some, fields, written, named);
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw new UncheckedIOException(
                        new SolrFailure("reading the " + what + " named with " + some.size() + " people", e));
            }
        }
        return named;
    }

    private void ask(
            List<String> people,
            List<FacetField> fields,
            BiFunction<FacetField, String, String> written,
            Map<String, Set<String>> namedWith)
            throws SolrServerException, IOException {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        String personField = SolrFields.of(FacetField.PERSON);
        StringBuilder inner = new StringBuilder();
        for (FacetField field : fields) {
            inner.append(inner.isEmpty() ? "" : ",")
                    .append(field.name())
                    .append(":{type:terms,field:")
                    .append(SolrFields.of(field))
                    .append(",limit:-1,mincount:1}");
        }
        StringBuilder facets = new StringBuilder("{");
        for (int i = 0; i < people.size(); i++) {
            query.set("lede.p" + i, people.get(i));
            facets.append(i == 0 ? "" : ",")
                    .append("p")
                    .append(i)
                    .append(":{type:query,q:\"{!term f=")
                    .append(personField)
                    .append(" v=$lede.p")
                    .append(i)
                    .append(" cache=false}\",facet:{")
                    .append(inner)
                    .append("}}");
        }
        query.set("json.facet", facets.append('}').toString());
        NestableJsonFacet answer = solr.client()
                .query(solr.collection(), query, SolrRequest.METHOD.POST)
                .getJsonFacetingResponse();
        for (int i = 0; i < people.size(); i++) {
            Set<String> named = new HashSet<>();
            NestableJsonFacet ofPerson = answer == null ? null : answer.getQueryFacet("p" + i);
            for (FacetField field : fields) {
                BucketBasedJsonFacet terms = ofPerson == null ? null : ofPerson.getBucketBasedFacets(field.name());
                if (terms != null) {
                    for (BucketJsonFacet bucket : terms.getBuckets()) {
                        named.add(written.apply(field, String.valueOf(bucket.getVal())));
                    }
                }
            }
            namedWith.put(people.get(i), named);
        }
    }
}
