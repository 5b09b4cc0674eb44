package dev.lede.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-2003 document: its tokens, the gold entity spans, and the text Lede reads (tokens joined by spaces,
 * sentences by newlines) with each token's character offsets in it.
 */
public record ConllDocument(List<String> tokens, List<TokenSpan> gold, String text, int[] tokenStarts) {

    /** Builds the text from sentences of tokens; {@code gold} indexes the tokens of all sentences in order. */
    static ConllDocument of(List<List<String>> sentences, List<TokenSpan> gold) {
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (List<String> sentence : sentences) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts.add(text.length());
                tokens.add(sentence.get(i));
                text.append(sentence.get(i));
            }
        }
        return new ConllDocument(
                List.copyOf(tokens),
                List.copyOf(gold),
                text.toString(),
                starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The index of the token that holds the character at {@code offset}, or -1 between tokens. */
    int tokenAt(int offset) {
        int low = 0;
        int high = tokenStarts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (tokenStarts[mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0 || offset >= tokenStarts[found] + tokens.get(found).length()) {
            return -1;
        }
        return found;
    }

    /**
     * The tokens a character span covers, or {@code null} when it starts or ends between tokens. A span that starts
     * or ends inside a token is widened to the whole token (the recognizer tokenizes on its own).
     */
    TokenSpan toTokens(String type, int startChar, int endChar) {
        int first = tokenAt(startChar);
        int last = tokenAt(endChar - 1);
        return first < 0 || last < first ? null : new TokenSpan(type, first, last + 1);
    }
}
