package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.Schema;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new snapshot reads only the segments it did not have, and sees the deletions of the ones it had. */
class WithdrawnValuesTest {

    private static final String US = "United States";
    private static final List<String> PLACES = List.of("Houston", "Las Vegas");

    @TempDir
    Path indexDir;

    private final FacetsConfig config = Schema.facetsConfig();
    private final WithdrawnValues withdrawnValues = new WithdrawnValues();

    @Test
    void segmentsAreReadOnceWhileTheirBlockedPlacesStayTheSame() throws IOException {
        IndexedArticles.write(indexDir, article("vegas-1", "Las Vegas"), article("houston", "Houston"));
        EntityAliases vegasBlocked = blocking("Las Vegas");
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader first = DirectoryReader.open(directory)) {
            assertEquals(Set.of("vegas-1"), ids(first, vegasBlocked));
            assertEquals(Set.of("vegas-1"), ids(first, vegasBlocked));
            assertEquals(1, withdrawnValues.segmentsRead());

            IndexedArticles.write(indexDir, article("vegas-2", "Las Vegas"), article("vegas-1", "Houston"));
            try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                assertEquals(Set.of("vegas-2"), ids(second, vegasBlocked), "vegas-1 now names Houston");
                assertEquals(2, withdrawnValues.segmentsRead(), "only the new segment was read");

                assertEquals(Set.of("vegas-1", "vegas-2", "houston"), ids(second, blocking("Las Vegas", "Houston")));
                assertEquals(4, withdrawnValues.segmentsRead(), "a new block reads both again");
            }
        }
    }

    @Test
    void aBlockedPlaceTakesBothItsCountryAndItsRegion() throws IOException {
        IndexedArticles.write(
                indexDir,
                new EnrichedArticle(
                        new Article("vegas", "Story", "Text from Las Vegas", null, null, null, null),
                        new Enrichment(
                                List.of(),
                                List.of("Las Vegas"),
                                List.of(),
                                List.of(US),
                                List.of(),
                                null,
                                List.of("Nevada, United States"))));
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            Set<String> taken = withdrawnValues.find(reader, config, blocking("Las Vegas"), PLACES).stream()
                    .map(withdrawal -> withdrawal.field() + " " + withdrawal.value())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("COUNTRY United States", "REGION Nevada, United States"), taken);
        }
    }

    private Set<String> ids(DirectoryReader reader, EntityAliases aliases) throws IOException {
        return withdrawnValues.find(reader, config, aliases, PLACES).stream()
                .map(WithdrawnValues.Withdrawal::articleId)
                .collect(Collectors.toSet());
    }

    private static EntityAliases blocking(String... places) {
        List<CurationChange> log = Arrays.stream(places)
                .map(place -> new CurationChange(1, Instant.EPOCH, CurationAction.BLOCK, FacetField.PLACE, place, null))
                .toList();
        return new EntityAliases(List.of(), log, NameAliases.installed());
    }

    private static EnrichedArticle article(String id, String place) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text from " + place, null, null, null, null),
                new Enrichment(List.of(), List.of(place), List.of(), List.of(US), List.of(), null, List.of()));
    }
}
