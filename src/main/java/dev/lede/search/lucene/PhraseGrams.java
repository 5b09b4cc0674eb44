package dev.lede.search.lucene;

import dev.lede.index.CommonGrams;
import dev.lede.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    private PhraseGrams() {}

    /** {@code query} with each exact title or body phrase that has common grams filtered by them. */
    static Query apply(Query query, IndexReader reader) throws IOException {
        return everyArticleHasGrams(reader) ? filtered(query) : query;
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

    private static Query filtered(Query query) {
        if (query instanceof PhraseQuery phrase) {
            return filtered(phrase);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = filtered(boost.getQuery());
            return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            return filtered(bool);
        }
        return query;
    }

    private static Query filtered(BooleanQuery bool) {
        BooleanQuery.Builder rebuilt =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = filtered(clause.query());
            changed |= inner != clause.query();
            rebuilt.add(inner, clause.occur());
        }
        return changed ? rebuilt.build() : bool;
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
