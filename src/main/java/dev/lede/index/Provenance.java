package dev.lede.index;

/**
 * Where an indexed article came from and what it was, for incremental indexing.
 *
 * @param sourcePath the absolute path of the file it was read from, or {@code null} (standard input, an upload)
 * @param contentHash a hash of the article as read and of the settings it was enriched with, or {@code null}
 */
public record Provenance(String sourcePath, String contentHash) {

    public static final Provenance NONE = new Provenance(null, null);
}
