package dev.lede.cli;

import dev.lede.config.Enrichment;
import dev.lede.config.IngestSettings;
import dev.lede.config.LedeConfig;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.index.ArticleSink;
import dev.lede.index.Schema;
import dev.lede.index.lucene.IndexInfo;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.CommitPolicy;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.IngestStatus;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.RejectsFile;
import dev.lede.parse.Parsers;
import dev.lede.source.SourceInput;
import dev.lede.store.EnrichmentStore;
import dev.lede.store.StoreFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Wires the indexing pipeline from a configuration; shared by {@code index} and {@code demo}. */
final class Indexing {

    private Indexing() {}

    static IngestReport run(LedeConfig config, List<Path> inputs, boolean rebuild, PrintWriter err) throws IOException {
        IndexJob job = new IndexJob(inputs, rebuild, false, null, false, IndexJob.DEFAULT_STDIN_FORMAT);
        return run(config, IngestSettings.fromEnvironment(System.getenv()), job, err);
    }

    static IngestReport run(LedeConfig config, IngestSettings settings, IndexJob job, PrintWriter err)
            throws IOException {
        // Before the models load: a mistyped --index is refused at once, and nothing is written among other files.
        IndexInfo.requireWritable(config.indexDir());
        return run(new LuceneTarget(config.indexDir(), job), config, settings, job, err);
    }

    /** Where an indexing run writes: opened once the signal handler is in place, closed (committed) before it goes. */
    interface Target {
        ArticleSink open(PrintWriter err) throws IOException;

        /** How messages name it. */
        String name();

        /**
         * The version of the documents it holds: part of each article's content hash, so that a new version rewrites
         * unchanged articles and the same version skips them.
         */
        String schemaVersion();
    }

    /**
     * Indexes into {@code target}; the rejects file goes to the index folder, which holds the side files whatever the
     * backend.
     */
    static IngestReport run(Target target, LedeConfig config, IngestSettings settings, IndexJob job, PrintWriter err)
            throws IOException {
        Path rejectsFile = job.rejectsFile(config.indexDir());
        RejectsFile.requireNotAFolder(rejectsFile);
        Enrichment enrichment = settings.enrichment(config.nlp());
        tell(err, "Loading NLP models (%s)…", enrichment.describe());
        Extractor extractor = Extractors.forMode(enrichment.nlp(), enrichment.entities(), enrichment.homeCountry());
        IngestStatus status = new IngestStatus();
        // The sink closes (its last commit) while the signal handler still holds the JVM open.
        try (StopOnSignal stopOnSignal = StopOnSignal.install(status);
                ArticleSink sink = target.open(err);
                RejectsFile rejects = RejectsFile.create(rejectsFile)) {
            remember(enrichment, config.indexDir(), err);
            Ingester ingester = new Ingester(Parsers.standard(), extractor, sink, config.threads(), message -> {
                        err.println("  " + message);
                        err.flush();
                    })
                    .withCommits(new CommitPolicy(settings.commitEvery(), Duration.ofSeconds(settings.commitSeconds())))
                    .withEnrichmentSettings(enrichment.hashKey() + ";schema=" + target.schemaVersion())
                    .withRejects(rejects);
            tell(
                    err,
                    "Indexing %s into %s…",
                    job.readsStandardInput() ? "standard input" : job.inputs(),
                    target.name());
            IngestReport report = ingest(ingester, job, status, err);
            tellOutcome(report, rejectsFile, err);
            return report;
        }
    }

    /** The Lucene index folder: a killed run's lock taken over, and emptied or pruned first when asked. */
    private record LuceneTarget(Path indexDir, IndexJob job) implements Target {
        @Override
        public ArticleSink open(PrintWriter err) throws IOException {
            LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir);
            try {
                tellIfInterrupted(writer, indexDir, err);
                prepare(writer, job, err);
                return writer;
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        }

        @Override
        public String name() {
            return indexDir.toString();
        }

        @Override
        public String schemaVersion() {
            return Schema.VERSION;
        }
    }

    /** For the server's live writes; an index that cannot record it is still indexed. */
    private static void remember(Enrichment enrichment, Path indexDir, PrintWriter err) {
        try {
            new EnrichmentStore(indexDir).remember(enrichment);
        } catch (StoreFailure e) {
            tell(err, "Note: %s; the server's live writes will not know how this index was enriched.", e.getMessage());
        }
    }

    private static void tellIfInterrupted(LuceneIndexWriter writer, Path indexDir, PrintWriter err) {
        writer.interruptedRun()
                .ifPresent(lastCommit -> tell(
                        err,
                        "Note: the last indexer of %s stopped without finishing; no live process holds its"
                                + " write.lock, so it was taken over. Everything it committed (last at %s) stays;"
                                + " unchanged articles are skipped, so rerunning its inputs resumes it.",
                        indexDir,
                        lastCommit));
    }

    private static void tellOutcome(IngestReport report, Path rejectsFile, PrintWriter err) {
        tell(err, "%s", report.summary());
        IngestStatus status = report.status();
        if (report.nothingIndexable()) {
            tell(
                    err,
                    "Nothing could be indexed: %d inputs ignored (no parser reads them), %d skipped, %d failed;"
                            + " each is named with its reason in %s",
                    status.ignored(),
                    status.skipped(),
                    status.failed(),
                    rejectsFile);
        } else if (status.skipped() + status.failed() + status.ignored() > 0) {
            tell(
                    err,
                    "What was left out%s is named in %s",
                    status.warnings() > 0 ? ", and what was read with a warning," : "",
                    rejectsFile);
        } else if (status.warnings() > 0) {
            tell(err, "What was read with a warning is named in %s", rejectsFile);
        }
    }

    private static IngestReport ingest(Ingester ingester, IndexJob job, IngestStatus status, PrintWriter err)
            throws IOException {
        try (IndexProgress progress = IndexProgress.start(status, job.quiet(), err)) {
            return job.readsStandardInput()
                    ? ingester.ingest(standardInput(job.stdinFormat()), status)
                    : ingester.ingest(job.inputs(), status);
        }
    }

    /** Empties the index ({@code --rebuild}) or removes the articles of source files that are gone ({@code --prune}). */
    static void prepare(ArticleSink writer, IndexJob job, PrintWriter err) throws IOException {
        if (job.rebuild()) {
            writer.deleteAll();
        } else if (job.prune()) {
            List<String> gone = writer.pruneSources(path -> !Files.exists(Path.of(path)));
            tell(err, "Pruned the articles of %d source files that no longer exist.", gone.size());
        }
    }

    private static SourceInput standardInput(String format) {
        String location = "stdin." + (format.startsWith(".") ? format.substring(1) : format);
        return new SourceInput() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() {
                return System.in;
            }
        };
    }

    private static void tell(PrintWriter err, String format, Object... args) {
        err.printf(format + "%n", args);
        err.flush();
    }
}
