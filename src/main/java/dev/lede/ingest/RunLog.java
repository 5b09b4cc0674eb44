package dev.lede.ingest;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** Tells, counts and logs everything a run leaves out; keeps the first messages of each kind for the report. */
final class RunLog {

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
