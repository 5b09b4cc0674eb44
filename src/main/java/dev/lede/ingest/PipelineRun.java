package dev.lede.ingest;

import dev.lede.model.Article;
import dev.lede.parse.ParseException;
import dev.lede.parse.ParseListener;
import dev.lede.parse.Parsers;
import dev.lede.source.FileSource;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One run of the pipeline: the calling thread reads inputs and hands their articles to the workers, waiting while
 * {@link #IN_FLIGHT_PER_THREAD} per worker are queued or being enriched, so memory stays bounded however large the
 * input and however slow the NLP.
 */
final class PipelineRun implements FileSource.Visitor, AutoCloseable {

    /** Enough queued work that no worker idles while the reader parses the next record; few enough to stay small. */
    static final int IN_FLIGHT_PER_THREAD = 32;

    private final Parsers parsers;
    private final ArticleTask task;
    private final IngestStatus status;
    private final RunLog log;
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final long startedNanos = System.nanoTime();

    PipelineRun(Parsers parsers, ArticleTask task, int threads, IngestStatus status, RunLog log) {
        this.parsers = parsers;
        this.task = task;
        this.status = status;
        this.log = log;
        this.inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
        this.workers = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("enrich-", 0).factory());
    }

    @Override
    public void file(Path file) {
        stopIfAsked();
        if (parsers.supports(file.toString())) {
            read(SourceInput.of(file), file);
        } else {
            log.ignored(file.toString(), "no parser reads this type of file");
        }
    }

    @Override
    public void refused(Path path, String reason) {
        log.ignored(path.toString(), reason);
    }

    /** @param file the file the input is, or {@code null} when it is none (standard input) */
    void read(SourceInput input, Path file) {
        status.files.incrementAndGet();
        try {
            parsers.read(new CountingInput(input, status.bytes), new ParseListener() {
                @Override
                public void article(Article article) {
                    stopIfAsked();
                    status.read.incrementAndGet();
                    submit(article, file);
                }

                @Override
                public void problem(String location, String detail) {
                    log.recordSkipped(location, detail);
                }

                @Override
                public void warning(String location, String detail) {
                    log.warned(location, detail);
                }
            });
            status.filesRead.incrementAndGet();
        } catch (Stopped e) {
            status.filesRead.incrementAndGet();
            throw e;
        } catch (ParseException e) {
            log.fileSkipped(input.location(), withoutLocation(e.getMessage(), input.location()));
        } catch (IOException e) {
            log.fileSkipped(input.location(), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Waits for the workers, commits, and reports. */
    IngestReport finish() throws IOException {
        close();
        task.commit();
        return new IngestReport(
                status, log.skipped(), log.problems(), Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // Extraction of the last queued articles can take long; keep waiting.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Article article, Path file) {
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                task.index(article, file);
            } catch (IOException | RuntimeException e) {
                log.failedArticle(article, file, e);
            } finally {
                inFlight.release();
            }
        });
    }

    private void stopIfAsked() {
        if (status.stopRequested()) {
            throw new Stopped();
        }
    }

    /** Ends the walk and the parse of the current input when the run was asked to stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped on request", null, false, false);
        }
    }

    private static String withoutLocation(String message, String location) {
        String prefix = location + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
