package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.index.LuceneIndexWriter;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.parse.Parsers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Wires the indexing pipeline from a configuration; shared by {@code index} and {@code demo}. */
final class Indexing {

    private Indexing() {}

    static IngestReport run(LedeConfig config, List<Path> inputs, boolean rebuild, PrintWriter err) throws IOException {
        err.printf("Loading NLP models (mode %s)…%n", config.nlp().name().toLowerCase(java.util.Locale.ROOT));
        err.flush();
        Extractor extractor = Extractors.forMode(config.nlp());
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(config.indexDir())) {
            if (rebuild) {
                writer.deleteAll();
            }
            Ingester ingester = new Ingester(Parsers.standard(), extractor, writer, config.threads(), message -> {
                err.println("  " + message);
                err.flush();
            });
            err.printf("Indexing %s into %s…%n", inputs, config.indexDir());
            err.flush();
            IngestReport report = ingester.ingest(inputs);
            err.println(report.summary());
            err.flush();
            return report;
        }
    }
}
