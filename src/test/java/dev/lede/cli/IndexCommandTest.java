package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.parse.ArticleIds;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede index} as a person runs it: exit codes, the summary, the rejects file, pruning, standard input. */
class IndexCommandTest {

    @TempDir
    Path input;

    @TempDir
    Path indexDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void inputThatIsAllIgnoredExitsOneAndSaysWhyAndWhere() throws Exception {
        Files.writeString(input.resolve("export.jsonl.xz"), "compressed, say");

        assertEquals(1, index(input.toString()), err.toString());

        assertTrue(err.toString().contains("Nothing could be indexed: 1 inputs ignored"), err.toString());
        String rejects = Files.readString(indexDir.resolve("rejects.jsonl"));
        assertTrue(rejects.contains("export.jsonl.xz") && rejects.contains("\"ignored\""), rejects);
    }

    @Test
    void aRerunWithNothingNewExitsZeroAndCountsEverythingUnchanged() throws Exception {
        Files.writeString(input.resolve("a.jsonl"), "{\"id\":\"a1\",\"title\":\"Quay\",\"body\":\"The quay.\"}\n");
        assertEquals(0, index(input.toString()), err.toString());
        err.getBuffer().setLength(0);

        assertEquals(0, index(input.toString()), err.toString());

        assertTrue(err.toString().contains("0 added, 0 updated, 1 unchanged"), err.toString());
    }

    @Test
    void anIdTooLongToOpenIsRefusedWhenWrittenAndShortenedWhenTakenFromTheMessage() throws Exception {
        Files.writeString(
                input.resolve("written.txt"), "Quay reopens\nId: " + "q".repeat(301) + "\n\nThe quay reopened.");
        Files.writeString(input.resolve("kept.txt"), "Quay closes\nId: quay-1\n\nThe quay closed.");
        Files.writeString(input.resolve("digest.eml"), """
                From: Desk <desk@valleypost.example>
                Subject: Evening digest
                Date: Wed, 06 Mar 2024 19:00:00 +0000
                Message-ID: <%s@lists.valleypost.example>

                The ferry runs again tomorrow.
                """.formatted("digest.".repeat(50)));

        index(input.toString());
        String firstRun = err.toString();
        err.getBuffer().setLength(0);
        index(input.toString());

        assertTrue(firstRun.contains("id may be at most 300 characters long"), firstRun);
        String rejects = Files.readString(indexDir.resolve("rejects.jsonl"));
        assertTrue(
                rejects.contains("written.txt") && rejects.contains("id may be at most 300 characters long"), rejects);
        assertTrue(err.toString().contains("0 added, 0 updated, 2 unchanged"), err.toString());
        String digestId = ArticleIds.idFor("digest.".repeat(50) + "@lists.valleypost.example", null, null, null);
        assertTrue(digestId.startsWith("digest.digest.") && digestId.length() <= Article.MAX_ID_LENGTH, digestId);
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(2, search.articleCount());
            assertTrue(search.article("quay-1").isPresent());
            assertEquals(
                    "Evening digest", search.article(digestId).orElseThrow().title());
        }
    }

    @Test
    void pruneRemovesTheArticlesOfDeletedSourceFiles() throws Exception {
        Files.writeString(input.resolve("kept.txt"), "Quay reopens\n\nThe quay reopened.");
        Path gone = Files.writeString(input.resolve("gone.txt"), "Quay closes\n\nThe quay closed.");
        assertEquals(0, index(input.toString()));
        Files.delete(gone);

        assertEquals(0, index("--prune", input.toString()), err.toString());

        assertTrue(err.toString().contains("Pruned the articles of 1 source files"), err.toString());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(1, search.articleCount());
        }
    }

    @Test
    void aDashReadsJsonLinesFromStandardInput() throws Exception {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(
                "{\"id\":\"s1\",\"title\":\"Piped\",\"body\":\"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(0, index("-"), err.toString());
        } finally {
            System.setIn(before);
        }
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals("Piped", search.article("s1").orElseThrow().title());
        }
    }

    @Test
    void gzippedJsonLinesAreReadFromStandardInputAndAnUnknownFormatIsRefusedBeforeReadingIt() throws Exception {
        InputStream before = System.in;
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write("{\"id\":\"z1\",\"title\":\"Zipped\",\"body\":\"Through gzip.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayInputStream stdin = new ByteArrayInputStream(gzipped.toByteArray());
        System.setIn(stdin);
        try {
            assertEquals(2, index("--stdin-format", "exe", "-"), err.toString());
            assertEquals(gzipped.size(), stdin.available(), "standard input was not read");
            assertEquals(2, index("--stdin-format", "gz", "-"), err.toString());
            assertEquals(0, index("--stdin-format", ".jsonl.gz", "-"), err.toString());
        } finally {
            System.setIn(before);
        }
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals("Zipped", search.article("z1").orElseThrow().title());
        }
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, index("--entities", "psychic", input.toString()));
        assertEquals(2, index("-", input.toString()));
        assertEquals(2, index("--commit-every", "many", input.toString()));
    }

    @Test
    void aMistypedPathIsAUsageErrorNamingItAndNothingIsIndexed() throws Exception {
        Files.writeString(input.resolve("a.jsonl"), "{\"id\":\"a1\",\"title\":\"Quay\",\"body\":\"The quay.\"}\n");
        Path missing = input.resolve("no-such-export.jsonl");

        assertEquals(2, index(input.toString(), missing.toString()), err.toString());

        assertTrue(err.toString().contains("no such file or folder: " + missing), err.toString());
        assertFalse(err.toString().contains("index folder"), err.toString());
        assertFalse(Files.exists(indexDir.resolve("rejects.jsonl")), "nothing was run");
    }

    @Test
    void aHomeCountryGivesAStorysUnqualifiedBodiesThatCountryAndARerunWithoutItExtractsAgain() throws Exception {
        Files.writeString(
                input.resolve("vote.jsonl"),
                "{\"id\":\"v1\",\"title\":\"Vote delayed\",\"body\":\"Ministers told Parliament on Tuesday that"
                        + " the vote on the budget would wait until after Easter.\"}\n");
        String[] withFastNlp = {"index", "--nlp", "fast", "--quiet", "--index", indexDir.toString()};

        assertEquals(0, run(withFastNlp, "--home-country", "gb", input.toString()), err.toString());
        assertEquals(List.of("Parliament (United Kingdom)"), orgsOf("v1"));

        assertEquals(0, run(withFastNlp, input.toString()), err.toString());
        assertTrue(err.toString().contains("0 added, 1 updated"), err.toString());
        assertEquals(List.of("Parliament"), orgsOf("v1"));
    }

    @Test
    void anIndexWhoseEnrichmentCannotBeRecordedIsStillIndexedWithANote() throws Exception {
        Files.writeString(input.resolve("a.jsonl"), "{\"id\":\"a1\",\"title\":\"Quay\",\"body\":\"The quay.\"}\n");
        Files.createDirectories(indexDir.resolve("enrichment.json.lock"));

        assertEquals(0, index(input.toString()), err.toString());

        assertTrue(err.toString().contains("live writes will not know how this index was enriched"), err.toString());
        assertTrue(err.toString().contains("1 added"), err.toString());
    }

    private List<String> orgsOf(String id) throws Exception {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return search.article(id).orElseThrow().orgs();
        }
    }

    private int run(String[] command, String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(
                Stream.concat(Stream.of(command), Stream.of(args)).toArray(String[]::new));
    }

    private int index(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 6];
        System.arraycopy(
                new String[] {"index", "--nlp", "off", "--quiet", "--index", indexDir.toString()}, 0, full, 0, 6);
        System.arraycopy(args, 0, full, 6, args.length);
        return commandLine.execute(full);
    }
}
