package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisations named with each person that the person merges ask SolrCloud for, many people a request, against
 * those read by hand from the articles written: over two shards, with names that look like Solr syntax, and with more
 * people than one request takes. Then the merge they decide, in the facets as the Lucene engine shows it.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrOrganizationsOfPeopleTest {

    private static final List<String> AWKWARD = List.of(
            "O'Brien, Jr.", "Back\\slash Kent", "\"Quoted\" Lee", "Braces} {!lucene} Fox", "$lede.p0", "cache=false");

    @TempDir
    Path stores;

    @Test
    void everyPersonGetsTheOrganisationsItsArticlesName() throws Exception {
        Random random = new Random(7);
        List<String> people = new ArrayList<>(AWKWARD);
        for (int i = people.size(); i < SolrOrganizationsOfPeople.PEOPLE_PER_REQUEST + 30; i++) {
            people.add("Person " + i);
        }
        List<EnrichedArticle> articles = new ArrayList<>();
        Map<String, Set<String>> byHand = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            String person = people.get(random.nextInt(people.size()));
            List<String> orgs = List.of("Firm " + random.nextInt(40), AWKWARD.get(random.nextInt(AWKWARD.size())));
            articles.add(article("a" + i, List.of(person), orgs));
            byHand.computeIfAbsent(person, k -> new HashSet<>()).addAll(orgs);
        }
        people.forEach(person -> byHand.putIfAbsent(person, Set.of()));

        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "orgs_of_people")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (EnrichedArticle article : articles) {
                    sink.write(article);
                }
            }

            Map<String, Set<String>> asked = new SolrOrganizationsOfPeople(solr).of(people);

            assertEquals(byHand, asked);
            assertTrue(asked.values().stream().filter(Set::isEmpty).count() > 10, "some people have no article");
        }
    }

    @Test
    void aFamiliarNameJoinsTheFullNameOnlyWhereAnUncommonOrganisationIsNamedWithEach() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "familiar_names")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("w1", List.of("Jim Wright"), List.of("House", "Democrats")));
                sink.write(article("w2", List.of("Jim Wright"), List.of()));
                sink.write(article("w3", List.of("James Wright"), List.of("Democrats")));
                sink.write(article("s1", List.of("Bob Smith"), List.of("House")));
                sink.write(article("s2", List.of("Robert Smith"), List.of("Syncrude")));
                for (int i = 0; i < 60; i++) {
                    sink.write(article("r" + i, List.of(), List.of("Reuters")));
                }
                sink.write(article("b1", List.of("Bill Brodsky"), List.of("Reuters")));
                sink.write(article("b2", List.of("William Brodsky"), List.of("Reuters")));
            }
            try (SolrArticleSearch search = SolrArticleSearch.open(solr, stores)) {
                List<FacetValue> people =
                        search.search(SearchRequest.everything()).facets().get("people");

                assertTrue(
                        people.contains(new FacetValue("Jim Wright", 3, List.of("James Wright"))), people.toString());
                assertTrue(people.contains(new FacetValue("Bob Smith", 1)), people.toString());
                assertTrue(people.contains(new FacetValue("Robert Smith", 1)), people.toString());
                assertTrue(
                        people.contains(new FacetValue("Bill Brodsky", 1)),
                        "Reuters, in 61 of 67 articles, is no evidence: " + people);
            }
        }
    }

    @Test
    void aBareSurnameJoinsTheFullNameOnlyWhereAnArticleOfEachNamesTheSameValue() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "bare_surnames")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("d1", List.of("Derek Wyatt"), List.of("Westminster"), List.of("Labour")));
                sink.write(article("w1", List.of("Wyatt"), List.of(), List.of("Wasps")));
                sink.write(article("k1", List.of("Charles Kennedy"), List.of("Inverness"), List.of()));
                sink.write(article("k2", List.of("Kennedy", "Paddy Ashdown"), List.of("Inverness"), List.of()));
            }
            try (SolrArticleSearch search = SolrArticleSearch.open(solr, stores)) {
                List<FacetValue> people =
                        search.search(SearchRequest.everything()).facets().get("people");

                assertTrue(people.contains(new FacetValue("Wyatt", 1)), people.toString());
                assertTrue(
                        people.contains(new FacetValue("Charles Kennedy", 2, List.of("Kennedy"))), people.toString());
            }
        }
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places, List<String> orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(people, places, orgs, List.of()));
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(people, List.of(), orgs, List.of()));
    }
}
