package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede delete ID…} on an index on disk. */
class DeleteCommandTest {

    @TempDir
    Path indexDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void indexThreeArticles() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (String id : new String[] {"a", "b", "c"}) {
                writer.write(new EnrichedArticle(
                        new Article(id, "Canal " + id, "Canal news.", null, null, null, null), Enrichment.NONE));
            }
            writer.commit();
        }
    }

    @Test
    void deletingKnownIdsRemovesThemAndCommits() throws Exception {
        assertEquals(0, run("delete", "--index", indexDir.toString(), "a", "c"), err.toString());
        assertTrue(out.toString().contains("Deleted 2 articles."), out.toString());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(1, search.articleCount());
            assertTrue(search.article("b").isPresent());
        }
    }

    @Test
    void unknownIdsAreReportedWithExitCodeOneAndTheKnownOnesStillGo() throws Exception {
        assertEquals(1, run("delete", "--index", indexDir.toString(), "b", "zz", "yy"));
        assertTrue(out.toString().contains("Deleted 1 article."), out.toString());
        assertEquals("No article with id: zz, yy", err.toString().strip());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            assertEquals(2, search.search(SearchRequest.forQuery("canal")).total());
        }
    }

    @Test
    void whileAnIndexerRunsDeleteIsRefusedInOneLine() throws Exception {
        try (LuceneIndexWriter indexer = LuceneIndexWriter.open(indexDir)) {
            assertEquals(1, run("delete", "--index", indexDir.toString(), "a"));
            assertTrue(err.toString().startsWith("lede: An indexer is writing to"), err.toString());
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
