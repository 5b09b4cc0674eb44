package dev.lede.ingest;

import dev.lede.enrich.Extractor;
import dev.lede.index.ArticleSink;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.parse.ParseException;
import dev.lede.parse.ParseListener;
import dev.lede.parse.Parsers;
import dev.lede.source.FileSource;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The indexing pipeline: read files → parse articles → extract entities and dates → write to the index. Files are
 * parsed in order on the calling thread; extraction, the expensive step, runs on {@code threads} workers. A file or
 * article that fails is reported and skipped; everything else is indexed.
 */
public final class Ingester {

    private final Parsers parsers;
    private final Extractor extractor;
    private final ArticleSink sink;
    private final int threads;
    private final Consumer<String> messages;

    /**
     * @param messages receives each skip and problem as it happens, e.g. to print it
     */
    public Ingester(Parsers parsers, Extractor extractor, ArticleSink sink, int threads, Consumer<String> messages) {
        this.parsers = parsers;
        this.extractor = extractor;
        this.sink = sink;
        this.threads = threads;
        this.messages = messages;
    }

    /** Indexes every readable article under {@code roots} and commits. */
    public IngestReport ingest(List<Path> roots) throws IOException {
        long started = System.nanoTime();
        Run run = new Run();
        ExecutorService workers = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("enrich-", 0).factory());
        try {
            for (Path file : FileSource.files(roots)) {
                readFile(file, run, workers);
            }
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        sink.commit();
        return new IngestReport(
                run.filesRead,
                run.filesIgnored,
                run.indexed.get(),
                List.copyOf(run.skipped),
                List.copyOf(run.problems),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void readFile(Path file, Run run, ExecutorService workers) {
        if (!parsers.supports(file.toString())) {
            run.filesIgnored++;
            return;
        }
        try {
            parsers.read(SourceInput.of(file), new ParseListener() {
                @Override
                public void article(Article article) {
                    submit(article, file, run, workers);
                }

                @Override
                public void problem(String location, String detail) {
                    run.problem(location + ": " + detail);
                }
            });
            run.filesRead++;
        } catch (ParseException e) {
            run.skip(file + ": skipped, " + e.getMessage());
        } catch (IOException e) {
            run.skip(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void submit(Article article, Path file, Run run, ExecutorService workers) {
        run.inFlight.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                sink.write(new EnrichedArticle(article, extractor.extract(article)));
                run.indexed.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                run.skip(file + ": article " + article.id() + " skipped, " + e);
            } finally {
                run.inFlight.release();
            }
        });
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // Extraction of a large batch can take long; keep waiting.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counters of one run, shared by the reading thread and the workers. */
    private final class Run {
        final Semaphore inFlight = new Semaphore(threads * 4);
        final AtomicLong indexed = new AtomicLong();
        final Queue<String> skipped = new ConcurrentLinkedQueue<>();
        final Queue<String> problems = new ConcurrentLinkedQueue<>();
        int filesRead;
        int filesIgnored;

        void skip(String message) {
            skipped.add(message);
            messages.accept(message);
        }

        void problem(String message) {
            problems.add(message);
            messages.accept(message);
        }
    }
}
