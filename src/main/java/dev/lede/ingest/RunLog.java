package dev.lede.ingest;

import dev.lede.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells, counts and logs everything a run leaves out; keeps the first messages of each kind for the report. */
final class RunLog {

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    private final Consumer<String> messages;
    private final RejectLog rejects;
    private final IngestStatus status;
    private final Queue<String> skipped = new ConcurrentLinkedQueue<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();

    RunLog(Consumer<String> messages, RejectLog rejects, IngestStatus status) {
        this.messages = messages;
        this.rejects = rejects;
        this.status = status;
    }

    /** A file in no format Lede reads: counted and logged, not told (a folder may hold many). */
    void ignored(String location, String reason) {
        status.ignored.incrementAndGet();
        rejects.reject(location, "ignored", reason);
    }

    /** A whole file that could not be read. */
    void fileSkipped(String location, String reason) {
        status.skipped.incrementAndGet();
        keep(skipped, location + ": skipped, " + reason);
        rejects.reject(location, "skipped", reason);
    }

    /** A record of an otherwise readable file (a bad line). */
    void recordSkipped(String location, String reason) {
        status.skipped.incrementAndGet();
        keep(problems, location + ": " + reason);
        rejects.reject(location, "skipped", reason);
    }

    /** An article kept with part of it left out: told and logged, not counted as left out. */
    void warned(String location, String reason) {
        status.warnings.incrementAndGet();
        keep(problems, location + ": " + reason);
        rejects.reject(location, "warning", reason);
    }

    /** An article read that extraction or the index refused. */
    void failed(String location, String reason) {
        status.failed.incrementAndGet();
        keep(skipped, location + ": " + reason);
        rejects.reject(location, "failed", reason);
    }

    /** An article extraction or the index refused, with where it was read and why, its whole stack at debug level. */
    void failedArticle(Article article, Path file, Exception failure) {
        failed(
                "article " + article.id(),
                "from " + (file == null ? "standard input" : file) + ", failed: " + describe(failure));
        LOG.debug("article {} failed", article.id(), failure);
    }

    /**
     * The failure in one line, with where it was thrown: an unexpected error (in Lede or in a library) can then be
     * traced from the report alone, while {@code --log-level debug} logs its whole stack.
     */
    static String describe(Exception failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length == 0 ? failure.toString() : failure + " (at " + trace[0] + ")";
    }

    List<String> skipped() {
        return List.copyOf(skipped);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void keep(Queue<String> kept, String message) {
        if (kept.size() < IngestReport.MAX_MESSAGES) {
            kept.add(message);
        }
        messages.accept(message);
    }
}
