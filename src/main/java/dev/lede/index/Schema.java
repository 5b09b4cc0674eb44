package dev.lede.index;

import dev.lede.model.FacetField;
import dev.lede.model.Timeline;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/** Every field name of the Lucene index, the analyzers and the one facets configuration, in one place. */
public final class Schema {

    /** Bumped when documents change shape; an index written by another version is rebuilt by {@code demo}. */
    public static final String VERSION = "11";

    /** The schema that began keeping each story's words as written where stemming changes them. */
    private static final int WRITTEN_FORMS_SINCE = 8;
    /** The schema that began keeping an acronym in capitals also with points. */
    private static final int ACRONYM_POINTS_SINCE = 10;
    /** The schema that began giving the words of {@link StemOverrides} the stems of their own families. */
    private static final int STEM_OVERRIDES_SINCE = 11;

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** The {@link CommonGrams} of title and body: indexed, documents only, not stored. */
    public static final String COMMON_GRAMS = "common_grams";
    /**
     * The {@link WordForms} of title and body, each word written as it is where stemming changes it ("roberts"):
     * indexed, documents only, not stored. New in schema 8.
     */
    public static final String WRITTEN_FORMS = "written_forms";
    /** Publication instant in epoch milliseconds: a point for ranges, doc values for sorting, stored for display. */
    public static final String PUBLISHED = "published";

    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String AUTHOR = "author";
    public static final String PEOPLE = "people";
    public static final String PLACES = "places";
    public static final String ORGS = "orgs";
    public static final String COUNTRIES = "countries";
    /** The canonical place the story was filed from. */
    public static final String DATELINE = "dateline";
    /**
     * First-level regions of the places ("Bavaria, Germany"), stored for display and counted as the region facet (new
     * in schema 9).
     */
    public static final String REGIONS = "regions";
    /** Mentioned dates as ISO values ("2025", "2025-02", "2025-02-14"), indexed exactly and stored. */
    public static final String MENTIONED = "mentioned";
    /** The words that named each mentioned date, stored in the same order as {@link #MENTIONED}. */
    public static final String MENTIONED_TEXT = "mentioned_text";
    /**
     * Each mentioned date as the range of days it covers (a day, a whole month, a whole year), in epoch days, so that
     * "mentions a date between A and B" is a range-within query.
     */
    public static final String MENTIONED_RANGE = "mentioned_range";
    /**
     * The locality-sensitive-hashing band keys of the body's {@link Fingerprint} ({@link Fingerprint#bandHashes()}),
     * indexed as long points and not stored: articles sharing a key are near-duplicate candidates. Schema 5 indexed
     * them as string terms of "duplicate_band"; Lucene refuses a field name indexed again with another shape, so the
     * points have a name of their own and an older index still takes new articles.
     */
    public static final String DUPLICATE_BANDS = "duplicate_band_point";
    /** The body's {@link Fingerprint}, stored as bytes, to check candidates and estimate their similarity. */
    public static final String FINGERPRINT = "fingerprint";

    /**
     * A hash of what the article was read as and how it was enriched, stored, so that indexing the same input again
     * skips the article before any NLP.
     */
    public static final String CONTENT_HASH = "content_hash";
    /** The absolute path of the file the article was read from, indexed exactly and stored, for {@code --prune}. */
    public static final String SOURCE_PATH = "source_path";

    /** Facet dimensions; the date ones feed the publication histogram. */
    public static final String DIM_PERSON = "person";

    public static final String DIM_PLACE = "place";
    public static final String DIM_ORG = "org";
    public static final String DIM_COUNTRY = "country";
    public static final String DIM_REGION = "region";
    public static final String DIM_SOURCE = "source";
    public static final String DIM_YEAR = "year";
    public static final String DIM_MONTH = "month";
    public static final String DIM_MENTIONED_YEAR = "mentioned_year";
    public static final String DIM_MENTIONED_MONTH = "mentioned_month";

    /** Commit user-data keys. */
    public static final String COMMIT_SCHEMA_VERSION = "lede.schema";

    public static final String COMMIT_TIME = "lede.committedAt";
    /**
     * {@code running} in the commits an indexing run makes as it goes, {@code finished} in the one it makes on closing:
     * a last commit still saying {@code running} was made by a run that was killed.
     */
    public static final String COMMIT_RUN = "lede.run";

    private Schema() {}

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetField field : FacetField.values()) {
            config.setMultiValued(dimension(field), true);
        }
        config.setMultiValued(DIM_MENTIONED_YEAR, true);
        config.setMultiValued(DIM_MENTIONED_MONTH, true);
        return config;
    }

    /**
     * English stemming and stop words for title and body, Lucene's {@link EnglishAnalyzer} with one step more: an
     * acronym in capitals is kept also with points ({@link Acronyms}: "US" as "us" and "u.s"). Phrase positions are
     * kept.
     */
    public static Analyzer analyzer() {
        return new IndexAnalyzer(true);
    }

    /**
     * {@link #analyzer()} as it was at {@code schemaVersion}, for reading an index written then (its snippets and
     * spelling suggestions): before schema 11, by Porter's stems alone.
     */
    public static Analyzer analyzer(String schemaVersion) {
        return new IndexAnalyzer(isAtLeast(schemaVersion, STEM_OVERRIDES_SINCE));
    }

    /** {@code words} with each acronym in capitals followed, at the same position, by its writing with points. */
    static TokenStream withAcronymPoints(TokenStream words) {
        return new AcronymPoints(words, false);
    }

    /** Whether the analysis drops {@code word} (lower case) as a stop word. */
    public static boolean isStopWord(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
    }

    /** Porter's stem of one lower-case word, as the stemmer alone gives it ("news" as "new"). */
    static String porterStem(String word) {
        KeywordTokenizer source = new KeywordTokenizer();
        source.setReader(new StringReader(word));
        try (TokenStream stream = new PorterStemFilter(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            String stem = term.toString();
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("stemming a word in memory cannot fail", e);
        }
    }

    /**
     * Whether {@link #queryAnalyzer()} reads {@code word} also as several words ("pretax" also as "pre tax"): an engine
     * whose parser requires each part of what an unquoted word analyses to must be given such a word in quotes.
     */
    public static boolean isReadApartToo(String word) {
        try (TokenStream stream = QueryAnalyzer.SHARED.tokenStream(BODY, new StringReader(word))) {
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            boolean apart = false;
            while (stream.incrementToken()) {
                apart |= length.getPositionLength() > 1;
            }
            stream.end();
            return apart;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a word in memory cannot fail", e);
        }
    }

    /**
     * {@link #analyzer()} for a query's words, each also read in its other spellings ({@link SpellingVariants}:
     * "colour" searches "color" too), joined after a prefix, hyphenated ({@link CompoundWords}: "pretax" searches
     * "pre-tax" too, and the other way round), so that the index keeps each word as its story wrote it; and an acronym
     * typed in capitals also with points, or with points only where it is short ({@link Acronyms}: "US" as "u.s", which
     * the index keeps for "US" and "U.S." but not for "us").
     */
    public static Analyzer queryAnalyzer() {
        return new QueryAnalyzer(true, true);
    }

    /**
     * {@link #queryAnalyzer()} for an index written at {@code schemaVersion}, read as that index was written until its
     * articles are indexed again: one written before schema 10, which kept an acronym in capitals as its word only, is
     * searched for an acronym typed in capitals as the word and with points ("US" as "us" and "u.s"); one written
     * before schema 11 by Porter's stems alone ("news" as "new").
     */
    public static Analyzer queryAnalyzer(String schemaVersion) {
        return new QueryAnalyzer(
                isAtLeast(schemaVersion, ACRONYM_POINTS_SINCE), isAtLeast(schemaVersion, STEM_OVERRIDES_SINCE));
    }

    /**
     * Whether an index written at {@code schemaVersion} keeps its stories' {@link #WRITTEN_FORMS}: each word that
     * stemming changes now was changed by the schemas since 8 as well, so their forms hold all a query asks.
     */
    public static boolean keepsWrittenForms(String schemaVersion) {
        return isAtLeast(schemaVersion, WRITTEN_FORMS_SINCE);
    }

    private static boolean isAtLeast(String schemaVersion, int version) {
        try {
            return schemaVersion.isEmpty() || Integer.parseInt(schemaVersion) >= version;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * The words of {@link StemOverrides} with their own families' stems, which the stemmer after this step leaves as
     * they are; for {@link WordForms}, which reads the same chain.
     */
    static TokenStream withStemOverrides(TokenStream input) {
        return new OwnStems(input);
    }

    /**
     * What Solr's {@code StemmerOverrideFilterFactory} does with the same list, by a hash lookup rather than its
     * automaton, which cost the index analysis a third more (BENCHMARKS.md, "Ninety-first session"): a listed word
     * takes its stem and is marked a keyword, which the stemmer leaves as it is.
     */
    private static final class OwnStems extends TokenFilter {
        private static final CharArrayMap<char[]> STEMS = stems();

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        OwnStems(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] stem = keyword.isKeyword() ? null : STEMS.get(term.buffer(), 0, term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
            }
            return true;
        }

        private static CharArrayMap<char[]> stems() {
            CharArrayMap<char[]> stems =
                    new CharArrayMap<>(StemOverrides.stems().size(), false);
            StemOverrides.stems().forEach((word, stem) -> stems.put(word, stem.toCharArray()));
            return stems;
        }
    }

    /** {@link EnglishAnalyzer}'s chain with the acronyms' points as the index keeps them. */
    private static final class IndexAnalyzer extends StopwordAnalyzerBase {

        private final boolean stemOverrides;

        IndexAnalyzer(boolean stemOverrides) {
            super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            this.stemOverrides = stemOverrides;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = withAcronymPoints(result);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, stopwords);
            result = new PorterStemFilter(stemOverrides ? withStemOverrides(result) : result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * Each acronym in capitals ({@link Acronyms}) with its writing with points: after it, at the same position; or, for
     * a query on an index that keeps the points, in its place where {@link Acronyms#searchesThePointsAlone} says so.
     * Matched as written, before lower-casing.
     */
    private static final class AcronymPoints extends TokenFilter {
        private static final CharArrayMap<char[]> POINTS = points();
        private static final int LONGEST = 4;

        private final boolean shortOnesAlone;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private char[] pending;
        private State capitals;

        AcronymPoints(TokenStream input, boolean shortOnesAlone) {
            super(input);
            this.shortOnesAlone = shortOnesAlone;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(capitals);
                term.copyBuffer(pending, 0, pending.length);
                position.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            char[] points = mayBeAcronym() ? POINTS.get(term.buffer(), 0, term.length()) : null;
            if (points != null && shortOnesAlone && Acronyms.searchesThePointsAlone(term.length())) {
                term.copyBuffer(points, 0, points.length);
            } else if (points != null) {
                pending = points;
                capitals = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }

        /** A cheap test that passes every acronym of the list and few other words, before the lookup. */
        private boolean mayBeAcronym() {
            int length = term.length();
            char[] chars = term.buffer();
            return length >= 2 && length <= LONGEST && isCapital(chars[0]) && isCapital(chars[length - 1]);
        }

        private static boolean isCapital(char c) {
            return c >= 'A' && c <= 'Z';
        }

        private static CharArrayMap<char[]> points() {
            CharArrayMap<char[]> points = new CharArrayMap<>(Acronyms.pairs().size(), false);
            for (Acronyms.Pair pair : Acronyms.pairs()) {
                points.put(pair.capitals(), pair.withPoints().toCharArray());
            }
            return points;
        }
    }

    /**
     * {@link EnglishAnalyzer}'s chain with each word's other writings beside it, before stop words and stemming: the
     * acronyms first, as typed, with or as their points; then spellings and compounds in one step, since a step after
     * one that wrote several words for one would read a graph, which it cannot.
     */
    private static final class QueryAnalyzer extends Analyzer {

        private static final SynonymMap OTHER_WRITINGS = otherWritings();
        /** One for {@link #isReadApartToo}: an analyzer keeps a token stream for each thread that uses it. */
        private static final QueryAnalyzer SHARED = new QueryAnalyzer(true, true);

        private final boolean shortAcronymsAsPoints;
        private final boolean stemOverrides;

        QueryAnalyzer(boolean shortAcronymsAsPoints, boolean stemOverrides) {
            this.shortAcronymsAsPoints = shortAcronymsAsPoints;
            this.stemOverrides = stemOverrides;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new AcronymPoints(result, shortAcronymsAsPoints);
            result = new LowerCaseFilter(result);
            result = new SynonymGraphFilter(result, OTHER_WRITINGS, false);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            if (stemOverrides) {
                result = withStemOverrides(result);
            }
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }

        /**
         * Both files' pairs, each way, the words of a hyphenated writing apart as the tokenizer cuts them, as the
         * SolrCloud configset's synonym step reads the files.
         */
        private static SynonymMap otherWritings() {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            SpellingVariants.all()
                    .forEach((word, others) ->
                            others.forEach(other -> builder.add(new CharsRef(word), new CharsRef(other), true)));
            CompoundWords.pairs().forEach((joined, hyphenated) -> {
                CharsRef apart = SynonymMap.Builder.join(hyphenated.split("-"), new CharsRefBuilder());
                builder.add(new CharsRef(joined), apart, true);
                builder.add(apart, new CharsRef(joined), true);
            });
            return built(builder);
        }

        private static SynonymMap built(SynonymMap.Builder builder) {
            try {
                return builder.build();
            } catch (IOException e) {
                throw new UncheckedIOException("building a synonym map in memory cannot fail", e);
            }
        }
    }

    public static String dimension(FacetField field) {
        return switch (field) {
            case PERSON -> DIM_PERSON;
            case PLACE -> DIM_PLACE;
            case COUNTRY -> DIM_COUNTRY;
            case REGION -> DIM_REGION;
            case ORG -> DIM_ORG;
            case SOURCE -> DIM_SOURCE;
        };
    }

    /** The dimension that counts {@code timeline}'s articles by year. */
    public static String yearDimension(Timeline timeline) {
        return switch (timeline) {
            case PUBLISHED -> DIM_YEAR;
            case MENTIONED -> DIM_MENTIONED_YEAR;
        };
    }

    /** The dimension that counts {@code timeline}'s articles by month ("2025-02"). */
    public static String monthDimension(Timeline timeline) {
        return switch (timeline) {
            case PUBLISHED -> DIM_MONTH;
            case MENTIONED -> DIM_MENTIONED_MONTH;
        };
    }

    /** The indexed term that matches every article having {@code value} in {@code field}. */
    public static Term facetTerm(FacetsConfig config, FacetField field, String value) {
        String dim = dimension(field);
        return DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, value);
    }
}
