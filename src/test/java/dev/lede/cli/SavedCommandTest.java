package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede saved}: saving searches, listing and removing them, and checking them for news. */
class SavedCommandTest {

    @TempDir
    Path indexDir;

    private StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void index() throws Exception {
        write(
                article("a1", "Tram line opens", "2024-03-05T00:00:00Z"),
                article("a2", "Ferry sails", "2024-04-01T00:00:00Z"));
    }

    @Test
    void aSavedSearchIsListedCheckedForNewsAndRemoved() throws Exception {
        assertEquals(
                0,
                run("saved", "add", "--index", indexDir.toString(), "trams", "tram", "--person", "Marit Zuidervaart"),
                err.toString());
        assertTrue(out().contains("Saved trams: q=tram&person=Marit+Zuidervaart"), out());
        assertEquals(0, run("saved", "add", "--index", indexDir.toString(), "ferries", "q=ferry&from=2024-01-01"));
        assertTrue(out().contains("Saved ferries: q=ferry&from=2024-01-01"));

        run("saved", "list", "--index", indexDir.toString());
        String list = out();
        assertTrue(list.startsWith("ferries  q=ferry&from=2024-01-01"), list);
        assertTrue(list.contains("trams  q=tram&person=Marit+Zuidervaart"), list);

        run("saved", "check", "--index", indexDir.toString(), "trams");
        String first = out();
        assertTrue(first.startsWith("1 new for trams"), first);
        assertTrue(first.contains("2024-03-05  Tram line opens  Harbour Ledger  id a1"), first);

        write(article("a3", "Tram fares rise", "2024-09-01T00:00:00Z"));
        run("saved", "check", "--index", indexDir.toString(), "trams");
        String second = out();
        assertTrue(second.startsWith("1 new for trams"), second);
        assertTrue(second.contains("Tram fares rise"), second);
        assertFalse(second.contains("Tram line opens"), second);

        run("saved", "check", "--index", indexDir.toString(), "trams");
        assertTrue(out().startsWith("Nothing new for trams"));

        assertEquals(0, run("saved", "remove", "--index", indexDir.toString(), "trams"));
        assertEquals(1, run("saved", "remove", "--index", indexDir.toString(), "trams"));
        assertEquals(1, run("saved", "check", "--index", indexDir.toString(), "trams"));
        assertTrue(out().startsWith("Removed trams"));
        run("saved", "list", "--index", indexDir.toString());
        assertFalse(out().contains("trams"));
    }

    @Test
    void aBadNameIsRefusedAsAUsageError() {
        assertEquals(2, run("saved", "add", "--index", indexDir.toString(), "no spaces!", "tram"));
        assertTrue(err.toString().startsWith("lede saved add: name must be"), err.toString());
    }

    private String out() {
        String text = out.toString();
        out = new StringWriter();
        return text;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void write(EnrichedArticle... articles) throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (EnrichedArticle article : articles) {
                writer.write(article);
            }
            writer.commit();
        }
    }

    private static EnrichedArticle article(String id, String title, String published) {
        return new EnrichedArticle(
                new Article(id, title, "Body of " + id, Instant.parse(published), "Harbour Ledger", null, null),
                new Enrichment(List.of("Marit Zuidervaart"), List.of(), List.of(), List.of()));
    }
}
