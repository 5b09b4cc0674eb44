package dev.lede;

import dev.lede.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The sample articles indexed once per test run through the real command line into both backends: {@code lede solr
 * setup} and {@code lede index --backend solrcloud} into a collection of 2 shards × 2 replicas on the
 * {@link SolrTestCluster}, and {@code lede index} into a Lucene index folder, with the same NLP, so that the two can
 * be compared answer for answer.
 */
public final class SolrSampleCollection {

    public static final String COLLECTION = "sample";

    private static SolrSampleCollection instance;

    /** The Lucene index of the same articles. */
    public final Path luceneIndex;
    /** The folder of the Solr backend's side files (curation, saved searches, annotations, rejects). */
    public final Path sideFiles;

    private SolrSampleCollection(Path luceneIndex, Path sideFiles) {
        this.luceneIndex = luceneIndex;
        this.sideFiles = sideFiles;
    }

    /** Indexes on the first call; the cluster must be running (through {@link SolrCloudExtension}). */
    public static synchronized SolrSampleCollection get() {
        if (instance == null) {
            try {
                instance = build(SolrTestCluster.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The flags that point a command at the sample collection. */
    public static List<String> solrFlags(SolrTestCluster cluster) {
        return List.of("--solr-zk", cluster.zkHost(), "--solr-collection", COLLECTION);
    }

    private static SolrSampleCollection build(SolrTestCluster cluster) throws IOException {
        Path lucene = ScratchDirs.create("lede-solr-parity-lucene");
        Path side = ScratchDirs.create("lede-solr-parity-side");
        String data = SampleIndex.sampleDataDir().toString();
        List<String> setup = new ArrayList<>(List.of("solr", "setup", "--shards", "2", "--replicas", "2"));
        setup.addAll(solrFlags(cluster));
        lede(setup);
        List<String> index =
                new ArrayList<>(List.of("index", "--quiet", "--backend", "solrcloud", "--index", side.toString()));
        index.addAll(solrFlags(cluster));
        index.add(data);
        lede(index);
        lede(List.of("index", "--quiet", "--index", lucene.toString(), data));
        return new SolrSampleCollection(lucene, side);
    }

    /** Runs one {@code lede} command in this JVM; fails with its output when it does not exit with 0. */
    public static String lede(List<String> args) {
        StringWriter err = new StringWriter();
        String[] arguments = args.toArray(String[]::new);
        CommandLine command = Main.commandLine(arguments);
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(arguments);
        if (exit != 0) {
            throw new IllegalStateException("lede " + String.join(" ", args) + " exited with " + exit + ":\n" + err);
        }
        return err.toString();
    }
}
