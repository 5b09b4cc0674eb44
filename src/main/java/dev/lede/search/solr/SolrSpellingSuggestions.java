package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.SpellingWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * "Did you mean" on SolrCloud with the Lucene engine's rules ({@link SpellingWords}): a word no article holds, or only
 * a few do ({@link SpellingWords#isRare}), is replaced by the word articles write that is closest to it
 * ({@link SpellingWords#corrections}), of the forms of the body terms the spellcheck component offers for its stem
 * and of the written words it offers for the word itself (the configset's two {@code DirectSolrSpellChecker}s, set as
 * Lucene's {@code DirectSpellChecker}). Stems come from the collection's own analysis of the body field, so they are
 * Lucene's.
 *
 * <p>Where Solr's answer may differ: each shard ranks candidates by its own term frequencies and Solr merges the
 * shards' lists, so of two candidates equally close the more frequent in the whole index usually, not always, wins;
 * "the first articles" holding the stem are the best scored over all shards, whose ties break by shard order
 * rather than by Lucene's document order; and the articles read to see how a rare word is written are the first by
 * id, where Lucene reads the first indexed.
 */
final class SolrSpellingSuggestions {

    /** Candidates asked of each shard, so that the merged list still holds the collection's best. */
    private static final int CANDIDATES_PER_SHARD = 5;

    /** The configset's spellcheck dictionaries: body stems, and words as written. */
    private static final String STEMS = "default";

    private static final String WRITTEN_WORDS = "written";

    private final SolrArticleSearch search;
    private final SolrConnection solr;

    SolrSpellingSuggestions(SolrArticleSearch search, SolrConnection solr) {
        this.search = search;
        this.solr = solr;
    }

    /** The query with its unknown words corrected; empty when every word is known or none has a correction. */
    Optional<String> suggest(String query) throws IOException {
        return SpellingWords.suggest(
                query,
                new CollectionWords(),
                words -> search.search(SpellingWords.counting(words)).total());
    }

    /** The words of the collection, each analysed once for one suggestion. */
    private final class CollectionWords implements SpellingWords.Words {
        private final Map<String, Optional<String>> stems = new HashMap<>();

        @Override
        public List<SpellingWords.Correction> corrections(String word) throws IOException {
            return stem(word).isEmpty() ? List.of() : SolrSpellingSuggestions.this.corrections(word);
        }

        @Override
        public long articlesWithStem(String word) throws IOException {
            Optional<String> stem = stem(word);
            return stem.isEmpty() ? 0 : withStem(stem.get());
        }

        @Override
        public List<String> textsHolding(String word) throws IOException {
            Optional<String> stem = stem(word);
            return stem.isEmpty() ? List.of() : titlesAndBodies(stem.get());
        }

        /** The word as the body field indexes it; empty for a stop word. */
        private Optional<String> stem(String word) throws IOException {
            Optional<String> known = stems.get(word);
            if (known == null) {
                List<TokenInfo> tokens = analyzed(word);
                known = tokens.isEmpty()
                        ? Optional.empty()
                        : Optional.of(tokens.getFirst().getText());
                stems.put(word, known);
            }
            return known;
        }
    }

    /** How many articles hold {@code stem} in the title or body, counted by the collection. */
    private long withStem(String stem) throws IOException {
        SolrQuery holding = new SolrQuery(BODY_OR_TITLE).setRows(0);
        holding.set("stem", stem);
        return search.query(holding).getResults().getNumFound();
    }

    private List<SpellingWords.Correction> corrections(String word) throws IOException {
        List<SpellingWords.Candidate> candidates = new ArrayList<>();
        addAlternatives(spellcheck(word, STEMS), false, candidates);
        addAlternatives(writtenWordsSpellcheck(word), true, candidates);
        return SpellingWords.corrections(word, candidates, this::writtenForms);
    }

    /**
     * The spellcheck component's candidates near {@code word}: for a word the shard holds, only words more of its
     * articles hold ({@code onlyMorePopular}, which {@code alternativeTermCount} turns on for such words).
     */
    private SpellCheckResponse spellcheck(String word, String dictionary) throws IOException {
        SolrQuery spellcheck = new SolrQuery("*:*").setRows(0);
        spellcheck.set("spellcheck", true);
        spellcheck.set("spellcheck.dictionary", dictionary);
        spellcheck.set("spellcheck.q", word);
        spellcheck.set("spellcheck.count", CANDIDATES_PER_SHARD);
        spellcheck.set("spellcheck.alternativeTermCount", CANDIDATES_PER_SHARD);
        spellcheck.set("spellcheck.onlyMorePopular", true);
        spellcheck.set("spellcheck.extendedResults", true);
        return search.query(spellcheck).getSpellCheckResponse();
    }

    /**
     * The written words' answer, or {@code null} from a collection set up before its dictionary was (until
     * {@code lede solr setup} uploads the configset again), which then corrects by stems alone.
     */
    private SpellCheckResponse writtenWordsSpellcheck(String word) throws IOException {
        try {
            return spellcheck(word, WRITTEN_WORDS);
        } catch (InvalidSearchException | SolrFailure noSuchDictionary) {
            return null;
        }
    }

    /** The alternatives, best first, with the articles holding each (extended results give them). */
    private static void addAlternatives(
            SpellCheckResponse answer, boolean written, List<SpellingWords.Candidate> candidates) {
        if (answer == null || answer.getSuggestions().isEmpty()) {
            return;
        }
        SpellCheckResponse.Suggestion suggestion = answer.getSuggestions().getFirst();
        List<String> terms = suggestion.getAlternatives();
        List<Integer> articles = suggestion.getAlternativeFrequencies();
        for (int i = 0; i < terms.size(); i++) {
            int count = articles != null && i < articles.size() ? articles.get(i) : 0;
            candidates.add(new SpellingWords.Candidate(terms.get(i), count, written));
        }
    }

    private static final String BODY_OR_TITLE =
            "_query_:\"{!term f=" + Schema.BODY + " v=$stem}\" OR _query_:\"{!term f=" + Schema.TITLE + " v=$stem}\"";

    /**
     * The words the first few articles holding {@code stem} write for it, in the order they come: their distinct words
     * analysed in one request.
     */
    private List<String> writtenForms(String stem) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String body : bodies(stem)) {
            words.addAll(SpellingWords.writtenWords(body));
        }
        TreeMap<Integer, String> wordAt = new TreeMap<>();
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            wordAt.put(joined.length(), word);
            joined.append(word).append(' ');
        }
        List<String> forms = new ArrayList<>();
        if (wordAt.isEmpty()) {
            return forms;
        }
        for (TokenInfo token : analyzed(joined.toString())) {
            if (stem.equals(token.getText())) {
                forms.add(wordAt.floorEntry(token.getStart()).getValue());
            }
        }
        return forms;
    }

    /** The titles and bodies of the first few articles by id that hold {@code stem} in the title or body. */
    private List<String> titlesAndBodies(String stem) throws IOException {
        SolrQuery holding = new SolrQuery(BODY_OR_TITLE)
                .setRows(SpellingWords.WRITING_SAMPLES)
                .setSort(Schema.ID, SolrQuery.ORDER.asc)
                .setFields(Schema.TITLE, Schema.BODY);
        holding.set("stem", stem);
        List<String> texts = new ArrayList<>();
        for (SolrDocument article : search.query(holding).getResults()) {
            texts.add((String) article.getFirstValue(Schema.TITLE));
            texts.add((String) article.getFirstValue(Schema.BODY));
        }
        return texts;
    }

    /** The bodies of the first few articles holding {@code stem}. */
    private List<String> bodies(String stem) throws IOException {
        SolrQuery holding = new SolrQuery("{!term f=" + Schema.BODY + " v=$stem}")
                .setRows(SpellingWords.SURFACE_SAMPLES)
                .setFields(Schema.BODY);
        holding.set("stem", stem);
        List<String> bodies = new ArrayList<>();
        for (SolrDocument article : search.query(holding).getResults()) {
            bodies.add((String) article.getFirstValue(Schema.BODY));
        }
        return bodies;
    }

    /** The tokens the body field's analysis makes of {@code text}, as the index holds them. */
    private List<TokenInfo> analyzed(String text) throws IOException {
        FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldName(Schema.BODY);
        request.setFieldValue(text);
        try {
            AnalysisPhase last = null;
            for (AnalysisPhase phase : request.process(solr.client(), solr.collection())
                    .getFieldNameAnalysis(Schema.BODY)
                    .getIndexPhases()) {
                last = phase;
            }
            return last == null ? List.of() : last.getTokens();
        } catch (SolrServerException | SolrException e) {
            throw new SolrFailure("analysing words of " + solr.collection(), e);
        }
    }
}
