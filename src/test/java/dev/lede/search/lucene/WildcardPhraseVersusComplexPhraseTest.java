package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.complexPhrase.ComplexPhraseQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lucene's own {@link ComplexPhraseQueryParser} against {@link WildcardPhrase}, on the same analyzer and texts: the
 * comparison behind keeping {@code WildcardPhrase} (see ARCHITECTURE.md, "Hand-written or Lucene's own").
 */
class WildcardPhraseVersusComplexPhraseTest {

    private static final String[] BODIES = {
        "John Doe met the mayor in Rotterdam.",
        "Johanna Doe spoke first; John spoke later.",
        "Doe, John: the minutes of the meeting.",
        "Jonathan Doerr denied everything.",
        "The Doe family and John Smith were there.",
        "Gemeente Rotterdam opened the new harbour tram line.",
        "Harbour trams and the harbour tramway were discussed.",
        "Élodie Ferrandou visited the Rotterdam harbour.",
    };

    private static final Analyzer ANALYZER = Schema.analyzer();
    private static Directory directory;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < BODIES.length; i++) {
                Document document = new Document();
                document.add(new StringField("n", Integer.toString(i), Field.Store.YES));
                document.add(new TextField(Schema.BODY, BODIES[i], Field.Store.NO));
                writer.addDocument(document);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.getIndexReader().close();
        directory.close();
    }

    @ParameterizedTest(name = "\"{0}\"~{1}")
    @CsvSource({
        "Joh* Doe, 0",
        "Jo?n Doe, 0",
        "harbour tram*, 0",
        "rotterdam harb*, 0",
        "Ferr* visited, 0",
    })
    void exactPhrasesMatchTheSameArticles(String phrase, int slop) throws Exception {
        ComplexPhraseQueryParser lucene = new ComplexPhraseQueryParser(Schema.BODY, ANALYZER);
        Set<String> ours = matches(WildcardPhrase.build(Schema.BODY, phrase, slop, ANALYZER));
        Set<String> theirs = matches(lucene.parse("\"" + phrase + "\"" + (slop > 0 ? "~" + slop : "")));
        assertEquals(ours, theirs);
    }

    @ParameterizedTest(name = "\"{0}\"~{1}")
    @CsvSource({"Doe Joh*, 2", "Joh* Doe, 2"})
    void withSlopLedeAlsoMatchesTheWordsInTheOtherOrderAsAPlainPhraseWouldAndLuceneOnlyWhenToldTo(
            String phrase, int slop) throws Exception {
        ComplexPhraseQueryParser lucene = new ComplexPhraseQueryParser(Schema.BODY, ANALYZER);
        Set<String> ours = matches(WildcardPhrase.build(Schema.BODY, phrase, slop, ANALYZER));
        Set<String> theirs = matches(lucene.parse("\"" + phrase + "\"~" + slop));
        assertNotEquals(ours, theirs);
        assertTrue(ours.containsAll(theirs));

        lucene.setInOrder(false);
        assertEquals(ours, matches(lucene.parse("\"" + phrase + "\"~" + slop)));
    }

    private static Set<String> matches(Query query) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("n"));
        }
        return ids;
    }
}
