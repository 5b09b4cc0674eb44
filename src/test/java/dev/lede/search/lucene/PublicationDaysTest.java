package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.index.Schema;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PublicationDaysTest {

    @Test
    void countsEachMatchOnItsUtcDayAcrossSegmentsAndLeavesUndatedOut() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, "1987-03-02T23:59:59Z", "1987-03-02T00:00:00Z", null);
            index(directory, "1987-03-03T00:00:00Z", "1987-10-19T12:00:00Z");
            PublicationDays days = count(directory, null, null);
            assertEquals(Map.of(day("1987-03-02"), 2L, day("1987-03-03"), 1L, day("1987-10-19"), 1L), asMap(days));
            assertEquals(day("1987-03-02"), days.first());
            assertEquals(day("1987-10-19"), days.last());
        }
    }

    @Test
    void aDateFarOutsideTheWindowIsStillCountedAndCanBeTheFirst() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, "0087-03-02T10:00:00Z", "1987-03-02T10:00:00Z", "2025-06-30T10:00:00Z");
            PublicationDays days = count(directory, null, null);
            assertEquals(Map.of(day("0087-03-02"), 1L, day("1987-03-02"), 1L, day("2025-06-30"), 1L), asMap(days));
            assertEquals(day("0087-03-02"), days.first());
            assertEquals(day("2025-06-30"), days.last());
        }
    }

    @Test
    void matchesOutsideTheRequestedBoundsAreCountedApartFromTheWindow() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, "1987-01-01T10:00:00Z", "1987-02-01T10:00:00Z", "1987-05-01T10:00:00Z");
            PublicationDays days = count(directory, day("1987-02-01"), day("1987-02-28"));
            assertEquals(Map.of(day("1987-01-01"), 1L, day("1987-02-01"), 1L, day("1987-05-01"), 1L), asMap(days));
        }
    }

    @Test
    void anIndexWithoutDatesHasNoFirstOrLastDay() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, (String) null);
            PublicationDays days = count(directory, null, null);
            assertEquals(Map.of(), asMap(days));
            assertNull(days.first());
            assertNull(days.last());
        }
    }

    /** Adds one segment with a document per instant; {@code null} is an undated document. */
    private static void index(Directory directory, String... instants) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String instant : instants) {
                Document doc = new Document();
                if (instant != null) {
                    long millis = Instant.parse(instant).toEpochMilli();
                    doc.add(new LongPoint(Schema.PUBLISHED, millis));
                    doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
                }
                writer.addDocument(doc);
            }
        }
    }

    private static PublicationDays count(Directory directory, LocalDate from, LocalDate to) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return PublicationDays.count(new IndexSearcher(reader), new MatchAllDocsQuery(), from, to);
        }
    }

    private static Map<LocalDate, Long> asMap(PublicationDays days) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        days.forEach(counts::put);
        return counts;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
