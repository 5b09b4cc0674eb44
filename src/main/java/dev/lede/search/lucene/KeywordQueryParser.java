package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.index.WordForms;
import dev.lede.model.FacetField;
import dev.lede.search.FuzzyEdits;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.QueryCost;
import dev.lede.search.QuerySyntax;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query over title and body: words (all required), "quoted phrases",
 * AND/OR/NOT, {@code +}/{@code -}, grouping, prefixes ({@code sanction*}), proximity ({@code "putin zelenskyy"~10}),
 * fuzzy words ({@code Zelensky~}), and fields: {@code title:}, {@code body:}, and the entity fields {@code person:},
 * {@code place:}, {@code country:}, {@code region:}, {@code org:}, {@code source:}, which match through aliases. Text
 * that does not parse is searched as plain words instead of failing.
 */
final class KeywordQueryParser {

    /** A headline match says more about what a story is about than a match deep in the body. */
    private static final float TITLE_BOOST = 2.0f;

    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Analyzer analyzer;
    private final boolean quotesAsWritten;

    /**
     * @param quotesAsWritten whether a word alone in quotes that stemming changes is found only as written (the index
     *     keeps its stories' written forms, {@link Schema#WRITTEN_FORMS})
     */
    KeywordQueryParser(Analyzer analyzer, boolean quotesAsWritten) {
        this.analyzer = analyzer;
        this.quotesAsWritten = quotesAsWritten;
    }

    /** Whether a word alone in quotes that stemming changes is found only as written. */
    boolean quotesAsWritten() {
        return quotesAsWritten;
    }

    record Parsed(Query query, String warning) {}

    Parsed parse(String text, EntityQueries entities) {
        if (text.isBlank()) {
            return new Parsed(MatchAllDocsQuery.INSTANCE, null);
        }
        try {
            QuerySyntax.checkBoosts(text);
            return new Parsed(
                    OnlyExclusions.meanEverythingElse(newParser(entities).parse(FuzzyEdits.apply(text))), null);
        } catch (QueryCost.Refused e) {
            throw new InvalidSearchException("q", e.getMessage());
        } catch (ParseException | RuntimeException e) {
            try {
                Query plain = newParser(entities).parse(asPlainWords(text));
                return new Parsed(plain, QuerySyntax.UNREADABLE_WARNING);
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

    private MultiFieldQueryParser newParser(EntityQueries entities) {
        MultiFieldQueryParser parser = new EntityAwareParser(analyzer, entities, quotesAsWritten);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    /** The classic parser over title and body, with the entity fields answered from the facet values. */
    private static final class EntityAwareParser extends MultiFieldQueryParser {

        private final EntityQueries entities;
        private final boolean quotesAsWritten;
        private final QueryCost cost = new QueryCost();
        /** Set while the multi-field parser repeats one word over each field, so the word counts once. */
        private boolean expandingOverFields;

        EntityAwareParser(Analyzer analyzer, EntityQueries entities, boolean quotesAsWritten) {
            super(
                    new String[] {Schema.TITLE, Schema.BODY},
                    analyzer,
                    Map.of(Schema.TITLE, TITLE_BOOST, Schema.BODY, 1f));
            this.entities = entities;
            this.quotesAsWritten = quotesAsWritten;
        }

        private Query entityQueryOr(String field, String queryText, boolean quoted) throws ParseException {
            Optional<FacetField> entityField = entityField(field);
            if (entityField.isPresent()) {
                return entities.exact(entityField.get(), queryText);
            }
            return field == null ? overTitleAndBody(queryText) : super.getFieldQuery(field, queryText, quoted);
        }

        /**
         * A word over title and body, built as a phrase of it would be (a word the analysis splits is searched as a
         * phrase anyway): the multi-field parser's path for a word would regroup a word read two ways ("pretax", or
         * "pre tax") as if each way were a word of its own, and require both.
         */
        private Query overTitleAndBody(String queryText) throws ParseException {
            return super.getFieldQuery(null, queryText, 0);
        }

        /** A quoted phrase: the parser reads a word without quotes by the other {@code getFieldQuery}. */
        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            Optional<FacetField> entityField = entityField(field);
            if (entityField.isPresent()) {
                return entities.exact(entityField.get(), queryText);
            }
            Query phrase = WildcardPhrase.applies(queryText)
                    ? wildcardPhrase(field, queryText, slop)
                    : super.getFieldQuery(field, queryText, slop);
            return quotesAsWritten ? asWritten(phrase, queryText) : phrase;
        }

        /** {@code phrase} in the stories that hold it as written (or spelt so), if it is a word stemming changes. */
        private static Query asWritten(Query phrase, String queryText) {
            List<List<String>> words = WordForms.asWritten(queryText);
            if (phrase == null || words.isEmpty()) {
                return phrase;
            }
            BooleanQuery.Builder written = new BooleanQuery.Builder().add(phrase, Occur.MUST);
            for (List<String> spellings : words) {
                BooleanQuery.Builder anySpelling = new BooleanQuery.Builder();
                spellings.forEach(spelling ->
                        anySpelling.add(new TermQuery(new Term(Schema.WRITTEN_FORMS, spelling)), Occur.SHOULD));
                written.add(anySpelling.build(), Occur.FILTER);
            }
            return written.build();
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (quoted && entityField(field).isEmpty() && WildcardPhrase.applies(queryText)) {
                return wildcardPhrase(field, queryText, getPhraseSlop());
            }
            return entityQueryOr(field, queryText, quoted);
        }

        /** Over title (boosted) and body when no field is named, like every other query part. */
        private Query wildcardPhrase(String field, String phrase, int slop) {
            cost.expand();
            if (field != null) {
                return WildcardPhrase.build(field, phrase, slop, getAnalyzer());
            }
            return new BooleanQuery.Builder()
                    .add(
                            new BoostQuery(
                                    WildcardPhrase.build(Schema.TITLE, phrase, slop, getAnalyzer()), TITLE_BOOST),
                            Occur.SHOULD)
                    .add(WildcardPhrase.build(Schema.BODY, phrase, slop, getAnalyzer()), Occur.SHOULD)
                    .build();
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Optional<FacetField> entityField = entityField(field);
            return entityField.isPresent()
                    ? entities.prefix(entityField.get(), termStr)
                    : expanding(field, () -> super.getPrefixQuery(field, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            Optional<FacetField> entityField = entityField(field);
            if (entityField.isPresent()) {
                return entities.exact(entityField.get(), termStr);
            }
            if (termStr.codePointCount(0, termStr.length()) < QueryCost.MIN_FUZZY_LENGTH) {
                return getFieldQuery(field, termStr, false);
            }
            return expanding(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            QueryCost.checkLiteralStart(termStr);
            return expanding(field, () -> super.getWildcardQuery(field, termStr));
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            QueryCost.checkRegex(termStr);
            return expanding(field, () -> super.getRegexpQuery(field, termStr));
        }

        /** Ranges over words read large parts of the index and mean little in news text; dates have from and to. */
        @Override
        protected Query getRangeQuery(
                String field, String part1, String part2, boolean startInclusive, boolean endInclusive) {
            throw QueryCost.refused("Ranges like [a TO b] are not supported in q; use from and to for dates.");
        }

        private interface QueryPart {
            Query build() throws ParseException;
        }

        private Query expanding(String field, QueryPart part) throws ParseException {
            if (expandingOverFields) {
                return part.build();
            }
            cost.expand();
            expandingOverFields = field == null;
            try {
                return part.build();
            } finally {
                expandingOverFields = false;
            }
        }

        private static Optional<FacetField> entityField(String field) {
            return field == null ? Optional.empty() : FacetField.byParameter(field);
        }
    }
}
