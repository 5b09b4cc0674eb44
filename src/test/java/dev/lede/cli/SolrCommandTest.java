package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrSampleCollection;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.OlderCollections;
import dev.lede.index.solr.SolrConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code lede solr setup} and {@code --backend solrcloud} against a real SolrCloud, through the real command line. */
@ExtendWith(SolrCloudExtension.class)
class SolrCommandTest {

    private record Run(int exitCode, String err) {}

    private static Run lede(String... args) {
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    @Test
    void setupCreatesTheCollectionThenUpdatesIt() {
        String zk = SolrTestCluster.get().zkHost();

        Run created = lede("solr", "setup", "--solr-zk", zk, "--solr-collection", "cli_new", "--shards", "1");
        Run updated = lede("solr", "setup", "--solr-zk", zk, "--solr-collection", "cli_new");

        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.err().startsWith("Created collection cli_new"), created.err());
        assertEquals(0, updated.exitCode(), updated.err());
        assertTrue(updated.err().startsWith("Updated collection cli_new"), updated.err());
    }

    @Test
    void setupRefusesACollectionOfAnotherSchemaVersionInOneLine() throws Exception {
        String zk = SolrTestCluster.get().zkHost();
        try (SolrConnection solr = SolrConnection.open(zk, List.of(), "cli_older")) {
            OlderCollections.create(solr, "1");
        }

        Run refused = lede("solr", "setup", "--solr-zk", zk, "--solr-collection", "cli_older");

        assertEquals(1, refused.exitCode(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("schema version 1") && refused.err().contains("--force"), refused.err());
    }

    @Test
    void aMalformedBoostIsAUsageErrorAsOnLucene() {
        Run run = searchSample("tram^1e40");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                "lede search: A boost must be a plain number from 0 to 1000 right after ^, such as ^2 or ^0.5; "
                        + "write \\^ to search for a caret.",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aBoostBeforeASymbolOperatorSearchesAsOnLucene() {
        Run run = searchSample("tram^2||(harbour)");

        assertEquals(0, run.exitCode(), run.err());
    }

    /** {@code lede search QUERY} on the sample collection of the test cluster. */
    private static Run searchSample(String query) {
        List<String> args = new ArrayList<>(List.of(
                "search",
                "--backend",
                "solrcloud",
                "--index",
                SolrSampleCollection.get().sideFiles.toString(),
                query));
        args.addAll(SolrSampleCollection.solrFlags(SolrTestCluster.get()));
        return lede(args.toArray(String[]::new));
    }

    @Test
    void theSolrCloudBackendWithoutAnAddressIsAUsageError() {
        Run run = lede("index", "--backend", "solrcloud", "whatever.jsonl");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("needs --solr-zk HOSTS or --solr-url URL"), run.err());
    }
}
