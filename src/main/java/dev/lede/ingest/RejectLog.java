package dev.lede.ingest;

/** Where a run names every input, record or article it left out, or indexed with a part left out, with the reason. */
public interface RejectLog {

    /** Logs nothing. */
    RejectLog NONE = (location, outcome, reason) -> {};

    /**
     * @param location the file, the entry or record inside it, or the article id
     * @param outcome what happened to it: {@code ignored}, {@code skipped} or {@code failed}; or {@code warning} for
     *     an article indexed with part of it left out
     */
    void reject(String location, String outcome, String reason);
}
