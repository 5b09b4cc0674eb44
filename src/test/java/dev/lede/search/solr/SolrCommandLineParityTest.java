package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrSampleCollection;
import dev.lede.SolrTestCluster;
import dev.lede.cli.Main;
import dev.lede.web.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code lede search} and {@code lede export} through the real command line, once on the Lucene index and once with
 * {@code --backend solrcloud} on the collection of the same sample articles: the same articles come out.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrCommandLineParityTest {

    private record Run(int exitCode, String out, String err) {}

    @Test
    void searchPrintsTheSameMatchesAndCounts() throws Exception {
        for (List<String> asked : List.of(
                List.of("--size", "100"),
                List.of("--size", "100", "tram"),
                List.of("--size", "5", "--sort", "oldest", "--place", "Hamburg"))) {
            List<String> args = new ArrayList<>(List.of("search", "--json"));
            args.addAll(asked);
            JsonNode fromLucene = json(onLucene(args));
            JsonNode fromSolr = json(onSolr(args));

            assertEquals(fromLucene.path("total"), fromSolr.path("total"), asked.toString());
            assertTrue(fromLucene.path("total").asLong() > 0, asked + " finds articles");
            assertEquals(ids(fromLucene.path("hits")), ids(fromSolr.path("hits")), asked.toString());
            assertEquals(fromLucene.path("facets"), fromSolr.path("facets"), asked.toString());
        }
    }

    @Test
    void exportWritesTheSameArticles() throws Exception {
        List<String> args = List.of("export", "--format", "jsonl", "--sort", "oldest", "--place", "Hamburg");
        String fromLucene = onLucene(args).out();
        String fromSolr = onSolr(args).out();

        assertTrue(!fromLucene.isBlank(), "the sample has articles about Hamburg");
        assertEquals(exportedIds(fromLucene), exportedIds(fromSolr));
    }

    @Test
    void searchOnSolrCloudWithoutAnAddressIsAUsageError() {
        Run run = lede(List.of("search", "--backend", "solrcloud", "tram"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("needs --solr-zk HOSTS or --solr-url URL"), run.err());
    }

    private static Run onLucene(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--index", SolrSampleCollection.get().luceneIndex.toString()));
        return succeeded(lede(all));
    }

    private static Run onSolr(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(
                "--backend",
                "solrcloud",
                "--index",
                SolrSampleCollection.get().sideFiles.toString()));
        all.addAll(SolrSampleCollection.solrFlags(SolrTestCluster.get()));
        return succeeded(lede(all));
    }

    private static Run succeeded(Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static Run lede(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = args.toArray(String[]::new);
        CommandLine command = Main.commandLine(arguments);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(arguments);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode json(Run run) throws Exception {
        return Json.mapper().readTree(run.out());
    }

    /** As a set: relevance scores differ a little between one index and two shards. */
    private static TreeSet<String> ids(JsonNode hits) {
        TreeSet<String> ids = new TreeSet<>();
        hits.forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    private static TreeSet<String> exportedIds(String jsonLines) throws Exception {
        TreeSet<String> ids = new TreeSet<>();
        for (String line : jsonLines.lines().toList()) {
            ids.add(Json.mapper().readTree(line).path("id").asText());
        }
        return ids;
    }
}
