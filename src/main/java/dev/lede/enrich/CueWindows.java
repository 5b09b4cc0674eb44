package dev.lede.enrich;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences down to the tokens around their {@link DateCues}. SUTime's cost grows with every token it reads, and
 * so does the tagger's, while a date expression and the tense words SUTime looks at ("said on", "will ... on") sit
 * next to a cue.
 */
final class CueWindows {

    /**
     * Tokens tagged and read by SUTime on each side of a cue: a long date ("Monday, Feb. 10, 2025") holds several cues
     * itself, and its tense rules look at most two words past a date's edge. Tagging a fourth word on each side, so
     * that the words at the edge got the tags they would get in the whole sentence, cost a tenth of a full-NLP run for
     * two dates in 3,900 (BENCHMARKS.md, "Eighty-first session").
     */
    static final int REACH = 3;

    private CueWindows() {}

    /**
     * One pseudo-sentence per stretch of cues, {@code reach} tokens on each side; overlapping stretches merge and
     * sentences without a cue give none. Tokens keep their tags and offsets, so windows can be cut down again.
     */
    static List<CoreMap> around(List<CoreMap> sentences, int reach) {
        List<CoreMap> windows = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String text = sentence.get(CoreAnnotations.TextAnnotation.class);
            int textBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int from = -1;
            int to = -1;
            for (int[] cue : DateCues.cueSpans(text)) {
                int start = Math.max(0, tokenIndexAt(tokens, textBegin + cue[0]) - reach);
                int end = Math.min(tokens.size(), tokenIndexAt(tokens, textBegin + cue[1] - 1) + reach + 1);
                if (from >= 0 && start <= to) {
                    to = Math.max(to, end);
                    continue;
                }
                if (from >= 0) {
                    windows.add(window(sentence, tokens.subList(from, to), windows.size()));
                }
                from = start;
                to = end;
            }
            if (from >= 0) {
                windows.add(window(sentence, tokens.subList(from, to), windows.size()));
            }
        }
        return windows;
    }

    /** The first token that ends after the offset, i.e. the one holding it. */
    private static int tokenIndexAt(List<CoreLabel> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).endPosition() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int index) {
        String sentenceText = sentence.get(CoreAnnotations.TextAnnotation.class);
        int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int begin = tokens.getFirst().beginPosition();
        int end = tokens.getLast().endPosition();
        CoreMap window = new ArrayCoreMap();
        window.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        window.set(
                CoreAnnotations.TextAnnotation.class,
                sentenceText.substring(begin - sentenceBegin, end - sentenceBegin));
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        return window;
    }
}
