package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words as written, where English stemming changes them. Title and body are searched by their stems, so that
 * "sanctions" finds "sanction"; but the stem joins forms a reader tells apart, a surname with a given name above all
 * ("Roberts" and "Robert", "Owens" and "Owen"). Each article's written forms that stemming changes are indexed in
 * {@link Schema#WRITTEN_FORMS}, so that a search can rank the stories holding a word exactly as it was typed first.
 *
 * <p>A form is a word as {@link Schema#analyzer()} reads it before stemming: lower case, possessive gone, not a stop
 * word. The same rule gives an article's forms ({@link #keepingForms()}) and a query's ({@link #changedByStemming}).
 */
public final class WordForms {

    /** At most this many of a query's words are ranked by their written form; the rest by their stems alone. */
    public static final int MAX_QUERY_FORMS = 16;

    private static final Analyzer KEEPING_FORMS = new KeepingForms();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WordForms() {}

    /**
     * {@link Schema#analyzer()}'s chain, whose stream ({@link Stems}) also tells each stem's word as written: the
     * tokens are exactly those of {@link Schema#analyzer()}.
     */
    public static Analyzer keepingForms() {
        return KEEPING_FORMS;
    }

    /**
     * The written forms of a query's {@code words} (each may hold several) that stemming changes, each once, in order,
     * at most {@link #MAX_QUERY_FORMS}.
     */
    public static List<String> changedByStemming(List<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        for (String text : words) {
            addChanged(text, forms);
        }
        return forms.stream().limit(MAX_QUERY_FORMS).toList();
    }

    /**
     * What a word typed alone in quotes asks of a story besides its stem: as written, if stemming changes it, or in
     * another spelling of it ({@link #otherSpellings}); one list of choices for each word the analysis reads in it
     * ("goods/services" is two). A phrase of several words asks nothing more, since its words fix each other's sense
     * and it finds their other forms as a bare word does ("peace talks" finds "peace talk"); nor does a word with a
     * wildcard, one with a hyphen, or one joined after a prefix ({@link CompoundWords}), whose other writing holds other
     * words ("pretax" is "pre" and "tax" hyphenated).
     */
    public static List<List<String>> asWritten(String quoted) {
        String word = quoted.strip();
        if (word.isEmpty()
                || WHITESPACE.matcher(word).find()
                || word.indexOf('*') >= 0
                || word.indexOf('?') >= 0
                || word.indexOf('-') >= 0) {
            return List.of();
        }
        return changedByStemming(List.of(word)).stream()
                .filter(form -> !CompoundWords.pairs().containsKey(form))
                .map(form -> Stream.concat(Stream.of(form), otherSpellings(form).stream())
                        .distinct()
                        .toList())
                .toList();
    }

    /**
     * Each word of {@code text} as {@link #keepingForms()} reads it: as written (lower case, no possessive) with its
     * stem; stop words left out.
     */
    public static List<Form> forms(String text) {
        List<Form> forms = new ArrayList<>();
        try (Stems stems = (Stems) KEEPING_FORMS.tokenStream(Schema.BODY, text)) {
            CharTermAttribute stem = stems.getAttribute(CharTermAttribute.class);
            stems.reset();
            while (stems.incrementToken()) {
                forms.add(new Form(new String(stems.written(), 0, stems.writtenLength()), stem.toString()));
            }
            stems.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return forms;
    }

    /** A word as written and its stem ("goods", "good"). */
    public record Form(String written, String stem) {}

    /** A written form's other spellings ({@link SpellingVariants}) that stemming changes too, as the index keeps. */
    public static List<String> otherSpellings(String form) {
        Set<String> forms = new LinkedHashSet<>();
        SpellingVariants.of(form).forEach(spelling -> addChanged(spelling, forms));
        return List.copyOf(forms);
    }

    private static void addChanged(String text, Set<String> forms) {
        try (Stems stems = (Stems) KEEPING_FORMS.tokenStream(Schema.BODY, text)) {
            stems.reset();
            while (stems.incrementToken()) {
                if (stems.changed()) {
                    forms.add(new String(stems.written(), 0, stems.writtenLength()));
                }
            }
            stems.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** The stems of {@link #keepingForms()}, each with its word as written before stemming. */
    public static final class Stems extends TokenFilter {
        private final Written written;
        private final CharTermAttribute stem = addAttribute(CharTermAttribute.class);

        private Stems(Written written) {
            super(new PorterStemFilter(Schema.withStemOverrides(written)));
            this.written = written;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }

        /** Whether stemming changed the current token's word. */
        public boolean changed() {
            return !Arrays.equals(written.chars, 0, written.length, stem.buffer(), 0, stem.length());
        }

        /** The current token's word as written: its first {@link #writtenLength()} characters. */
        public char[] written() {
            return written.chars;
        }

        public int writtenLength() {
            return written.length;
        }
    }

    /** Copies each word as it passes, before the stemmer after it changes the term in place. */
    private static final class Written extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars = new char[32];
        private int length;

        Written(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > chars.length) {
                chars = new char[term.length()];
            }
            System.arraycopy(term.buffer(), 0, chars, 0, term.length());
            length = term.length();
            return true;
        }
    }

    private static final class KeepingForms extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = Schema.withAcronymPoints(result);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new Stems(new Written(result)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
