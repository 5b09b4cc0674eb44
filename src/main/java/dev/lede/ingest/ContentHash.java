package dev.lede.ingest;

import dev.lede.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A hash of an article as read, where it was read from and the settings it is enriched with: equal hashes mean that
 * indexing it again would write exactly the same document, so it can be skipped before any NLP.
 */
final class ContentHash {

    private ContentHash() {}

    static String of(Article article, String sourcePath, String enrichmentSettings) {
        MessageDigest digest = sha256();
        for (Object part : List.of(
                enrichmentSettings,
                Objects.toString(sourcePath),
                article.id(),
                article.title(),
                article.body(),
                Objects.toString(article.published()),
                Objects.toString(article.source()),
                Objects.toString(article.url()),
                Objects.toString(article.author()),
                Objects.toString(article.dateline()),
                article.given().toString())) {
            digest.update(part.toString().getBytes(StandardCharsets.UTF_8));
            // A separator no text contains, so that moving characters between fields changes the hash.
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
