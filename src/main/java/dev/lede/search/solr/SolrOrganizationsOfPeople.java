package dev.lede.search.solr;

import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.FacetField;
import dev.lede.model.PersonVariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * The organisations named in each person's articles, for many people in one request: a JSON query facet on each
 * person's articles with a terms facet of the organisation field inside it. As in {@link SolrNamedTogether}, the names
 * travel as request parameters and the queries stay out of Solr's filter cache.
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
        Map<String, Set<String>> organizations = new HashMap<>();
        List<String> all = List.copyOf(people);
        for (int from = 0; from < all.size(); from += PEOPLE_PER_REQUEST) {
            List<String> some = all.subList(from, Math.min(all.size(), from + PEOPLE_PER_REQUEST));
            try {
                ask(some, organizations);
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw new UncheckedIOException(
                        new SolrFailure("reading the organisations named with " + some.size() + " people", e));
            }
        }
        return organizations;
    }

    private void ask(List<String> people, Map<String, Set<String>> organizations)
            throws SolrServerException, IOException {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        String personField = SolrFields.of(FacetField.PERSON);
        String organizationField = SolrFields.of(FacetField.ORG);
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
                    .append(" cache=false}\",facet:{orgs:{type:terms,field:")
                    .append(organizationField)
                    .append(",limit:-1,mincount:1}}}");
        }
        query.set("json.facet", facets.append('}').toString());
        NestableJsonFacet answer = solr.client()
                .query(solr.collection(), query, SolrRequest.METHOD.POST)
                .getJsonFacetingResponse();
        for (int i = 0; i < people.size(); i++) {
            Set<String> named = new HashSet<>();
            NestableJsonFacet ofPerson = answer == null ? null : answer.getQueryFacet("p" + i);
            BucketBasedJsonFacet terms = ofPerson == null ? null : ofPerson.getBucketBasedFacets("orgs");
            if (terms != null) {
                for (BucketJsonFacet bucket : terms.getBuckets()) {
                    named.add(String.valueOf(bucket.getVal()));
                }
            }
            organizations.put(people.get(i), named);
        }
    }
}
