package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The values of one dimension held by the documents that hold a term, across segments, leaving out deleted documents
 * and the values of other dimensions.
 */
class ValuesNamedWithTest {

    private final FacetsConfig config = new FacetsConfig();

    @Test
    void theLiveDocumentsOfATermGiveTheirValuesOfOneDimension() throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer =
                        new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(document("1", "Dick Darman", "Treasury", "Washington"));
            writer.addDocument(document("2", "Richard Darman", "Shearson", "New York"));
            writer.commit();
            writer.addDocument(document("3", "Dick Darman", "Allegis", "Chicago"));
            writer.addDocument(document("4", "Dick Darman", "Pentagon", "Washington"));
            writer.deleteDocuments(new Term("id", "4"));

            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertEquals(2, reader.leaves().size(), "two segments");
                Term dickDarman = DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, "person", "Dick Darman");

                Set<String> organizations =
                        ValuesNamedWith.of(reader, dickDarman, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, "org");

                assertEquals(Set.of("Treasury", "Allegis"), organizations);
            }
        }
    }

    private Document document(String id, String person, String organization, String place) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.NO));
        document.add(new SortedSetDocValuesFacetField("person", person));
        document.add(new SortedSetDocValuesFacetField("org", organization));
        document.add(new SortedSetDocValuesFacetField("place", place));
        return config.build(document);
    }
}
