package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede optimize}: an index merged into fewer segments answers every search as before. */
class OptimizeCommandTest {

    private static final String[] WORDS = {"canal", "harbour", "tram", "budget", "river", "strike", "council"};
    private static final List<SearchRequest> SEARCHES = List.of(
            SearchRequest.forQuery("canal"),
            SearchRequest.forQuery("tram OR strike"),
            SearchRequest.forQuery("\"harbour tram\""),
            SearchRequest.forQuery("budget AND river"),
            SearchRequest.builder()
                    .query("council")
                    .sort(SortOrder.NEWEST)
                    .size(20)
                    .build(),
            SearchRequest.builder().query("canal").page(2).build());

    @TempDir
    Path indexDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void indexSixCommitsOfArticles() throws Exception {
        int id = 0;
        for (int commit = 0; commit < 6; commit++) {
            try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
                for (int i = 0; i < 40; i++, id++) {
                    writer.write(new EnrichedArticle(article(id), Enrichment.NONE));
                }
            }
        }
    }

    @Test
    void mergingIntoOneSegmentLeavesOneSegmentAndTheSameAnswers() throws Exception {
        assertTrue(segments() > 1, "six writer runs should leave several segments, found " + segments());
        List<String> before = answers();

        assertEquals(0, run("optimize", "--index", indexDir.toString()), err.toString());

        assertEquals(1, segments());
        assertEquals(before, answers());
        assertTrue(out.toString().startsWith("Merged " + indexDir + " into 1 segment in "), out.toString());
    }

    @Test
    void mergingIntoAtMostTwoSegmentsLeavesNoMore() throws Exception {
        List<String> before = answers();

        assertEquals(0, run("optimize", "--index", indexDir.toString(), "--segments", "2"), err.toString());

        assertTrue(segments() <= 2, "segments: " + segments());
        assertEquals(before, answers());
    }

    @Test
    void zeroSegmentsIsAUsageError() {
        assertEquals(2, run("optimize", "--index", indexDir.toString(), "--segments", "0"));
        assertTrue(err.toString().contains("--segments must be 1 or more"), err.toString());
    }

    @Test
    void aMissingIndexIsNamedAndNotCreated() {
        Path missing = indexDir.resolve("nothing-here");

        assertEquals(1, run("optimize", "--index", missing.toString()));

        assertTrue(err.toString().contains("No index at " + missing), err.toString());
        assertFalse(Files.exists(missing));
    }

    @Test
    void whileAnIndexerRunsOptimizeIsRefusedInOneLine() throws Exception {
        try (LuceneIndexWriter indexer = LuceneIndexWriter.open(indexDir)) {
            assertEquals(1, run("optimize", "--index", indexDir.toString()));
            assertTrue(err.toString().contains("indexer is writing to " + indexDir), err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
        }
    }

    private static Article article(int id) {
        String body = WORDS[id % WORDS.length] + " " + WORDS[(id * 3 + 1) % WORDS.length] + " news number " + id
                + (id % 5 == 0 ? " with a harbour tram" : "");
        return new Article(
                "a" + id,
                "Story " + WORDS[(id / 2) % WORDS.length],
                body,
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3_600L * ((id * 37) % 500)),
                "wire",
                null,
                null);
    }

    /** What each search answers: total, and every hit's id, title and snippet in order. */
    private List<String> answers() throws Exception {
        List<String> answers = new ArrayList<>();
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            for (SearchRequest request : SEARCHES) {
                SearchPage page = search.search(request);
                answers.add(request.query() + " total=" + page.total());
                for (Hit hit : page.hits()) {
                    answers.add(hit.id() + " | " + hit.title() + " | " + hit.snippet());
                }
            }
        }
        return answers;
    }

    private int segments() throws Exception {
        try (FSDirectory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
