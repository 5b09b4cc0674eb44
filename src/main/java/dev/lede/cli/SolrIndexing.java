package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.config.IngestSettings;
import dev.lede.config.LedeConfig;
import dev.lede.index.ArticleSink;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrConfigSet;
import dev.lede.index.solr.SolrConnection;
import dev.lede.ingest.IngestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lede index --backend solrcloud}: the same pipeline, written into a SolrCloud collection. */
final class SolrIndexing {

    private SolrIndexing() {}

    static IngestReport run(
            BackendSettings backend, LedeConfig config, IngestSettings settings, IndexJob job, CommandSpec spec)
            throws IOException {
        try (SolrConnection solr = Backends.connect(backend)) {
            Indexing.Target collection = new Indexing.Target() {
                @Override
                public ArticleSink open(PrintWriter err) throws IOException {
                    Files.createDirectories(config.indexDir());
                    SolrArticleSink sink = new SolrArticleSink(solr);
                    Indexing.prepare(sink, job, err);
                    return sink;
                }

                @Override
                public String name() {
                    return "SolrCloud collection " + backend.collection();
                }

                @Override
                public String schemaVersion() {
                    // Solr's own: a change to the embedded index's documents alone redoes nothing here.
                    return SolrConfigSet.VERSION;
                }
            };
            return Indexing.run(
                    collection, config, settings, job, spec.commandLine().getErr());
        }
    }
}
