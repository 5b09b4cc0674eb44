package dev.lede.search.solr;

import dev.lede.index.Fingerprint;
import dev.lede.index.Schema;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.model.DuplicateArticle;
import dev.lede.search.NearDuplicateRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Near-duplicates on SolrCloud, by the rules of the Lucene engine: a candidate shares at least one band key with the
 * article ({@code duplicate_band_point}, written by {@code SolrDocuments} as "band:hash" strings from the same
 * {@link Fingerprint}), and counts when {@link Fingerprint#isDuplicateOf} says so of the stored fingerprints. Copies
 * equally alike are ordered by publication time, then id (Lucene orders them by its internal document number, which
 * a sharded collection does not have).
 */
final class SolrNearDuplicates {

    static final String FIELDS =
            String.join(",", Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE, Schema.URL, Schema.FINGERPRINT);

    private static final int BATCH = 500;

    private SolrNearDuplicates() {}

    /** A near-duplicate and how alike it is. */
    record Copy(SolrDocument doc, double similarity) {}

    /** The near-duplicates of the article with {@code id}, most alike first; empty when there is no such article. */
    static Optional<List<DuplicateArticle>> find(SolrArticleSearch search, String id, int limit) throws IOException {
        NearDuplicateRules.checkLimit(limit);
        Optional<SolrDocument> article = search.byId(id, FIELDS);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        List<DuplicateArticle> duplicates = new ArrayList<>();
        for (Copy copy : copies(search, article.get(), new SolrQuery("*:*"), Set.of())) {
            if (duplicates.size() == limit) {
                break;
            }
            duplicates.add(NearDuplicateRules.duplicate(SolrDocuments.toView(copy.doc()), copy.similarity()));
        }
        return Optional.of(duplicates);
    }

    /**
     * The near-duplicates of {@code doc} among the matches of {@code within} (changed: it gains a filter), leaving
     * out the ids in {@code exclude}, most alike first.
     */
    static List<Copy> copies(SolrArticleSearch search, SolrDocument doc, SolrQuery within, Set<String> exclude)
            throws IOException {
        return Candidates.near(search, List.of(doc), within).copiesOf(doc, exclude);
    }

    /**
     * The matches that share a band key with any of a few articles, read in one walk: the near-duplicates of each of
     * them are among these, so grouping a page's hits asks Solr once rather than once a hit.
     */
    static final class Candidates {

        private record Candidate(SolrDocument doc, String id, Fingerprint fingerprint, Set<String> keys) {}

        private final List<Candidate> all;

        private Candidates(List<Candidate> all) {
            this.all = all;
        }

        /** The matches of {@code within} (changed: it gains a filter) sharing a band key with any of {@code docs}. */
        static Candidates near(SolrArticleSearch search, List<SolrDocument> docs, SolrQuery within) throws IOException {
            Set<String> keys = new LinkedHashSet<>();
            for (SolrDocument doc : docs) {
                fingerprint(doc).ifPresent(fingerprint -> keys.addAll(fingerprint.bandKeys()));
            }
            List<SolrDocument> read = new ArrayList<>();
            if (!keys.isEmpty()) {
                within.addFilterQuery("{!terms f=" + Schema.DUPLICATE_BANDS + "}" + String.join(",", keys));
                within.setFields(FIELDS);
                SolrMatches.walk(search, within, BATCH, read::add);
            }
            return of(read);
        }

        /** Candidates as read: documents with {@link #FIELDS}; those without a fingerprint are no one's copy. */
        static Candidates of(List<SolrDocument> read) {
            List<Candidate> all = new ArrayList<>();
            for (SolrDocument candidate : read) {
                fingerprint(candidate)
                        .ifPresent(fingerprint -> all.add(new Candidate(
                                candidate, id(candidate), fingerprint, Set.copyOf(fingerprint.bandKeys()))));
            }
            return new Candidates(all);
        }

        /**
         * The near-duplicates of {@code doc} (one of the articles these were read for) that share a band key with it,
         * leaving out the ids in {@code exclude}, most alike first.
         */
        List<Copy> copiesOf(SolrDocument doc, Set<String> exclude) {
            Optional<Fingerprint> fingerprint = fingerprint(doc);
            if (fingerprint.isEmpty()) {
                return List.of();
            }
            String id = id(doc);
            List<String> keys = fingerprint.get().bandKeys();
            List<Copy> copies = new ArrayList<>();
            for (Candidate candidate : all) {
                if (!candidate.id().equals(id)
                        && !exclude.contains(candidate.id())
                        && keys.stream().anyMatch(candidate.keys()::contains)
                        && fingerprint.get().isDuplicateOf(candidate.fingerprint())) {
                    copies.add(new Copy(candidate.doc(), fingerprint.get().similarity(candidate.fingerprint())));
                }
            }
            copies.sort(Comparator.comparingDouble(Copy::similarity)
                    .reversed()
                    .thenComparing(copy -> published(copy.doc()), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(copy -> id(copy.doc())));
            return copies;
        }
    }

    static String id(SolrDocument doc) {
        return doc.getFirstValue(Schema.ID).toString();
    }

    static Date published(SolrDocument doc) {
        return (Date) doc.getFirstValue(Schema.PUBLISHED);
    }

    /** The stored fingerprint, or empty when the body was too short to have one. */
    private static Optional<Fingerprint> fingerprint(SolrDocument doc) {
        Object stored = doc.getFirstValue(Schema.FINGERPRINT);
        byte[] bytes = switch (stored) {
            case byte[] array -> array;
            case ByteBuffer buffer -> {
                byte[] copy = new byte[buffer.remaining()];
                buffer.duplicate().get(copy);
                yield copy;
            }
            case null, default -> null;
        };
        return bytes == null ? Optional.empty() : Optional.of(Fingerprint.fromBytes(bytes, 0, bytes.length));
    }
}
