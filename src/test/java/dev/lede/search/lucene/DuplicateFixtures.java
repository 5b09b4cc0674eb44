package dev.lede.search.lucene;

import dev.lede.index.ArticleSink;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** A small index of wire stories and their copies, shared by the search and the API tests. */
public final class DuplicateFixtures {

    /** The wire story on the harbour tram, first published by Continental Wire. */
    public static final String TRAM_WIRE = "Maasstad Transit has ordered two more trams for the harbour line, to be"
            + " delivered next autumn, so that it can run every six minutes at peak times. Ridership beat the"
            + " council's forecast by a third in the first year, the operator said on Tuesday. Critics in the outer"
            + " districts say the money would be better spent on buses, where waits are long and routes were cut.";

    /** A different story on the same topic. */
    public static final String TRAM_OTHER = "The harbour tram will not run on Sunday while engineers replace the"
            + " points near the ferry terminal, Maasstad Transit said. Buses will run every ten minutes between the"
            + " two harbour stops instead, and trams are expected back in service on Monday morning.";

    public static final String DROUGHT_WIRE = "Herders in northern Kenya are walking further each week to find water"
            + " for their cattle as the short rains fail for a second season, aid workers said. The county has"
            + " opened three emergency boreholes and is trucking water to schools, but officials warn that the"
            + " supply will not last beyond the end of the month without rain.";

    private static final String FERRY_START = "The night ferry to the islands was cancelled for a third day on"
            + " Thursday as gales kept the harbour closed, stranding lorries loaded with fresh produce on the quay and"
            + " leaving dozens of passengers to find rooms in town.";

    private static final String FERRY_MIDDLE = "Shopkeepers on the larger island said bread and milk had run short by"
            + " Wednesday evening, and the council opened its hall to islanders who had come over for hospital"
            + " appointments and could not get home again.";

    private static final String FERRY_END = "Forecasters expect the wind to drop on Saturday morning; the operator"
            + " said a relief sailing would leave at dawn if the harbour master allowed it, with freight loaded first"
            + " and foot passengers after.";

    private DuplicateFixtures() {}

    /**
     * Three tellings of one ferry story that are near-duplicates in a chain, not all alike: "ferry-a" (1 April, its
     * first two paragraphs) and "ferry-c" (2 April, its last two) are each contained in "ferry-b" (3 April, all three)
     * but share too little with each other. Grouped oldest first, "ferry-b" joins "ferry-a" and "ferry-c" stands alone.
     */
    public static void writeChain(ArticleSink writer) throws IOException {
        writer.write(article(
                "ferry-a", "Gales keep ferry in port", FERRY_START + " " + FERRY_MIDDLE, "04-01", "Isles Courier"));
        writer.write(
                article("ferry-c", "Islanders wait for ferry", FERRY_MIDDLE + " " + FERRY_END, "04-02", "Daily Post"));
        writer.write(article(
                "ferry-b",
                "Ferry cancelled again",
                FERRY_START + " " + FERRY_MIDDLE + " " + FERRY_END,
                "04-03",
                "Continental Wire"));
        writer.commit();
    }

    /**
     * Tram wire "wire-1" (Continental Wire, 1 March) with a retitled copy "copy-2" (Harbour Ledger, 2 March) and an
     * edited, truncated copy "copy-3" (Daily Post, 3 March); "tram-4", another tram story (Harbour Ledger, 4 March);
     * drought wire "drought-5" (Continental Wire, 5 March) and its copy "drought-6" (Daily Post, 6 March); "short-7"
     * whose body is too short to have a fingerprint.
     */
    public static void write(Path indexDir) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            write(writer);
        }
    }

    /** The same articles into any backend's sink, committed. */
    public static void write(ArticleSink writer) throws IOException {
        writer.write(article("wire-1", "Harbour tram gets two more trams", TRAM_WIRE, "03-01", "Continental Wire"));
        writer.write(article("copy-2", "Two more trams for the harbour line", TRAM_WIRE, "03-02", "Harbour Ledger"));
        String edited =
                TRAM_WIRE.replace("on Tuesday", "on Tuesday evening").substring(0, TRAM_WIRE.indexOf(" Critics"));
        writer.write(article("copy-3", "Harbour tram: more trams ordered", edited, "03-03", "Daily Post"));
        writer.write(article("tram-4", "Harbour tram closed on Sunday", TRAM_OTHER, "03-04", "Harbour Ledger"));
        writer.write(article("drought-5", "Herders walk further for water", DROUGHT_WIRE, "03-05", "Continental Wire"));
        writer.write(article("drought-6", "Kenya herders hit by drought", DROUGHT_WIRE, "03-06", "Daily Post"));
        writer.write(article("short-7", "Tram briefing", "Tram news.", "03-07", "Daily Post"));
        writer.commit();
    }

    private static EnrichedArticle article(String id, String title, String body, String monthDay, String source) {
        return new EnrichedArticle(
                new Article(id, title, body, Instant.parse("2025-" + monthDay + "T08:00:00Z"), source, null, null),
                Enrichment.NONE);
    }
}
