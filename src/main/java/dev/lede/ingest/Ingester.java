package dev.lede.ingest;

import dev.lede.enrich.Extractor;
import dev.lede.index.ArticleSink;
import dev.lede.parse.Parsers;
import dev.lede.source.FileSource;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The indexing pipeline: list files → read and parse them as streams → extract entities and dates → write to the
 * index. Files are listed and parsed in order on the calling thread, which blocks while a bounded number of articles
 * wait for extraction, the expensive step, on {@code threads} workers; the workers write to the sink, which commits
 * as the {@link CommitPolicy} says and once at the end. An article whose {@link ContentHash} the index already holds is
 * counted unchanged before any NLP, so a rerun, or a run resumed after a kill, redoes only what was not committed. A
 * file, record or article that fails is reported (and named in the {@link RejectLog}) and skipped; everything else is
 * indexed.
 */
public final class Ingester {

    private final Parsers parsers;
    private final Extractor extractor;
    private final ArticleSink sink;
    private final int threads;
    private final Consumer<String> messages;
    private final CommitPolicy commits;
    private final String enrichmentSettings;
    private final RejectLog rejects;

    /**
     * @param messages receives each skip and problem as it happens, e.g. to print it
     */
    public Ingester(Parsers parsers, Extractor extractor, ArticleSink sink, int threads, Consumer<String> messages) {
        this(parsers, extractor, sink, threads, messages, CommitPolicy.AT_END, "", RejectLog.NONE);
    }

    private Ingester(
            Parsers parsers,
            Extractor extractor,
            ArticleSink sink,
            int threads,
            Consumer<String> messages,
            CommitPolicy commits,
            String enrichmentSettings,
            RejectLog rejects) {
        this.parsers = parsers;
        this.extractor = extractor;
        this.sink = sink;
        this.threads = threads;
        this.messages = messages;
        this.commits = commits;
        this.enrichmentSettings = enrichmentSettings;
        this.rejects = rejects;
    }

    /** Commits also while running, as the policy says (by default only at the end). */
    public Ingester withCommits(CommitPolicy policy) {
        return new Ingester(parsers, extractor, sink, threads, messages, policy, enrichmentSettings, rejects);
    }

    /**
     * Names the extraction settings (NLP mode, entity sources, …): an article indexed with other settings is not
     * unchanged, so changing them re-enriches everything.
     */
    public Ingester withEnrichmentSettings(String settings) {
        return new Ingester(parsers, extractor, sink, threads, messages, commits, settings, rejects);
    }

    /** Names every input, record and article left out in {@code log}. */
    public Ingester withRejects(RejectLog log) {
        return new Ingester(parsers, extractor, sink, threads, messages, commits, enrichmentSettings, log);
    }

    /** Indexes every readable article under {@code roots} and commits. */
    public IngestReport ingest(List<Path> roots) throws IOException {
        return ingest(roots, new IngestStatus());
    }

    /**
     * Indexes every readable article under {@code roots} and commits, counting in {@code status} as it goes.
     *
     * @throws java.nio.file.NoSuchFileException when a root does not exist, before anything is read
     */
    public IngestReport ingest(List<Path> roots, IngestStatus status) throws IOException {
        Thread sizing = InputSize.measureInBackground(roots, parsers, status);
        try (PipelineRun run = newRun(status)) {
            try {
                FileSource.walk(roots, run);
            } catch (PipelineRun.Stopped e) {
                // Asked to stop: what was read is still enriched, written and committed below.
            }
            return run.finish();
        } finally {
            sizing.interrupt();
        }
    }

    /** Indexes one input, e.g. standard input, and commits. Its articles have no source path, so prune keeps them. */
    public IngestReport ingest(SourceInput input, IngestStatus status) throws IOException {
        if (input.size() >= 0) {
            status.totalBytes.set(input.size());
        }
        try (PipelineRun run = newRun(status)) {
            try {
                run.read(input, null);
            } catch (PipelineRun.Stopped e) {
                // As above.
            }
            return run.finish();
        }
    }

    private PipelineRun newRun(IngestStatus status) {
        Committer committer = new Committer(sink, commits, status);
        RunLog log = new RunLog(messages, rejects, status);
        ArticleTask task = new ArticleTask(extractor, sink, committer, enrichmentSettings, status, log);
        return new PipelineRun(parsers, task, threads, status, log);
    }
}
