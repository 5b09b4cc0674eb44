package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

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

    private WordForms() {}

    /**
     * {@link Schema#analyzer()}'s chain, with each word also given as written, just before its stem and marked as a
     * {@link KeywordAttribute keyword} at the same position: the stems are exactly those of {@link Schema#analyzer()}.
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
        List<String> changed = new ArrayList<>(forms);
        return List.copyOf(changed.subList(0, Math.min(changed.size(), MAX_QUERY_FORMS)));
    }

    private static void addChanged(String text, Set<String> forms) {
        try (TokenStream stream = KEEPING_FORMS.tokenStream(Schema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            String written = null;
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    written = term.toString();
                } else if (written != null && !written.contentEquals(term)) {
                    forms.add(written);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    private static final class KeepingForms extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new KeywordRepeatFilter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
