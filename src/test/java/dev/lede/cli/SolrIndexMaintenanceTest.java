package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede index --rebuild/--prune} and {@code lede delete} with {@code --backend solrcloud}, through the real
 * command line into a real collection, and the index-reading commands that only needed the backend's flags.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrIndexMaintenanceTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run lede(String collection, Path side, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--backend",
                "solrcloud",
                "--solr-zk",
                SolrTestCluster.get().zkHost(),
                "--solr-collection",
                collection));
        if (side != null) {
            all.addAll(List.of("--index", side.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static Run index(String collection, Path side, String... args) {
        List<String> all = new ArrayList<>(List.of("index", "--quiet", "--nlp", "off"));
        all.addAll(List.of(args));
        return lede(collection, side, all.toArray(String[]::new));
    }

    private static void setup(String collection) {
        Run setup = lede(collection, null, "solr", "setup", "--shards", "2", "--replicas", "1");
        assertEquals(0, setup.exitCode(), setup.err());
    }

    private static long count(String collection, String query) throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), collection)) {
            return solr.client()
                    .query(collection, new SolrQuery(query).setRows(0))
                    .getResults()
                    .getNumFound();
        }
    }

    private static Path file(Path dir, String name, String... ids) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            lines.append("{\"id\":\"%s\",\"title\":\"Story %s\",\"body\":\"The harbour tram, story %s.\"}\n"
                    .formatted(id, id, id));
        }
        return Files.writeString(dir.resolve(name), lines);
    }

    @Test
    void pruneRemovesTheArticlesOfSourceFilesThatAreGoneAndKeepsTheOthers(@TempDir Path temp) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path side = temp.resolve("side");
        setup("maint_prune");
        file(input, "kept.jsonl", "k-1", "k-2");
        Path gone = file(input, "gone.jsonl", "g-1");
        Path alsoGone = file(input, "also gone (1).jsonl", "g-2", "g-3");
        assertEquals(0, index("maint_prune", side, input.toString()).exitCode());
        Files.delete(gone);
        Files.delete(alsoGone);

        Run pruned = index("maint_prune", side, "--prune", input.toString());

        assertEquals(0, pruned.exitCode(), pruned.err());
        assertTrue(pruned.err().contains("Pruned the articles of 2 source files"), pruned.err());
        assertEquals(2, count("maint_prune", "*:*"));
        assertEquals(2, count("maint_prune", "id:k-*"));
    }

    @Test
    void rebuildEmptiesTheCollectionAndIndexesTheInputAgain(@TempDir Path temp) throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Path side = temp.resolve("side");
        setup("maint_rebuild");
        file(first, "old.jsonl", "o-1", "o-2", "o-3");
        file(second, "new.jsonl", "o-1", "n-1");
        index("maint_rebuild", side, first.toString());

        Run rebuilt = index("maint_rebuild", side, "--rebuild", second.toString());

        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertTrue(rebuilt.err().contains("2 added"), "o-1 is written again, not skipped: " + rebuilt.err());
        assertEquals(2, count("maint_rebuild", "*:*"));
        assertEquals(0, count("maint_rebuild", "id:o-2 OR id:o-3"));
    }

    @Test
    void deleteRemovesTheGivenIdsAndNamesTheUnknownOnes(@TempDir Path temp) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path side = temp.resolve("side");
        setup("maint_delete");
        file(input, "wire.jsonl", "d-1", "d-2", "d-3");
        index("maint_delete", side, input.toString());

        Run deleted = lede("maint_delete", side, "delete", "d-1", "d-3", "no-such-id");

        assertEquals(1, deleted.exitCode(), deleted.err());
        assertEquals("Deleted 2 articles.", deleted.out().strip());
        assertTrue(deleted.err().contains("No article with id: no-such-id"), deleted.err());
        assertEquals(1, count("maint_delete", "*:*"));
        assertEquals(1, count("maint_delete", "id:d-2"));
    }

    @Test
    void savedSearchesAndCurationLiveInTheIndexFolderAndApplyToTheCollection(@TempDir Path temp) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path side = temp.resolve("side");
        setup("maint_stores");
        Files.writeString(input.resolve("wire.jsonl"), """
                {"id":"s-1","title":"Tram strike","body":"Drivers of the harbour tram strike.","people":["Olexander Tkachivsky"],"published":"2025-03-01T08:00:00Z"}
                {"id":"s-2","title":"Tram strike ends","body":"The harbour tram runs again.","people":["Oleksandr Tkachivskyi"],"published":"2025-03-02T08:00:00Z"}
                """);
        index("maint_stores", side, "--entities", "given", input.toString());

        Run saved = lede("maint_stores", side, "saved", "add", "strikes", "strike");
        Run checked = lede("maint_stores", side, "saved", "check", "strikes");
        Run merged = lede(
                "maint_stores", side, "curate", "merge", "person", "Olexander Tkachivsky", "Oleksandr Tkachivskyi");
        Run searched = lede("maint_stores", side, "search", "--json", "--person", "Oleksandr Tkachivskyi", "tram");

        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(Files.exists(side.resolve("saved-searches.json")), "saved beside where the index would be");
        assertEquals(0, checked.exitCode(), checked.err());
        assertTrue(checked.out().startsWith("2 new for strikes"), checked.out());
        assertTrue(checked.out().contains("Tram strike ends"), checked.out());
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(Files.exists(side.resolve("curation.json")));
        assertEquals(0, searched.exitCode(), searched.err());
        assertEquals(
                2,
                new ObjectMapper().readTree(searched.out()).path("total").asLong(),
                "both spellings found as one person: " + searched.out());
    }
}
