package dev.lede.bench;

import dev.lede.index.Fingerprints;
import dev.lede.index.Schema;
import dev.lede.index.lucene.DocumentMapper;
import dev.lede.model.Article;
import dev.lede.model.WebLink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * A bare Lucene loop that indexes the document Lede indexes for an article with {@code --nlp off} ({@code
 * lucene-same}), written out by hand: the same fields, field types and facet fields as {@code
 * index.lucene.DocumentMapper}, without Lede's writer, its content-hash look-up or an extractor. Title, body and
 * their common grams come from {@code DocumentMapper.addText}, the one place that analyses them once for all three.
 *
 * <p>It computes the body's near-duplicate fingerprint, because the fingerprint is part of that document (its 32 band
 * points and its stored signature are fields) and a pure function of the body: a loop without it would index a smaller
 * document, and precomputing it outside the timed run would hide a cost any writer of this schema pays. So {@code off
 * ÷ lucene-same} is what Lede's own pipeline costs on top of the same Lucene work, and {@code lucene-same ÷
 * lucene-bare} what the richer document costs.
 */
final class SameDocumentLoop extends LuceneLoop {

    private final FacetsConfig facets = Schema.facetsConfig();

    SameDocumentLoop(Path indexDir) throws IOException {
        super(indexDir);
    }

    @Override
    public String name() {
        return "lucene-same";
    }

    @Override
    Document document(Article article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
        // Title, body and their common grams from one analysis, as the schema has them (DocumentMapper.addText).
        DocumentMapper.addText(doc, article);
        Fingerprints.of(article.body()).ifPresent(fingerprint -> {
            for (long band : fingerprint.bandHashes()) {
                doc.add(new LongPoint(Schema.DUPLICATE_BANDS, band));
            }
            doc.add(new StoredField(Schema.FINGERPRINT, fingerprint.toBytes()));
        });
        if (article.published() != null) {
            long millis = article.published().toEpochMilli();
            doc.add(new LongPoint(Schema.PUBLISHED, millis));
            doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
            doc.add(new StoredField(Schema.PUBLISHED, millis));
            ZonedDateTime utc = article.published().atZone(ZoneOffset.UTC);
            doc.add(new SortedSetDocValuesFacetField(Schema.DIM_YEAR, String.format("%04d", utc.getYear())));
            doc.add(new SortedSetDocValuesFacetField(
                    Schema.DIM_MONTH, String.format("%04d-%02d", utc.getYear(), utc.getMonthValue())));
        }
        String url = WebLink.httpOrNull(article.url());
        if (url != null) {
            doc.add(new StoredField(Schema.URL, url));
        }
        if (article.author() != null) {
            doc.add(new StoredField(Schema.AUTHOR, article.author()));
        }
        if (article.source() != null) {
            doc.add(new StoredField(Schema.SOURCE, article.source()));
            doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SOURCE, article.source()));
        }
        return facets.build(doc);
    }
}
