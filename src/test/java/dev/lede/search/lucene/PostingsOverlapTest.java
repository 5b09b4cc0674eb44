package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PostingsOverlapTest {

    private static final String FIELD = "org";
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "rare", "absent");

    @Test
    void countsTheLiveDocumentsHoldingBothTermsAsAConjunctionDoes() throws IOException {
        Random random = new Random(30);
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config =
                    new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int doc = 0; doc < 3_000; doc++) {
                    writer.addDocument(document(doc, random));
                    if (doc % 700 == 699) {
                        writer.commit(); // several segments
                    }
                }
                for (int doc = 0; doc < 3_000; doc += 7) {
                    writer.deleteDocuments(new Term("id", Integer.toString(doc)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String first : NAMES) {
                    for (String second : NAMES) {
                        assertEquals(
                                searcher.count(both(first, second)),
                                PostingsOverlap.count(reader, new Term(FIELD, first), new Term(FIELD, second)),
                                first + " and " + second);
                    }
                }
            }
        }
    }

    private static Document document(int id, Random random) {
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        List<String> names = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            if (random.nextInt(name.charAt(0) - 'a' + 2) == 0) {
                names.add(name);
            }
        }
        if (id % 500 == 3) {
            names.add("rare");
        }
        names.forEach(name -> document.add(new StringField(FIELD, name, Field.Store.NO)));
        return document;
    }

    private static BooleanQuery both(String first, String second) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FIELD, first)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(FIELD, second)), BooleanClause.Occur.FILTER)
                .build();
    }
}
