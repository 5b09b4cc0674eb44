package dev.lede.search.lucene;

import dev.lede.index.CommonGrams;
import dev.lede.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Speeds up exact phrases with a common word: {@code "would from"} must also hold the {@link CommonGrams} term "would
 * from", a short list of articles, so the phrase reads positions only in articles that have the pair side by side
 * instead of in every article with both words. The grams are a filter (they do not score) and the phrase still
 * decides, so matches, order and highlights are those of the phrase alone. Applied only when every article of the
 * snapshot has its grams (an index written before them, or still being rewritten, is searched without).
 */
final class PhraseGrams {

    private static final BytesRef MARKER = new BytesRef(CommonGrams.MARKER);

    private static final PhraseGrams WITH_GRAMS = new PhraseGrams(true);
    private static final PhraseGrams WITHOUT = new PhraseGrams(false);

    private final boolean snapshotHasGrams;

    private PhraseGrams(boolean snapshotHasGrams) {
        this.snapshotHasGrams = snapshotHasGrams;
    }

    /** The snapshot last asked about and its answer: every search asks, and a snapshot lives until the next commit. */
    private static volatile Known lastKnown;

    private record Known(IndexReader.CacheKey snapshot, PhraseGrams grams) {}

    /** The rewrites for {@code reader}'s snapshot, which leave queries alone unless every article has its grams. */
    static PhraseGrams of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Known known = lastKnown;
        if (helper != null && known != null && known.snapshot() == helper.getKey()) {
            return known.grams();
        }
        PhraseGrams grams = everyArticleHasGrams(reader) ? WITH_GRAMS : WITHOUT;
        if (helper != null) {
            lastKnown = new Known(helper.getKey(), grams);
        }
        return grams;
    }

    /** {@code query} with each exact title or body phrase that has common grams filtered by them. */
    Query scoring(Query query) {
        return snapshotHasGrams ? filtered(query, false) : query;
    }

    /**
     * A query that matches exactly the articles {@code query} matches, for counting them, where scores do not matter:
     * as {@link #scoring}, and a two-word phrase over title and body whose pair is a common gram becomes that gram's
     * term alone. The gram is indexed exactly where the two words stand side by side in title or body (the analysis
     * never puts two terms at one position), so no position needs reading at all.
     */
    Query matching(Query query) {
        return snapshotHasGrams ? filtered(query, true) : query;
    }

    static boolean everyArticleHasGrams(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.COMMON_GRAMS);
            if (terms == null) {
                return false;
            }
            TermsEnum marker = terms.iterator();
            if (!marker.seekExact(MARKER) || marker.docFreq() != leaf.reader().maxDoc()) {
                return false;
            }
        }
        return true;
    }

    private static Query filtered(Query query, boolean matchingOnly) {
        if (query instanceof PhraseQuery phrase) {
            return filtered(phrase);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = filtered(boost.getQuery(), matchingOnly);
            return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            if (matchingOnly) {
                Query gram = titleOrBodyGram(bool);
                if (gram != null) {
                    return gram;
                }
            }
            return filtered(bool, matchingOnly);
        }
        return query;
    }

    private static Query filtered(BooleanQuery bool, boolean matchingOnly) {
        BooleanQuery.Builder rebuilt =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = filtered(clause.query(), matchingOnly);
            changed |= inner != clause.query();
            rebuilt.add(inner, clause.occur());
        }
        return changed ? rebuilt.build() : bool;
    }

    /**
     * The gram term that matches exactly what {@code bool} matches, when it is the parser's "one phrase in title or
     * body" (two optional clauses, the same exact two-word phrase in each field) and the pair is a common gram.
     */
    private static Query titleOrBodyGram(BooleanQuery bool) {
        List<BooleanClause> clauses = bool.clauses();
        if (clauses.size() != 2 || bool.getMinimumNumberShouldMatch() > 1) {
            return null;
        }
        PhraseQuery first = shouldPhrase(clauses.get(0));
        PhraseQuery second = shouldPhrase(clauses.get(1));
        if (first == null || second == null || first.getSlop() != 0 || second.getSlop() != 0) {
            return null;
        }
        if (first.getField().equals(second.getField())
                || !Set.of(first.getField(), second.getField()).equals(Set.of(Schema.TITLE, Schema.BODY))
                || !Arrays.equals(texts(first), texts(second))
                || !Arrays.equals(first.getPositions(), second.getPositions())
                || first.getTerms().length != 2) {
            return null;
        }
        List<String> grams = CommonGrams.grams(List.of(texts(first)), first.getPositions());
        return grams.size() == 1 ? new TermQuery(new Term(Schema.COMMON_GRAMS, grams.get(0))) : null;
    }

    private static PhraseQuery shouldPhrase(BooleanClause clause) {
        if (clause.occur() != Occur.SHOULD) {
            return null;
        }
        Query query = clause.query() instanceof BoostQuery boost ? boost.getQuery() : clause.query();
        return query instanceof PhraseQuery phrase ? phrase : null;
    }

    private static String[] texts(PhraseQuery phrase) {
        return Arrays.stream(phrase.getTerms()).map(Term::text).toArray(String[]::new);
    }

    private static Query filtered(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (phrase.getSlop() != 0 || terms.length < 2 || !isText(terms[0].field())) {
            return phrase;
        }
        List<String> stems = new ArrayList<>(terms.length);
        for (Term term : terms) {
            stems.add(term.text());
        }
        List<String> grams = CommonGrams.grams(stems, phrase.getPositions());
        if (grams.isEmpty()) {
            return phrase;
        }
        BooleanQuery.Builder withGrams = new BooleanQuery.Builder().add(phrase, Occur.MUST);
        for (String gram : grams) {
            withGrams.add(new TermQuery(new Term(Schema.COMMON_GRAMS, gram)), Occur.FILTER);
        }
        return withGrams.build();
    }

    private static boolean isText(String field) {
        return field.equals(Schema.TITLE) || field.equals(Schema.BODY);
    }
}
