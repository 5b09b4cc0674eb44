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
import dev.lede.model.FacetField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pair counts the organisation merges ask SolrCloud for, many pairs a request, against counts made by hand from the
 * articles written: over two shards, with values that look like Solr syntax, and with more first values than one
 * request takes.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrNamedTogetherTest {

    private static final List<String> AWKWARD = List.of(
            "Smith, Barney & Co",
            "Back\\slash Ltd",
            "\"Quoted\" Inc",
            "Braces} {!lucene} Corp",
            "$lede.f0",
            "cache=false",
            "AT&T",
            "Ünïcödé AG");

    @Test
    void everyPairIsCountedAsTheArticlesWrittenSay() throws Exception {
        Random random = new Random(31);
        List<String> names = new ArrayList<>(AWKWARD);
        for (int i = names.size(); i < SolrNamedTogether.FIRSTS_PER_REQUEST + 40; i++) {
            names.add("Firm " + i);
        }
        List<Set<String>> articles = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Set<String> orgs = new LinkedHashSet<>();
            int count = 1 + random.nextInt(4);
            while (orgs.size() < count) {
                // skewed: the first names, the awkward ones among them, are named far more often
                orgs.add(names.get((int) (names.size() * Math.pow(random.nextDouble(), 3))));
            }
            articles.add(orgs);
        }
        Map<String, Set<String>> asked = new LinkedHashMap<>();
        for (String first : names) {
            Set<String> seconds = new LinkedHashSet<>(List.of("Never Named Ltd"));
            while (seconds.size() < 6) {
                seconds.add(names.get(random.nextInt(AWKWARD.size() * 2)));
            }
            seconds.remove(first);
            asked.put(first, seconds);
        }

        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "named_together")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < articles.size(); i++) {
                    sink.write(withOrgs("a" + i, articles.get(i)));
                }
            }
            SolrNamedTogether namedTogether = new SolrNamedTogether(solr, FacetField.ORG);

            Map<String, Map<String, Long>> counted = namedTogether.articles(asked);

            Map<String, Map<String, Long>> expected = byHand(articles, asked);
            assertEquals(expected, counted);
            List<Long> together = expected.values().stream()
                    .flatMap(counts -> counts.values().stream())
                    .filter(articlesNamingBoth -> articlesNamingBoth > 0)
                    .toList();
            assertTrue(
                    together.size() > 150 && together.stream().anyMatch(articlesNamingBoth -> articlesNamingBoth > 4),
                    "the articles should name many of the pairs together, some often: " + together);
            Map<String, Set<String>> onePair = Map.of("Smith, Barney & Co", Set.of("Back\\slash Ltd"));
            assertEquals(
                    byHand(articles, onePair).get("Smith, Barney & Co").get("Back\\slash Ltd"),
                    namedTogether.articles("Smith, Barney & Co", "Back\\slash Ltd"));
        }
    }

    private static Map<String, Map<String, Long>> byHand(List<Set<String>> articles, Map<String, Set<String>> asked) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        asked.forEach((first, seconds) -> seconds.forEach(second -> counts.computeIfAbsent(first, k -> new HashMap<>())
                .put(
                        second,
                        articles.stream()
                                .filter(orgs -> orgs.contains(first) && orgs.contains(second))
                                .count())));
        return counts;
    }

    private static EnrichedArticle withOrgs(String id, Set<String> orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(List.of(), List.of(), List.copyOf(orgs), List.of()));
    }
}
