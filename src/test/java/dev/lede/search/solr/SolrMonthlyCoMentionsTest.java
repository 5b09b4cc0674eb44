package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.CoMention;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityMonth;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's monthly co-mentions on two shards, counted in one request for all months, against counts made by hand:
 * the month's most mentioned person sorts last by name and has a single mention on one shard, behind a long tail of
 * people mentioned once, while others mentioned twice compete with what the other shard sent of it. A search's facets
 * over the same month count it the same.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrMonthlyCoMentionsTest {

    private static final String SUBJECT = "Marta Quell";
    private static final String MOST_MENTIONED = "Zygmunt Ober";

    @TempDir
    Path stores;

    @Test
    void eachMonthShowsItsMostMentionedPeopleWithWholeCounts() throws Exception {
        List<List<String>> march = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            march.add(List.of(SUBJECT, MOST_MENTIONED));
        }
        for (int pair = 0; pair < 20; pair++) {
            march.add(List.of(SUBJECT, "Bel " + invented(pair)));
            march.add(List.of(SUBJECT, "Bel " + invented(pair)));
        }
        for (int once = 0; once < 100; once++) {
            march.add(List.of(SUBJECT, "Ada " + invented(once)));
        }
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "monthly_co")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < march.size(); i++) {
                    sink.write(withPeople("m" + i, "2025-03-10T08:00:00Z", march.get(i)));
                }
                sink.write(withPeople("f0", "2025-01-20T08:00:00Z", List.of(SUBJECT, "Ada " + invented(3))));
            }
            try (SolrArticleSearch search = SolrArticleSearch.open(solr, stores)) {
                EntityProfile profile = search.entityProfile(FacetField.PERSON, SUBJECT, null, null)
                        .orElseThrow();

                Map<String, Long> months = byMonth(profile.months());
                assertEquals(Map.of("2025-01", 1L, "2025-02", 0L, "2025-03", (long) march.size()), months);
                assertEquals(
                        List.of(MOST_MENTIONED + " 3", "Bel " + invented(0) + " 2", "Bel " + invented(1) + " 2"),
                        shown(profile.months().getLast().mentionedWith().people()));
                assertEquals(
                        List.of("Ada " + invented(3) + " 1"),
                        shown(profile.months().getFirst().mentionedWith().people()));

                SearchRequest inMarch = SearchRequest.builder()
                        .filter(FacetField.PERSON, List.of(SUBJECT))
                        .published(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"))
                        .size(0)
                        .facetLimit(4)
                        .build();
                assertEquals(
                        List.of(
                                SUBJECT + " " + march.size(),
                                MOST_MENTIONED + " 3",
                                "Bel " + invented(0) + " 2",
                                "Bel " + invented(1) + " 2"),
                        search.search(inMarch).facets().get("people").stream()
                                .map(value -> value.value() + " " + value.count())
                                .toList(),
                        "a search's facets are counted as whole");
            }
        }
    }

    /**
     * An invented surname for each number, seven random letters (sorted so that the names keep the numbers' order), so
     * far apart that no rule takes two of them for one person.
     */
    private static String invented(int number) {
        return SURNAMES.get(number);
    }

    private static final List<String> SURNAMES = surnames(100);

    private static List<String> surnames(int count) {
        java.util.Random random = new java.util.Random(32);
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
            for (int i = 0; i < 6; i++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            names.add(name.toString());
        }
        return List.copyOf(names);
    }

    private static Map<String, Long> byMonth(List<EntityMonth> months) {
        return months.stream().collect(java.util.stream.Collectors.toMap(EntityMonth::month, EntityMonth::articles));
    }

    private static List<String> shown(List<CoMention> mentions) {
        return mentions.stream().map(m -> m.value() + " " + m.count()).toList();
    }

    private static EnrichedArticle withPeople(String id, String published, List<String> people) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse(published), "Wire", null, null),
                new Enrichment(List.copyOf(people), List.of(), List.of(), List.of()));
    }
}
