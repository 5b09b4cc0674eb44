package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Signatures of article bodies made the Lucene way, for comparison with {@link Fingerprints}: an analyzer chain of
 * words (lower-cased, accents folded), word 5-shingles and {@link MinHashFilter}, with one hash over as many buckets as
 * {@link Fingerprints#HASHES} ("one-permutation" MinHash, empty buckets filled by rotation), so that both signatures
 * have 128 values compared position by position.
 */
final class MinHashFilterSignatures {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(
                    new ASCIIFoldingFilter(new LowerCaseFilter(words)),
                    Fingerprints.SHINGLE_WORDS,
                    Fingerprints.SHINGLE_WORDS);
            shingles.setOutputUnigrams(false);
            return new TokenStreamComponents(words, new MinHashFilter(shingles, 1, Fingerprints.HASHES, 1, true));
        }
    };

    private MinHashFilterSignatures() {}

    /** The min-hash tokens of a body, in the filter's bucket order. */
    static List<String> of(String body) {
        List<String> tokens = new ArrayList<>(Fingerprints.HASHES);
        try (TokenStream stream = ANALYZER.tokenStream("body", body)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The signature as a {@link Fingerprint}, each min-hash token turned back into a number, so that it is compared and
     * banded exactly as Lede's own; {@code shingles} comes from elsewhere, as the filter does not count them.
     */
    static Fingerprint fingerprint(String body, int shingles) {
        return new Fingerprint(of(body).stream().mapToInt(String::hashCode).toArray(), shingles);
    }
}
