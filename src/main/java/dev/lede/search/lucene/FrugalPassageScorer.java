package dev.lede.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over each candidate passage of a snippet, with its default parameters), computed
 * without the hash table Lucene's scorer builds for every passage it weighs: that table reserves a 32 KiB block, and a
 * page of hits weighs hundreds of passages, so it was most of what a search allocated.
 *
 * <p>The result is the same float: each distinct term counts once, with its frequency in the passage and the document
 * frequency of its first match, summed in the order the terms first appear, as Lucene does.
 */
final class FrugalPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (appearsBefore(terms, i)) {
                continue;
            }
            score += tf(timesInPassage(terms, i, matches), passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean appearsBefore(BytesRef[] terms, int match) {
        for (int earlier = 0; earlier < match; earlier++) {
            if (terms[earlier].bytesEquals(terms[match])) {
                return true;
            }
        }
        return false;
    }

    private static int timesInPassage(BytesRef[] terms, int first, int matches) {
        int times = 1;
        for (int later = first + 1; later < matches; later++) {
            if (terms[later].bytesEquals(terms[first])) {
                times++;
            }
        }
        return times;
    }
}
