package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.search.SpellingWords;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each plain word of a query that no article's body contains is replaced by the most frequent body
 * term within two edits of it (Lucene's {@link DirectSpellChecker}, straight from the index, so it knows every word
 * indexed and needs no dictionary of its own). Operators, phrases' quotes and field prefixes stay as typed.
 */
final class SpellingSuggestions {

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Analyzer analyzer;

    SpellingSuggestions(Analyzer analyzer) {
        this.analyzer = analyzer;
        checker.setMinQueryLength(3);
    }

    /** The query with its unknown words corrected; empty when every word is known or none has a correction. */
    Optional<String> suggest(IndexReader reader, String query) throws IOException {
        return SpellingWords.suggest(query, word -> correction(reader, word));
    }

    private Optional<String> correction(IndexReader reader, String word) throws IOException {
        // The body holds stems ("droughts" is indexed as "drought"), so a word is known when its stem is.
        String term = stem(word);
        if (term == null
                || reader.docFreq(new Term(Schema.BODY, term)) > 0
                || reader.docFreq(new Term(Schema.TITLE, term)) > 0) {
            return Optional.empty();
        }
        SuggestWord[] similar =
                checker.suggestSimilar(new Term(Schema.BODY, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return similar.length == 0 ? Optional.empty() : Optional.of(asWritten(reader, similar[0].string));
    }

    /**
     * A word as articles write it whose stem is {@code stem} ("country" for "countri"), read from the first few
     * articles holding the stem; the stem itself when none shows it.
     */
    private String asWritten(IndexReader reader, String stem) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit :
                searcher.search(new TermQuery(new Term(Schema.BODY, stem)), SpellingWords.SURFACE_SAMPLES).scoreDocs) {
            String body = stored.document(hit.doc, Set.of(Schema.BODY)).get(Schema.BODY);
            for (String word : SpellingWords.writtenWords(body)) {
                if (stem.equals(stem(word))) {
                    return word;
                }
            }
        }
        return stem;
    }

    /** The word as the index holds it, or {@code null} for a stop word. */
    private String stem(String word) throws IOException {
        try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, word)) {
            CharTermAttribute text = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? text.toString() : null;
            tokens.end();
            return stem;
        }
    }
}
