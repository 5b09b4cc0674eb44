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

    private DuplicateFixtures() {}

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
