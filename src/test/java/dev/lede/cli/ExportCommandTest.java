package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.store.AnnotationStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede export}: the matches of a search, with the options of {@code lede search}, to a file or stdout. */
class ExportCommandTest {

    @TempDir
    Path indexDir;

    @TempDir
    Path outputDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void index() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(
                    article("a1", "Tram line opens, at last", "2024-03-05T00:00:00Z", List.of("Marit Zuidervaart")));
            writer.write(article("a2", "Tram budget cut", "2024-06-01T00:00:00Z", List.of()));
            writer.write(article("a3", "Ferry sails", "2024-07-01T00:00:00Z", List.of("Marit Zuidervaart")));
            writer.commit();
        }
    }

    @Test
    void exportWritesTheFilteredMatchesToAFileInTheChosenFormat() throws Exception {
        Path file = outputDir.resolve("trams.jsonl");
        assertEquals(
                0,
                run(
                        "export",
                        "--index",
                        indexDir.toString(),
                        "--format",
                        "jsonl",
                        "--output",
                        file.toString(),
                        "--person",
                        "Marit Zuidervaart",
                        "--sort",
                        "oldest"),
                err.toString());
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"a1\",\"title\":\"Tram line opens, at last\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"id\":\"a3\""), lines.get(1));
        assertTrue(err.toString().contains("Exported 2 articles to " + file), err.toString());
    }

    @Test
    void exportWritesCsvToStandardOutputByDefault() {
        assertEquals(0, run("export", "--index", indexDir.toString(), "--sort", "newest", "tram"));
        assertEquals(
                "id,title,published,source,url,people,places,countries,regions,orgs,snippet,starred,tags,note\r\n"
                        + "a2,Tram budget cut,2024-06-01T00:00:00Z,Harbour Ledger,,,,,,,Body of a2,,,\r\n"
                        + "a1,\"Tram line opens, at last\",2024-03-05T00:00:00Z,"
                        + "Harbour Ledger,,Marit Zuidervaart,,,,,Body of a1,,,\r\n",
                out.toString());
    }

    @Test
    void aDashAsOutputMeansStandardOutputWithoutAByteOrderMark() {
        Path dash = Path.of("-").toAbsolutePath();
        assertFalse(Files.exists(dash), "a file named - is left from before: " + dash);

        assertEquals(0, run("export", "--index", indexDir.toString(), "--sort", "newest", "-o", "-", "budget"));

        assertEquals(
                "id,title,published,source,url,people,places,countries,regions,orgs,snippet,starred,tags,note\r\n"
                        + "a2,Tram budget cut,2024-06-01T00:00:00Z,Harbour Ledger,,,,,,,Body of a2,,,\r\n",
                out.toString());
        assertFalse(Files.exists(dash), "no file named -");
        assertEquals("Exported 1 article\n", err.toString().replace("\r\n", "\n"));
    }

    @Test
    void anAnnotatedArticleCarriesItsStarTagsAndNote() {
        new AnnotationStore(indexDir).put("a1", true, List.of("transit", "follow up"), "ask the council, \"why\"");
        assertEquals(0, run("export", "--index", indexDir.toString(), "--sort", "newest", "tram"));
        List<String> rows = out.toString().lines().toList();
        assertEquals("a2,Tram budget cut,2024-06-01T00:00:00Z,Harbour Ledger,,,,,,,Body of a2,,,", rows.get(1));
        assertTrue(
                rows.get(2).endsWith(",Body of a1,true,transit; follow up,\"ask the council, \"\"why\"\"\""),
                rows.get(2));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("export", "--index", indexDir.toString(), "--format", "xml"));
        assertTrue(err.toString().contains("--format"), err.toString());
        assertEquals(0, run("export", "--help"));
        assertTrue(out.toString().startsWith("Usage: lede export"), out.toString());
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static EnrichedArticle article(String id, String title, String published, List<String> people) {
        return new EnrichedArticle(
                new Article(id, title, "Body of " + id, Instant.parse(published), "Harbour Ledger", null, null),
                new Enrichment(people, List.of(), List.of(), List.of()));
    }
}
