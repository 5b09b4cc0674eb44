package dev.lede.search.lucene;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;

/** The search tests' index: their articles written into a folder in one commit. */
final class IndexedArticles {

    private IndexedArticles() {}

    static void write(Path indexDir, EnrichedArticle... articles) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (EnrichedArticle article : articles) {
                writer.write(article);
            }
            writer.commit();
        }
    }
}
