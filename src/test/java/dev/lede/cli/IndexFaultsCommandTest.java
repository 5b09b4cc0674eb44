package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index folder that cannot be used gives one line saying why and a non-zero exit; a full disk loses no commit. */
class IndexFaultsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aDamagedIndexIsOneLineAndANonZeroExit() throws IOException {
        Path index = Files.createDirectories(dir.resolve("index"));
        Files.writeString(index.resolve("segments_1"), "not a segments file");
        assertNotEquals(0, run("search", "--index", index.toString(), "tram"));
        assertOneLineSaying("damaged");
    }

    @Test
    void aMissingIndexIsOneLineAndANonZeroExitAndIsNotCreated() {
        Path missing = dir.resolve("no-index");
        assertNotEquals(0, run("search", "--index", missing.toString(), "tram"));
        assertOneLineSaying("No index at");
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileWhereTheIndexFolderShouldBeIsOneLineAndANonZeroExit() throws IOException {
        Path file = Files.writeString(dir.resolve("index"), "a file");
        assertNotEquals(0, run("search", "--index", file.toString(), "tram"));
        assertOneLineSaying("is a file, not an index folder");
    }

    @Test
    void anIndexLockedByAnotherWriterIsOneLineAndANonZeroExit() throws IOException {
        Path index = dir.resolve("index");
        Path input = Files.writeString(dir.resolve("a.txt"), "Tram line opens\n\nThe tram line opened.");
        try (LuceneIndexWriter ignored = LuceneIndexWriter.open(index)) {
            assertNotEquals(0, run("index", "--nlp", "off", "--index", index.toString(), input.toString()));
        }
        assertOneLineSaying("another indexer is writing");
    }

    @Test
    void aFullDiskDuringIndexingKeepsTheLastCommitAndSaysSo() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Assumptions.assumeTrue(
                mountTmpfs(mount, "1m"), "cannot mount a 1 MB tmpfs here (needs root), so a full disk is not tested");
        try {
            Path index = mount.resolve("index");
            Path first = Files.writeString(dir.resolve("first.txt"), "Tram line opens\n\nThe tram line opened today.");
            assertEquals(
                    0, run("index", "--nlp", "off", "--index", index.toString(), first.toString()), err.toString());
            err.getBuffer().setLength(0);

            Path many = manyArticles(dir.resolve("many.jsonl"), 3_000);
            assertNotEquals(0, run("index", "--nlp", "off", "--index", index.toString(), many.toString()));
            assertOneLineSaying("last commit intact");
            try (LuceneArticleSearch search = LuceneArticleSearch.open(index)) {
                assertEquals(1, search.articleCount(), "the committed article is still there, and only it");
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Articles of made-up words, several megabytes in all: far more than the small disk holds once indexed. */
    private static Path manyArticles(Path file, int count) throws IOException {
        java.util.Random random = new java.util.Random(7);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                body.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36), 0, 6)
                        .append(' ');
            }
            lines.append("{\"id\":\"m")
                    .append(i)
                    .append("\",\"title\":\"Story ")
                    .append(i)
                    .append("\",\"body\":\"")
                    .append(body)
                    .append("\"}\n");
        }
        return Files.writeString(file, lines);
    }

    private static boolean mountTmpfs(Path at, String size) throws InterruptedException {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                    .redirectErrorStream(true)
                    .start();
            return mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void assertOneLineSaying(String words) {
        String lines = err.toString().strip();
        String last = lines.lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("lede: ") && last.contains(words), lines);
        assertFalse(lines.contains("\tat "), lines);
    }

    private int run(String... args) {
        var commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
