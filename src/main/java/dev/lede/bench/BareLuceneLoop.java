package dev.lede.bench;

import dev.lede.index.Schema;
import dev.lede.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The floor any Lede indexing run is compared with ({@code lucene-bare}): Lucene alone, with Lede's analyzer and RAM
 * buffer, adding each article as an id plus a stored, analyzed title and body, then committing. No offsets, NLP,
 * facets, dates or fingerprints: the cheapest document a search engine for these texts could index.
 */
final class BareLuceneLoop extends LuceneLoop {

    BareLuceneLoop(Path indexDir) throws IOException {
        super(indexDir);
    }

    @Override
    public String name() {
        return "lucene-bare";
    }

    @Override
    Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(Schema.TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(Schema.BODY, article.body(), Field.Store.YES));
        return doc;
    }
}
