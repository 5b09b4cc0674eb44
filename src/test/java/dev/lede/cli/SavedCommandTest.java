package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.search.lucene.DuplicateFixtures;
import dev.lede.store.SavedSearchStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "saved add n {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            *                    | Wildcards and patterns must start with a letter or digit.
            q=*                  | Wildcards and patterns must start with a letter or digit.
            q=[a TO b]           | Ranges like [a TO b] are not supported in q
            q=tram&size=abc      | size must be a whole number, not 'abc'
            q=tram&size=500      | size must be between 0 (counts only) and 100
            q=tram&page=0        | page must be 1 or more
            q=tram&collapse=yes  | collapse must be true or false, not 'yes'
            q=%                  | it has a % that is not followed by two hex digits; write a percent sign as %25
            q=tram&from=2024-9-1 | from in query must be a date like 2025-02-14, not '2024-9-1'
            """)
    void aQueryThatCouldNeverBeSearchedIsRefusedAsAUsageErrorAndNothingIsSaved(String query, String why) {
        assertEquals(2, run("saved", "add", "--index", indexDir.toString(), "n", query));

        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.getFirst().startsWith("lede saved add: the query cannot be saved: " + why), lines.getFirst());
        assertEquals(2, lines.size(), err.toString());
        assertFalse(err.toString().contains("URLDecoder"), err.toString());
        assertFalse(Files.exists(indexDir.resolve(SavedSearchStore.FILE_NAME)), "nothing was saved");
    }

    @Test
    void keywordsLongerThanTheApiTakesAreRefused() {
        String words = String.join(" ", Collections.nCopies(300, "tram"));

        assertEquals(2, run("saved", "add", "--index", indexDir.toString(), "long", words));

        assertTrue(err.toString().startsWith("lede saved add: q may be at most 1000 characters long"), err.toString());
        assertFalse(Files.exists(indexDir.resolve(SavedSearchStore.FILE_NAME)), "nothing was saved");
    }

    @Test
    void aQueryASearchCanRunIsSavedWithItsPagingValues() {
        assertEquals(
                0,
                run("saved", "add", "--index", indexDir.toString(), "paged", "?q=tram*&size=0&page=3&collapse=true"),
                err.toString());
        assertTrue(out().startsWith("Saved paged: q=tram*&size=0&page=3&collapse=true"));
        assertEquals(0, run("saved", "check", "--index", indexDir.toString(), "paged"), err.toString());
        assertTrue(out().startsWith("1 new for paged"));
    }

    @Test
    void aFolderThatIsNoIndexIsRefusedLikeSearchRefusesItAndNothingIsWrittenThere() throws Exception {
        Path inputs = Files.createDirectories(indexDir.resolve("inputs"));
        Files.writeString(inputs.resolve("a.jsonl"), "{}\n");
        Path file = inputs.resolve("a.jsonl");
        Path missing = indexDir.resolve("missing").resolve("folder");
        for (Path folder : List.of(inputs, file, missing)) {
            for (String[] command : List.of(
                    new String[] {"saved", "list"},
                    new String[] {"saved", "add", "s1", "tram"},
                    new String[] {"curate", "list"},
                    new String[] {"curate", "merge", "person", "a", "b"},
                    new String[] {"search"})) {
                err.getBuffer().setLength(0);
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(1 + (command[0].equals("search") ? 0 : 1), List.of("--index", folder.toString()));

                assertEquals(1, run(args.toArray(String[]::new)), String.join(" ", args) + ": " + err);

                assertEquals(1, err.toString().lines().count(), err.toString());
                assertFalse(err.toString().contains(".lock"), err.toString());
                assertTrue(
                        err.toString().startsWith("lede: ") && err.toString().contains(folder.toString()),
                        err.toString());
            }
        }
        try (Stream<Path> files = Files.list(inputs)) {
            assertEquals(List.of(file), files.toList(), "nothing was written beside the input files");
        }
        assertFalse(Files.exists(missing));
        assertEquals("", out());
    }

    @Test
    void aCheckListsEachStoryOnceWithItsCopiesUnlessTheQueryAsksForEveryCopy(@TempDir Path copiesDir) throws Exception {
        DuplicateFixtures.write(copiesDir);
        run("saved", "add", "--index", copiesDir.toString(), "trams", "tram");
        run("saved", "add", "--index", copiesDir.toString(), "every-tram", "q=tram&collapse=false");
        out();

        assertEquals(0, run("saved", "check", "--index", copiesDir.toString(), "trams"), err.toString());
        List<String> stories = out().lines().skip(1).toList();
        assertEquals(3, stories.size(), stories.toString());
        assertTrue(stories.get(0).contains("Tram briefing"), stories.toString());
        assertTrue(stories.get(1).endsWith("id tram-4"), stories.toString());
        assertTrue(
                stories.get(2).endsWith("id wire-1  — 2 more copies (Daily Post, Harbour Ledger)"), stories.toString());

        run("saved", "check", "--index", copiesDir.toString(), "every-tram");
        List<String> every = out().lines().skip(1).toList();
        assertEquals(5, every.size(), every.toString());
        assertTrue(every.stream().noneMatch(line -> line.contains("more cop")), every.toString());
    }

    private String out() {
        String text = out.toString();
        out = new StringWriter();
        return text;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
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
