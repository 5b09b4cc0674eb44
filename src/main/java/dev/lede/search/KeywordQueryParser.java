package dev.lede.search;

import dev.lede.index.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person typed into a Lucene query over title and body: words (all required), "quoted phrases",
 * AND/OR/NOT, {@code -term}, grouping. Text that does not parse is searched as plain words instead of failing.
 */
final class KeywordQueryParser {

    /** A headline match says more about what a story is about than a match deep in the body. */
    private static final float TITLE_BOOST = 2.0f;

    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Analyzer analyzer;

    KeywordQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    record Parsed(Query query, String warning) {}

    Parsed parse(String text) {
        if (text.isBlank()) {
            return new Parsed(MatchAllDocsQuery.INSTANCE, null);
        }
        try {
            return new Parsed(newParser().parse(text), null);
        } catch (ParseException | RuntimeException e) {
            try {
                Query plain = newParser().parse(asPlainWords(text));
                return new Parsed(plain, "The query could not be parsed, so it was searched as plain words.");
            } catch (ParseException unexpected) {
                throw new InvalidSearchException("q", "The query could not be understood: " + text);
            }
        }
    }

    /** Escapes the syntax characters and lower-cases the operator words, which then count as ordinary words. */
    static String asPlainWords(String text) {
        return OPERATOR_WORDS
                .matcher(QueryParser.escape(text))
                .replaceAll(match -> match.group().toLowerCase(Locale.ROOT));
    }

    private MultiFieldQueryParser newParser() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {Schema.TITLE, Schema.BODY}, analyzer, Map.of(Schema.TITLE, TITLE_BOOST, Schema.BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        return parser;
    }
}
