package dev.lede.search.lucene;

import dev.lede.search.QueryCost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;

/**
 * A phrase with wildcards inside, {@code "Joh* Doe"~2}: the classic parser cannot express it, so it becomes a span
 * query where each wildcard word matches the indexed words it covers and the others are analysed as usual.
 */
final class WildcardPhrase {

    private WildcardPhrase() {}

    static boolean applies(String phrase) {
        return phrase.indexOf('*') >= 0 || phrase.indexOf('?') >= 0;
    }

    /** @param slop how many positions the words may be apart, in any order when more than zero */
    static Query build(String field, String phrase, int slop, Analyzer analyzer) {
        List<SpanQuery> words = new ArrayList<>();
        for (String word : phrase.trim().split("\\s+")) {
            if (applies(word)) {
                words.add(wildcard(field, word));
            } else {
                analysed(field, word, analyzer).forEach(term -> words.add(new SpanTermQuery(new Term(field, term))));
            }
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        if (words.size() == 1) {
            return words.getFirst();
        }
        return new SpanNearQuery(words.toArray(SpanQuery[]::new), slop, slop == 0);
    }

    /** At most the most frequent {@link QueryCost#MAX_PHRASE_WILDCARD_TERMS} words it covers, so "* *" stays cheap. */
    private static SpanQuery wildcard(String field, String word) {
        QueryCost.checkLiteralStart(word);
        SpanMultiTermQueryWrapper<WildcardQuery> query =
                new SpanMultiTermQueryWrapper<>(new WildcardQuery(new Term(field, word.toLowerCase(Locale.ROOT))));
        query.setRewriteMethod(
                new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(QueryCost.MAX_PHRASE_WILDCARD_TERMS));
        return query;
    }

    private static List<String> analysed(String field, String word, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
