package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.model.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up of an indexing stage writes into an index of its own, so that its timed run adds every article to an empty
 * index, as a first run does, instead of replacing the warm-up's copies.
 */
class ExtractAndIndexTest {

    @TempDir
    Path dir;

    @Test
    void theWarmUpWritesBesideTheTimedIndexWhichHoldsEveryArticleOnce() throws Exception {
        List<Article> articles = IntStream.range(0, 40)
                .mapToObj(i -> new Article("a" + i, "Title " + i, "Body " + i, Instant.EPOCH, "wire", null, null))
                .toList();
        Path index = dir.resolve("index-off");

        try (ExtractAndIndex stage = new ExtractAndIndex("off", Extractors.forMode(NlpMode.OFF), index)) {
            new ThroughputRun(articles, 2).measure(stage, 15, 0);
        }

        assertEquals(40, articlesIn(index));
        assertEquals(15, articlesIn(dir.resolve("index-off-warmup")));
    }

    private static int articlesIn(Path index) throws Exception {
        try (FSDirectory directory = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }
}
