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

/** Short articles written for a test, run through the real extractor and indexed on disk. */
public final class ExtractedArticles {

    private ExtractedArticles() {}

    /** Indexes each {@code {id, title, body}} row, all from one wire on one day, and commits. */
    public static void index(Path indexDir, NlpMode mode, String[][] rows) throws IOException {
        Extractor extractor = Extractors.forMode(mode);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
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
                writer.write(new EnrichedArticle(article, extractor.extract(article)));
            }
            writer.commit();
        }
    }
}
