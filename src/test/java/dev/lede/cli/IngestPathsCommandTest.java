package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.IndexInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code index} writes only into a missing, empty or Lede index folder; a path that is not the index folder (an
 * export's output, a rejects file) is named with its own problem, never called an index folder.
 */
class IngestPathsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void indexRefusesAFolderOfOtherFilesInOneLineAndWritesNothingThere() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(folder.resolve("notes.md"), "# my notes");
        Files.writeString(folder.resolve("data.csv"), "a,b");

        assertEquals(
                1,
                run(
                        "index",
                        "--nlp",
                        "off",
                        "--index",
                        folder.toString(),
                        article().toString()));

        assertEquals(
                "lede: " + folder + " is not a Lede index (it holds data.csv, notes.md); check --index.",
                err.toString().strip());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(
                    List.of("data.csv", "notes.md"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void indexCreatesAMissingFolderAndFillsAnEmptyOne() throws IOException {
        Path missing = dir.resolve("new-index");
        Path empty = Files.createDirectory(dir.resolve("empty-index"));

        assertEquals(0, indexInto(missing));
        assertEquals(0, indexInto(empty));

        assertTrue(IndexInfo.exists(missing), err.toString());
        assertTrue(IndexInfo.exists(empty), err.toString());
    }

    @Test
    void indexStillWritesIntoAnIndexItMadeBefore() throws IOException {
        Path index = dir.resolve("index");
        assertEquals(0, indexInto(index));

        assertEquals(0, indexInto(index));
    }

    @Test
    void anIndexFolderUnderAFileIsStillCalledAnIndexFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
        Path index = file.resolve("index");

        assertEquals(
                1,
                run(
                        "index",
                        "--nlp",
                        "off",
                        "--index",
                        index.toString(),
                        article().toString()));

        assertTrue(err.toString().contains("lede: cannot use " + index + " as an index folder"), err.toString());
    }

    @Test
    void exportIntoAMissingFolderNamesTheFileAndItsFolderNotAnIndexFolder() throws IOException {
        Path index = indexed();
        Path output = dir.resolve("missing/dir/out.csv");

        assertEquals(1, run("export", "--index", index.toString(), "-o", output.toString(), "tram"));

        assertEquals(
                "lede: cannot open " + output + ": its folder " + output.getParent() + " does not exist",
                err.toString().strip());
    }

    @Test
    void exportOntoAFolderSaysItIsAFolderNotAnIndexFolder() throws IOException {
        Path index = indexed();
        Path folder = Files.createDirectory(dir.resolve("exports"));

        assertEquals(1, run("export", "--index", index.toString(), "-o", folder.toString(), "tram"));

        assertEquals(
                "lede: cannot open " + folder + " as a file: it is a folder",
                err.toString().strip());
    }

    @Test
    void aRejectsFileThatIsAFolderIsNamedAsTheRejectsFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("rejects"));

        assertEquals(
                1,
                run(
                        "index",
                        "--nlp",
                        "off",
                        "--quiet",
                        "--index",
                        dir.resolve("index").toString(),
                        "--rejects",
                        folder.toString(),
                        article().toString()));

        assertEquals(
                "lede: cannot write the rejects file to " + folder + ": it is a folder; give a file name",
                err.toString().strip(),
                "refused before the models load or the index is opened");
        assertFalse(Files.exists(dir.resolve("index")));
    }

    private Path indexed() throws IOException {
        Path index = dir.resolve("index");
        assertEquals(0, indexInto(index));
        err.getBuffer().setLength(0);
        return index;
    }

    private int indexInto(Path index) throws IOException {
        return run(
                "index",
                "--nlp",
                "off",
                "--quiet",
                "--index",
                index.toString(),
                article().toString());
    }

    private Path article() throws IOException {
        Path article = dir.resolve("tram.txt");
        if (!Files.exists(article)) {
            Files.writeString(article, "Tram line opens\n\nThe tram line opened.");
        }
        return article;
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
