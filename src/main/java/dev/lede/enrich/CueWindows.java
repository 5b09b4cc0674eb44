package dev.lede.enrich;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts tagged sentences down to the tokens around their {@link DateCues}. SUTime's cost grows with every token it
 * reads, while a date expression and the tense words SUTime looks at ("said on", "will ... on") sit next to a cue.
 */
final class CueWindows {

    /** Tokens kept on each side of a cue: a long date ("Monday, Feb. 10, 2025") holds several cues itself. */
    static final int REACH = 4;

    private CueWindows() {}

    /** One pseudo-sentence per stretch of cues; overlapping stretches merge. Tokens keep their tags and offsets. */
    static List<CoreMap> around(List<CoreMap> sentences) {
        List<CoreMap> windows = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String text = sentence.get(CoreAnnotations.TextAnnotation.class);
            int textBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int from = -1;
            int to = -1;
            for (int[] cue : DateCues.cueSpans(text)) {
                int start = Math.max(0, tokenIndexAt(tokens, textBegin + cue[0]) - REACH);
                int end = Math.min(tokens.size(), tokenIndexAt(tokens, textBegin + cue[1] - 1) + REACH + 1);
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
