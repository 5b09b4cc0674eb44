package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.Schema;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values kept per segment list a snapshot's values as Lucene's ordinals do, through new segments. */
class ValueNamesTest {

    @TempDir
    Path indexDir;

    private final FacetsConfig config = Schema.facetsConfig();
    private final ValueNames valueNames = new ValueNames();

    @Test
    void aNewSnapshotReadsOnlyItsNewSegmentsAndListsEveryValueInOrdinalOrder() throws IOException {
        IndexedArticles.write(
                indexDir,
                article("a", List.of("Zofia Nowak", "Ärne Lind"), List.of("Gdańsk"), "Baltic Wire"),
                article("b", List.of("Ada Ruiz"), List.of("Oslo", "Gdańsk"), "Harbour Ledger"));
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader before = DirectoryReader.open(directory)) {
            assertEquals(
                    List.of("Ada Ruiz", "Zofia Nowak", "Ärne Lind"),
                    assertAsLuceneLists(before).get(FacetField.PERSON));
            assertEquals(1, valueNames.segmentsRead());

            IndexedArticles.write(
                    indexDir, article("c", List.of("Bo Ek", "Zofia Nowak"), List.of("Aarhus"), "Baltic Wire"));
            try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                assertEquals(2, after.leaves().size());
                Map<FacetField, List<String>> values = assertAsLuceneLists(after);
                assertEquals(List.of("Ada Ruiz", "Bo Ek", "Zofia Nowak", "Ärne Lind"), values.get(FacetField.PERSON));
                assertEquals(List.of("Aarhus", "Gdańsk", "Oslo"), values.get(FacetField.PLACE));
                assertEquals(2, valueNames.segmentsRead(), "only the new segment was read");
            }
        }
    }

    /** The kept values of the snapshot, after checking them against Lucene's own lookup of every ordinal. */
    private Map<FacetField, List<String>> assertAsLuceneLists(DirectoryReader reader) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        Map<FacetField, List<String>> expected = new EnumMap<>(FacetField.class);
        SortedSetDocValues all = state.getDocValues();
        for (FacetField field : FacetField.values()) {
            List<String> names = new ArrayList<>();
            var range = state.getOrdRange(Schema.dimension(field));
            for (int ord = range == null ? 0 : range.start(); range != null && ord <= range.end(); ord++) {
                String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
                names.add(path[path.length - 1]);
            }
            expected.put(field, names);
        }
        Map<FacetField, List<String>> kept = valueNames.of(state);
        assertEquals(expected, kept);
        return kept;
    }

    private static EnrichedArticle article(String id, List<String> people, List<String> places, String source) {
        return new EnrichedArticle(
                new Article(
                        id, "Story " + id, "Text of " + id, Instant.parse("2025-03-01T09:00:00Z"), source, null, null),
                new Enrichment(people, places, List.of(), List.of()));
    }
}
