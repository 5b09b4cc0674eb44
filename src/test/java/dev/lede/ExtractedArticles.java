package dev.lede;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.GivenEntities;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short articles written for a test, run through the real extractor and indexed on disk. */
public final class ExtractedArticles {

    private static final Map<List<Object>, List<EnrichedArticle>> EXTRACTED = new HashMap<>();

    private ExtractedArticles() {}

    /** Indexes each {@code {id, title, body}} row, all from one wire on one day, and commits. */
    public static void index(Path indexDir, NlpMode mode, String[][] rows) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (EnrichedArticle article : extract(mode, rows)) {
                writer.write(article);
            }
            writer.commit();
        }
    }

    /**
     * {@link #extract} once per rows array and mode in this JVM, for tests that index the same rows into each
     * backend.
     */
    public static synchronized List<EnrichedArticle> extractOnce(NlpMode mode, String[][] rows) {
        return EXTRACTED.computeIfAbsent(List.of(mode, rows), key -> extract(mode, rows));
    }

    /** Each {@code {id, title, body}} row as an article from one wire on one day, with what the extractor found. */
    public static List<EnrichedArticle> extract(NlpMode mode, String[][] rows) {
        Extractor extractor = Extractors.forMode(mode);
        List<EnrichedArticle> articles = new ArrayList<>();
        for (String[] row : rows) {
            Article article = new Article(
                    row[0],
                    row[1],
                    row[2],
                    Instant.parse("1987-03-03T12:00:00Z"),
                    "Wire",
                    null,
                    null,
                    null,
                    GivenEntities.NONE);
            articles.add(new EnrichedArticle(article, extractor.extract(article)));
        }
        return articles;
    }
}
