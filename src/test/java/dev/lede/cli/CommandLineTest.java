package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.FacetField;
import dev.lede.store.OldCurationLogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The {@code lede} command line, run in-process as a person would type it. */
class CommandLineTest {

    @TempDir
    Path input;

    @TempDir
    Path indexDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest(name = "lede {0} --help")
    @ValueSource(strings = {"index", "serve", "search", "demo", "curate"})
    void everyCommandExplainsItself(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: lede " + command), out.toString());
    }

    @Test
    void aCommandIsBuiltAloneWhenNamedAndEveryOneIsListedOtherwise() {
        CommandLine all = Main.commandLine();
        assertTrue(
                all.getSubcommands().size() > 10, all.getSubcommands().keySet().toString());
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine(new String[] {name, "--help"});
            assertEquals(java.util.Set.of(name), alone.getSubcommands().keySet());
            assertEquals(name, alone.getSubcommands().get(name).getCommandName(), "its own @Command name");
        }
        assertEquals(
                java.util.Set.of("serve"),
                Main.commandLine(new String[] {"--log-level", "warn", "serve", "--port", "7070"})
                        .getSubcommands()
                        .keySet());
        assertEquals(
                java.util.Set.of("search"),
                Main.commandLine(new String[] {"--log-level=warn", "search", "serve"})
                        .getSubcommands()
                        .keySet());
        assertEquals(
                all.getSubcommands().keySet(),
                Main.commandLine(new String[] {"--log-level", "debug"})
                        .getSubcommands()
                        .keySet());
        assertEquals(
                all.getSubcommands().keySet(),
                Main.commandLine(new String[] {"serv"}).getSubcommands().keySet());
    }

    @Test
    void indexThenSearchFindsTheArticleInReadableAndJsonForm() throws Exception {
        Files.writeString(
                input.resolve("bridge.txt"),
                "Canal bridge reopens\n\nPublished: 2024-06-01\nSource: Lakeside Courier\n\nThe canal bridge reopened.");
        assertEquals(0, run("index", "--nlp", "off", "--index", indexDir.toString(), input.toString()), err.toString());
        assertTrue(err.toString().contains("Indexed 1 article from 1 file in "), err.toString());

        assertEquals(0, run("search", "--index", indexDir.toString(), "canal"));
        assertTrue(out.toString().contains("1 article matches \"canal\""), out.toString());
        assertTrue(out.toString().contains("Canal bridge reopens"), out.toString());
        assertTrue(out.toString().contains("*canal*"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--index", indexDir.toString(), "--json", "--source", "Lakeside Courier"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, json.get("total").asInt());
        assertEquals(
                "2024-06-01T00:00:00Z", json.get("hits").get(0).get("published").asText());
    }

    @Test
    void curateListNamesAChangeIgnoredBecauseItClosesALoopInAnOldLog() throws Exception {
        OldCurationLogs.writeLoop(indexDir, FacetField.ORG, "Dockers", "Dock Workers");

        assertEquals(0, run("curate", "list", "--index", indexDir.toString()));

        assertTrue(out.toString().contains("merge org: Dockers → Dock Workers"), out.toString());
        assertTrue(
                out.toString()
                        .contains("change #2 (merge Dock Workers → Dockers) is ignored: it closes a loop with"
                                + " change #1 (merge Dockers → Dock Workers)"),
                out.toString());
    }

    @Test
    void curationFromTheCommandLineChangesWhatSearchShowsAndCanBeUndone() throws Exception {
        Files.writeString(input.resolve("a.json"), """
                [{"id": "a", "title": "Port strike", "body": "Dockers walked out."},
                 {"id": "b", "title": "Port deal", "body": "Dockers returned."}]
                """);
        assertEquals(0, run("index", "--nlp", "off", "--index", indexDir.toString(), input.toString()));
        assertEquals(0, run("curate", "block", "--index", indexDir.toString(), "person", "Dockers"));
        assertTrue(out.toString().contains("#1"), out.toString());
        assertEquals(0, run("curate", "list", "--index", indexDir.toString()));
        assertTrue(out.toString().contains("block person: Dockers"), out.toString());
        assertEquals(0, run("curate", "undo", "--index", indexDir.toString(), "1"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("curate", "list", "--index", indexDir.toString()));
        assertTrue(out.toString().contains("No curation changes."), out.toString());
        assertEquals(1, run("curate", "undo", "--index", indexDir.toString(), "1"));
        assertEquals(2, run("curate", "merge", "--index", indexDir.toString(), "colour", "a", "b"));
        assertEquals(0, run("curate", "rename", "--index", indexDir.toString(), "org", "Dockers", "Dock Workers"));
        assertTrue(out.toString().contains("rename org: Dockers → Dock Workers"), out.toString());
    }

    @Test
    void aCircularMergeASelfMergeAndAnEmptyValueAreOneLineUsageErrorsAndNotLogged() throws Exception {
        Files.createDirectories(indexDir);
        String index = indexDir.toString();
        assertEquals(0, run("curate", "merge", "--index", index, "person", "Anna Berg", "Carl Dahl"));

        assertRefused(
                "lede curate merge: cannot merge 'Carl Dahl' into 'Anna Berg': it would form a cycle with"
                        + " change #1 (merge Anna Berg → Carl Dahl); undo it first",
                "curate",
                "merge",
                "--index",
                index,
                "person",
                "Carl Dahl",
                "Anna Berg");
        assertRefused(
                "lede curate merge: cannot merge 'X' into itself",
                "curate",
                "merge",
                "--index",
                index,
                "person",
                "X",
                "X");
        assertRefused(
                "lede curate rename: value must name the facet value to change",
                "curate",
                "rename",
                "--index",
                index,
                "org",
                "",
                "X");
        assertRefused(
                "lede curate block: unexpected argument 'Y'", "curate", "block", "--index", index, "person", "X", "Y");

        out.getBuffer().setLength(0);
        assertEquals(0, run("curate", "list", "--index", index));
        assertEquals(1, out.toString().lines().count(), out.toString());
    }

    @Test
    void keywordsLongerThanTheApiTakesAreAOneLineUsageError() {
        String words = String.join(" ", java.util.Collections.nCopies(1100, "tram"));

        assertRefused(
                "lede search: q may be at most 1000 characters long",
                "search",
                "--index",
                indexDir.toString(),
                "--",
                words);
        assertRefused(
                "lede export: q may be at most 1000 characters long", "export", "--index", indexDir.toString(), words);
    }

    @Test
    void sizeZeroPrintsTheCountWithoutPointingToANextPage() throws Exception {
        Files.writeString(input.resolve("a.json"), """
                [{"id": "a", "title": "Port strike", "body": "Dockers walked out."},
                 {"id": "b", "title": "Port deal", "body": "Dockers returned."}]
                """);
        assertEquals(0, run("index", "--nlp", "off", "--index", indexDir.toString(), input.toString()));

        assertEquals(0, run("search", "--index", indexDir.toString(), "--size", "1", "port"));
        assertTrue(out.toString().contains("… more on page 2 (--page 2)"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--index", indexDir.toString(), "--size", "0", "port"));
        assertTrue(out.toString().startsWith("2 articles match \"port\""), out.toString());
        assertFalse(out.toString().contains("more on page"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--help"));
        assertTrue(out.toString().contains("Hits per page, 0 to 100"), out.toString());
    }

    @Test
    void aBoostBeforeASymbolOperatorSearchesButOneRunIntoAWordIsAUsageError() throws Exception {
        Files.writeString(input.resolve("a.json"), """
                [{"id": "a", "title": "Port strike", "body": "Dockers walked out."},
                 {"id": "b", "title": "Port deal", "body": "Dockers returned."}]
                """);
        String index = indexDir.toString();
        assertEquals(0, run("index", "--nlp", "off", "--index", index, input.toString()));

        assertEquals(0, run("search", "--index", index, "port^2&&strike"), err.toString());
        assertTrue(out.toString().startsWith("1 article matches \"port^2&&strike\""), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("search", "--index", index, "strike^2||(deal)"), err.toString());
        assertTrue(out.toString().startsWith("2 articles match \"strike^2||(deal)\""), out.toString());
        assertRefused(
                "lede search: A boost must be a plain number from 0 to 1000 right after ^, such as ^2 or ^0.5; "
                        + "write \\^ to search for a caret.",
                "search",
                "--index",
                index,
                "port^2,strike");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        assertEquals(2, run("search", "--index", indexDir.toString(), "--sort", "loudest", "x"));
        assertTrue(err.toString().contains("--sort"), err.toString());
        assertEquals(2, run("index", "--nlp", "maximal", input.toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("index", "--help"));
        assertTrue(out.toString().contains("NLP mode: full, fast or off"), out.toString());
        assertFalse(out.toString().contains("FULL"), out.toString());
    }

    @Test
    void demoReindexesOnlyWhenTheIndexIsMissingOrOlderThanTheData() throws Exception {
        Path article = input.resolve("a.txt");
        Files.writeString(article, "Harbour crane fails\n\nThe crane stopped.");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minusSeconds(60)));
        assertTrue(DemoCommand.needsIndexing(indexDir, input));
        assertEquals(0, run("index", "--nlp", "off", "--index", indexDir.toString(), input.toString()));
        assertFalse(DemoCommand.needsIndexing(indexDir, input));
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(DemoCommand.needsIndexing(indexDir, input));
    }

    /** The command exits 2, printing {@code firstLine} and the pointer to help, nothing else. */
    private void assertRefused(String firstLine, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), err.toString());
        java.util.List<String> lines = err.toString().lines().toList();
        assertEquals(firstLine, lines.getFirst());
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(1).endsWith("--help' for more information."), lines.get(1));
    }

    /** A command list shows each command's first description line alone, so it must be a whole sentence. */
    @Test
    void everyCommandsSummaryInTheCommandListIsAWholeSentence() {
        java.util.List<String> cut = new java.util.ArrayList<>();
        java.util.Deque<CommandLine> pending = new java.util.ArrayDeque<>(java.util.List.of(Main.commandLine()));
        while (!pending.isEmpty()) {
            CommandLine command = pending.pop();
            String[] description = command.getCommandSpec().usageMessage().description();
            if (description.length > 0 && !description[0].strip().endsWith(".")) {
                cut.add(command.getCommandSpec().qualifiedName() + ": " + description[0]);
            }
            pending.addAll(command.getSubcommands().values());
        }
        assertEquals(java.util.List.of(), cut);
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
