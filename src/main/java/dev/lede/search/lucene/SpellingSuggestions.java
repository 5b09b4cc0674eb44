package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.search.SpellingWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each plain word of a query that no article holds, or only a few do ({@link SpellingWords#isRare}), is
 * replaced by the word articles write that is closest to it ({@link SpellingWords#corrections}), of the forms of the
 * body terms Lucene's
 * {@link DirectSpellChecker} offers for its stem and of the written forms ({@link Schema#WRITTEN_FORMS}) it offers for
 * the word itself (straight from the index, so it knows every word indexed and needs no dictionary of its own).
 * Operators, phrases' quotes and field prefixes stay as typed.
 */
final class SpellingSuggestions {

    /** Stems asked of the spell checker, best first; of their written forms the closest to the word as typed wins. */
    private static final int CANDIDATES = 5;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Analyzer analyzer;

    SpellingSuggestions(Analyzer analyzer) {
        this.analyzer = analyzer;
        checker.setMinQueryLength(3);
    }

    /** The query with its unknown words corrected; empty when every word is known or none has a correction. */
    Optional<String> suggest(IndexReader reader, String query, SpellingWords.Counter counter) throws IOException {
        return SpellingWords.suggest(query, new IndexWords(reader), counter);
    }

    /** The words of one snapshot of the index. */
    private final class IndexWords implements SpellingWords.Words {
        private final IndexReader reader;

        IndexWords(IndexReader reader) {
            this.reader = reader;
        }

        @Override
        public List<SpellingWords.Correction> corrections(String word) throws IOException {
            return SpellingSuggestions.this.corrections(reader, word);
        }

        @Override
        public long articlesWithStem(String word) throws IOException {
            String stem = stem(word);
            return stem == null
                    ? 0
                    : Math.max(
                            reader.docFreq(new Term(Schema.BODY, stem)), reader.docFreq(new Term(Schema.TITLE, stem)));
        }

        @Override
        public List<String> textsHolding(String word) throws IOException {
            return titlesAndBodies(reader, word);
        }
    }

    private List<SpellingWords.Correction> corrections(IndexReader reader, String word) throws IOException {
        // The body holds stems ("droughts" is indexed as "drought"), so candidates are looked up by stem.
        String term = stem(word);
        if (term == null) {
            return List.of();
        }
        List<SpellingWords.Candidate> candidates = new ArrayList<>();
        for (SuggestWord stem : similar(reader, Schema.BODY, term)) {
            candidates.add(SpellingWords.Candidate.stem(stem.string, stem.freq));
        }
        for (SuggestWord written : similar(reader, Schema.WRITTEN_FORMS, word.toLowerCase(Locale.ROOT))) {
            candidates.add(SpellingWords.Candidate.word(written.string, written.freq));
        }
        return SpellingWords.corrections(word, candidates, stem -> writtenForms(reader, stem));
    }

    /** Terms near {@code text}: any when no article holds it, else only terms more articles hold. */
    private SuggestWord[] similar(IndexReader reader, String field, String text) throws IOException {
        return checker.suggestSimilar(new Term(field, text), CANDIDATES, reader, SuggestMode.SUGGEST_MORE_POPULAR);
    }

    /**
     * The words the first few articles holding {@code stem} write for it ("country", "countries" for "countri"), in
     * the order they come.
     */
    private List<String> writtenForms(IndexReader reader, String stem) throws IOException {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> others = new HashSet<>();
        for (String body : bodies(reader, stem)) {
            for (String word : SpellingWords.writtenWords(body)) {
                if (!forms.contains(word) && !others.contains(word)) {
                    (stem.equals(stem(word)) ? forms : others).add(word);
                }
            }
        }
        return List.copyOf(forms);
    }

    /** The titles and bodies of the first few articles indexed that hold {@code word}'s stem in either. */
    private List<String> titlesAndBodies(IndexReader reader, String word) throws IOException {
        String stem = stem(word);
        if (stem == null) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Query either = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.BODY, stem)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.TITLE, stem)), BooleanClause.Occur.SHOULD)
                .build();
        List<String> texts = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(either, SpellingWords.WRITING_SAMPLES, Sort.INDEXORDER).scoreDocs) {
            Document article = stored.document(hit.doc, Set.of(Schema.TITLE, Schema.BODY));
            texts.add(article.get(Schema.TITLE));
            texts.add(article.get(Schema.BODY));
        }
        return texts;
    }

    /** The bodies of the first few articles holding {@code stem}. */
    private static List<String> bodies(IndexReader reader, String stem) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        List<String> bodies = new ArrayList<>();
        for (ScoreDoc hit :
                searcher.search(new TermQuery(new Term(Schema.BODY, stem)), SpellingWords.SURFACE_SAMPLES).scoreDocs) {
            bodies.add(stored.document(hit.doc, Set.of(Schema.BODY)).get(Schema.BODY));
        }
        return bodies;
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
