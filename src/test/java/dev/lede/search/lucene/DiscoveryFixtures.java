package dev.lede.search.lucene;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Small hand-made indexes for related stories and entity profiles, shared by the search and the API tests. */
public final class DiscoveryFixtures {

    private DiscoveryFixtures() {}

    /**
     * Tram stories around "tram-1": "tram-2" shares its words and all its entities, "tram-3" some words and a place,
     * "alias-4" no words but a person under an alias, "drought-5" nothing.
     */
    public static void writeTramStories(Path indexDir) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(article(
                    "tram-1",
                    "Harbour tram line opens two years late",
                    "The harbour tram line opened on Monday after delays. Riders crowded the new harbour trams.",
                    "2024-03-05",
                    List.of("Marit Zuidervaart"),
                    List.of("Rotterdam"),
                    List.of("Maasstad Transit")));
            writer.write(article(
                    "tram-2",
                    "Harbour tram line extended after opening",
                    "The harbour tram line will be extended; riders praised the new harbour trams.",
                    "2024-06-01",
                    List.of("Marit Zuidervaart"),
                    List.of("Rotterdam"),
                    List.of("Maasstad Transit")));
            writer.write(article(
                    "tram-3",
                    "Tram fares rise",
                    "Fares on every tram rise next year.",
                    "2024-07-01",
                    List.of(),
                    List.of("Rotterdam"),
                    List.of()));
            writer.write(article(
                    "alias-4",
                    "Council votes on budget",
                    "The council voted on the budget.",
                    "2024-08-01",
                    List.of("Dockside Mayor"),
                    List.of(),
                    List.of()));
            writer.write(article(
                    "drought-5",
                    "Drought grips the north",
                    "Farmers wait for rain as wells run dry.",
                    "2024-09-01",
                    List.of("Wanjiru Kamaune"),
                    List.of("Nairobi"),
                    List.of()));
            writer.commit();
        }
    }

    /**
     * Five stories about "Volodymyr Zelenskyy" (also written "Ze") and "Donald Trump" from January to March 2024;
     * "z2" names Zelenskyy both ways, "z6" is undated.
     */
    public static void writeProfileStories(Path indexDir) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (EnrichedArticle article : profileStories()) {
                writer.write(article);
            }
            writer.commit();
        }
    }

    /** The stories {@link #writeProfileStories} writes, for another backend. */
    public static List<EnrichedArticle> profileStories() {
        return List.of(
                person("z1", "2024-01-10", List.of("Volodymyr Zelenskyy", "Donald Trump"), "Kyiv"),
                person("z2", "2024-01-20", List.of("Volodymyr Zelenskyy", "Ze", "Donald Trump"), "Kyiv"),
                person("z3", "2024-03-05", List.of("Ze", "Volodymyr Zelenskyy", "Emmanuel Macron"), "Paris"),
                person("z4", "2024-03-09", List.of("Ze", "Donald Trump"), "Washington"),
                person("z5", "2024-02-01", List.of("Donald Trump"), "Washington"),
                person("z6", null, List.of("Emmanuel Macron"), "Paris"));
    }

    private static EnrichedArticle person(String id, String day, List<String> people, String place) {
        return article(id, "Story " + id, "Text " + id, day, people, List.of(place), List.of());
    }

    private static EnrichedArticle article(
            String id,
            String title,
            String body,
            String day,
            List<String> people,
            List<String> places,
            List<String> orgs) {
        Instant published = day == null ? null : Instant.parse(day + "T08:00:00Z");
        return new EnrichedArticle(
                new Article(id, title, body, published, "Harbour Ledger", null, null),
                new Enrichment(people, places, orgs, List.of()));
    }
}
