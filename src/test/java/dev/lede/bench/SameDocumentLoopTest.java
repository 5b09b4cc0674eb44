package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written {@code lucene-same} loop must index what Lede's writer indexes for {@code off}, or its ratio
 * compares different work: the same fields with the same shapes, the same stored values and the same terms.
 */
class SameDocumentLoopTest {

    private static final List<Article> ARTICLES = List.of(
            new Article(
                    "r1",
                    "Cocoa review",
                    "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.",
                    Instant.parse("1987-02-26T15:01:01Z"),
                    "Reuters",
                    "https://example.com/cocoa",
                    "A. Writer"),
            new Article("r2", "Short", "Too short", null, null, null, null));

    @TempDir
    Path dir;

    @Test
    void indexesTheSameFieldsStoredValuesAndTermsAsLedesWriterInOffMode() throws IOException {
        Path same = dir.resolve("same");
        Path lede = dir.resolve("lede");
        try (SameDocumentLoop loop = new SameDocumentLoop(same);
                ExtractAndIndex writer = new ExtractAndIndex("off", Extractors.forMode(NlpMode.OFF), lede)) {
            for (Article article : ARTICLES) {
                loop.accept(article);
                writer.accept(article);
            }
            loop.finish();
            writer.finish();
        }
        assertEquals(describe(lede), describe(same));
    }

    /** Per field: its shape, term and point counts; per document: its stored values, in order. */
    private static Map<String, Object> describe(Path index) throws IOException {
        Map<String, Object> described = new TreeMap<>();
        try (FSDirectory directory = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(1, reader.leaves().size());
            LeafReader leaf = reader.leaves().get(0).reader();
            for (FieldInfo field : leaf.getFieldInfos()) {
                Terms terms = leaf.terms(field.name);
                PointValues points = leaf.getPointValues(field.name);
                described.put(
                        "field " + field.name,
                        List.of(
                                field.getIndexOptions(),
                                field.getDocValuesType(),
                                field.getPointDimensionCount(),
                                field.hasTermVectors(),
                                terms == null ? 0 : terms.size(),
                                terms == null ? 0 : terms.getSumTotalTermFreq(),
                                points == null ? 0 : points.size()));
            }
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                List<String> stored = new ArrayList<>();
                for (IndexableField field : leaf.storedFields().document(doc)) {
                    Object value = field.binaryValue() != null ? field.binaryValue() : field.stringValue();
                    stored.add(field.name() + "=" + (value == null ? field.numericValue() : value));
                }
                described.put("doc " + leaf.storedFields().document(doc).get("id"), stored);
            }
        }
        return described;
    }
}
