package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of every article, taken over from the snapshot before for the segments a commit left alone: after new
 * segments, deletions and merges of names, they must be the counts a table built from nothing makes.
 */
class WholeSegmentCountsTest {

    private static final List<CurationChange> NO_CURATION = List.of();

    @TempDir
    Path indexDir;

    @Test
    void aCommitKeepsTheUnchangedSegmentsCountsAndTheCountsStayExact() throws IOException {
        write(List.of(
                article("a1", "2024-03-02", List.of("Ada Lovelace", "Augusta King"), List.of("London")),
                article("a2", "2024-03-09", List.of("Augusta King"), List.of("Paris")),
                article("a3", "2024-04-01", List.of("Mary Somerville"), List.of("London"))));
        write(List.of(
                article("b1", "2024-05-02", List.of("Charles Babbage"), List.of("Turin")),
                article("b2", "2024-05-03", List.of("Mary Somerville", "Charles Babbage"), List.of("London"))));
        IndexFacets facets = new IndexFacets(Schema.facetsConfig());
        try (DirectoryReader first = DirectoryReader.open(FSDirectory.open(indexDir))) {
            assertEquals(2, first.leaves().size());
            CanonicalOrdinals before = table(facets, first, NO_CURATION);
            countEveryArticle(first, before);

            try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
                writer.write(article("c1", "2024-06-01", List.of("Ada Lovelace"), List.of("Turin")));
                writer.delete("b1");
                writer.commit();
            }
            try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                assertEquals(3, second.leaves().size());
                CanonicalOrdinals after = table(facets, second, NO_CURATION);
                assertEquals(1, after.keepWholeSegmentCounts(before), "the untouched first segment only");
                assertEquals(countEveryArticle(second, fresh(second, NO_CURATION)), countEveryArticle(second, after));

                List<CurationChange> merge = List.of(new CurationChange(
                        1, Instant.EPOCH, CurationAction.MERGE, FacetField.PERSON, "Augusta King", "Ada Lovelace"));
                CanonicalOrdinals merged = table(facets, second, merge);
                assertEquals(
                        2,
                        merged.keepWholeSegmentCounts(after),
                        "the first segment holds both merged names, the others at most one");
                Map<String, List<FacetValue>> exact = countEveryArticle(second, fresh(second, merge));
                assertEquals(exact, countEveryArticle(second, merged));
                assertTrue(
                        exact.get("PERSON").contains(new FacetValue("Ada Lovelace", 3, List.of("Augusta King"))),
                        exact.toString());
            }
        }
    }

    /** The table of {@code reader} under {@code log}, built by {@code facets} after the tables it built before. */
    private static CanonicalOrdinals table(IndexFacets facets, DirectoryReader reader, List<CurationChange> log)
            throws IOException {
        facets.prepare(reader, log);
        return facets.ordinals(reader, facets.aliases(reader, log));
    }

    private static CanonicalOrdinals fresh(DirectoryReader reader, List<CurationChange> log) throws IOException {
        return table(new IndexFacets(Schema.facetsConfig()), reader, log);
    }

    /** Every value of every field and timeline among all articles, by field or dimension. */
    private static Map<String, List<FacetValue>> countEveryArticle(DirectoryReader reader, CanonicalOrdinals table)
            throws IOException {
        var matches = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        CanonicalOrdinals.Counts counts =
                table.count(matches, EnumSet.allOf(FacetField.class), EnumSet.allOf(Timeline.class));
        Map<String, List<FacetValue>> all = new LinkedHashMap<>();
        for (FacetField field : FacetField.values()) {
            all.put(field.name(), counts.top(field, 100));
        }
        for (String dimension : CanonicalOrdinals.TIMELINE_DIMENSIONS) {
            all.put(dimension, counts.values(dimension));
        }
        return all;
    }

    private void write(List<EnrichedArticle> articles) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (EnrichedArticle article : articles) {
                writer.write(article);
            }
            writer.commit();
        }
    }

    private static EnrichedArticle article(String id, String day, List<String> people, List<String> places) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text of " + id, Instant.parse(day + "T08:00:00Z"), "Wire", null, null),
                new Enrichment(people, places, List.of(), List.of()));
    }
}
