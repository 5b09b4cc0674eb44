package dev.lede.cli;

import dev.lede.ingest.IngestStatus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a running index: a progress bar by megabytes read when standard error is a terminal, else a plain line now
 * and then (for logs), else nothing ({@code --quiet}). Reads the run's {@link IngestStatus} from a thread of its own.
 */
final class IndexProgress implements AutoCloseable {

    private static final long MB = 1024 * 1024;
    private static final long PLAIN_LINE_SECONDS = 10;

    private final IngestStatus status;
    private final ScheduledExecutorService ticker;
    private final ProgressBar bar;

    private IndexProgress(IngestStatus status, ScheduledExecutorService ticker, ProgressBar bar) {
        this.status = status;
        this.ticker = ticker;
        this.bar = bar;
    }

    static IndexProgress start(IngestStatus status, boolean quiet, PrintWriter err) {
        if (quiet) {
            return new IndexProgress(status, null, null);
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("progress").daemon().factory());
        if (!isTerminal()) {
            IndexProgress progress = new IndexProgress(status, ticker, null);
            ticker.scheduleAtFixedRate(
                    () -> {
                        err.println(progress.line());
                        err.flush();
                    },
                    PLAIN_LINE_SECONDS,
                    PLAIN_LINE_SECONDS,
                    TimeUnit.SECONDS);
            return progress;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Indexing")
                .setInitialMax(-1)
                .setUnit(" MB", MB)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(500)
                .showSpeed()
                .build();
        IndexProgress progress = new IndexProgress(status, ticker, bar);
        ticker.scheduleAtFixedRate(progress::updateBar, 0, 500, TimeUnit.MILLISECONDS);
        return progress;
    }

    /** One plain line: files, articles and their rate, megabytes and their rate, and the ETA once the size is known. */
    String line() {
        double seconds = Math.max(status.elapsedSeconds(), 0.001);
        double megabytes = status.bytes() / (double) MB;
        String line = String.format(
                Locale.ROOT,
                "  %d files, %d articles (%.0f/s), %.1f MB (%.1f MB/s), %d written, %d unchanged, %d left out",
                status.files(),
                status.read(),
                status.read() / seconds,
                megabytes,
                megabytes / seconds,
                status.written(),
                status.unchanged(),
                status.skipped() + status.failed() + status.ignored());
        long total = status.totalBytes();
        if (total > 0 && status.bytes() > 0) {
            double fraction = Math.min(1, status.bytes() / (double) total);
            long eta = Math.round(seconds * (1 - fraction) / fraction);
            line += String.format(Locale.ROOT, ", %.0f %%, ETA %d:%02d", 100 * fraction, eta / 60, eta % 60);
        }
        return line;
    }

    private void updateBar() {
        long total = status.totalBytes();
        if (total > 0) {
            bar.maxHint(total);
        }
        bar.stepTo(status.bytes());
        double seconds = Math.max(status.elapsedSeconds(), 0.001);
        bar.setExtraMessage(String.format(
                Locale.ROOT, "%d files, %d articles, %.0f/s", status.files(), status.read(), status.read() / seconds));
    }

    /**
     * Before Java 22 a console exists only on a terminal; from 22 on it may exist with redirected streams too, and
     * {@code Console.isTerminal()} (not in the Java 21 API this builds against) tells.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (bar != null) {
            updateBar();
            bar.close();
        }
    }
}
