package dev.lede.index.lucene;

import dev.lede.index.CommonGrams;
import dev.lede.index.WordForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once: its terms with their positions and offsets, replayed to the index as its field's tokens and
 * read for its {@link CommonGrams}, so that the grams cost no second analysis of title and body. With the analyzer
 * that tells each stem's word as written ({@link WordForms#keepingForms()}), the words that stemming changed are kept
 * too ({@link #writtenForms()}).
 */
public final class AnalyzedText {

    private char[] chars = new char[256];
    private int[] termStart = new int[33];
    private int[] increment = new int[32];
    private int[] startOffset = new int[32];
    private int[] endOffset = new int[32];
    private int count;
    private int finalIncrement;
    private int finalOffset;
    /** The written forms that differ from their stems, one after another, as the terms are kept. */
    private char[] formChars = new char[64];

    private int[] formStart = new int[9];
    private int formCount;

    private AnalyzedText() {}

    /** {@code text} as {@code analyzer} analyses {@code field}. */
    public static AnalyzedText of(Analyzer analyzer, String field, String text) {
        AnalyzedText analyzed = new AnalyzedText();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            WordForms.Stems stems = stream instanceof WordForms.Stems withForms ? withForms : null;
            stream.reset();
            while (stream.incrementToken()) {
                analyzed.add(term, position.getPositionIncrement(), offset.startOffset(), offset.endOffset());
                if (stems != null && stems.changed()) {
                    analyzed.addWrittenForm(stems.written(), stems.writtenLength());
                }
            }
            stream.end();
            analyzed.finalIncrement = position.getPositionIncrement();
            analyzed.finalOffset = offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return analyzed;
    }

    private void addWrittenForm(char[] written, int length) {
        int at = formStart[formCount];
        if (at + length > formChars.length) {
            formChars = Arrays.copyOf(formChars, Math.max(formChars.length * 2, at + length));
        }
        System.arraycopy(written, 0, formChars, at, length);
        if (formCount + 1 == formStart.length) {
            formStart = Arrays.copyOf(formStart, formStart.length * 2);
        }
        formStart[++formCount] = at + length;
    }

    private void add(CharTermAttribute term, int positionIncrement, int start, int end) {
        if (count == increment.length) {
            int room = count * 2;
            termStart = Arrays.copyOf(termStart, room + 1);
            increment = Arrays.copyOf(increment, room);
            startOffset = Arrays.copyOf(startOffset, room);
            endOffset = Arrays.copyOf(endOffset, room);
        }
        int at = termStart[count];
        if (at + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, at, term.length());
        termStart[count + 1] = at + term.length();
        increment[count] = positionIncrement;
        startOffset[count] = start;
        endOffset[count] = end;
        count++;
    }

    /**
     * The grams of adjacent term pairs with a common word, in order; where several terms share a position (an acronym
     * kept with points too), each of them with each of those next to it.
     */
    public List<String> commonGrams() {
        List<String> grams = new ArrayList<>();
        int previous = 0;
        boolean previousCommon = false;
        for (int start = 0; start < count; ) {
            int end = nextPosition(start);
            boolean common = isCommon(start);
            if (start > 0 && increment[start] == 1) {
                if (end - start == 1 && start - previous == 1) {
                    if (common || previousCommon) {
                        grams.add(CommonGrams.gram(term(previous), term(start)));
                    }
                } else {
                    addEachPair(previous, start, end, grams);
                }
            }
            previous = start;
            previousCommon = common;
            start = end;
        }
        return grams;
    }

    /** The grams of each term in {@code [before, at)} with each in {@code [at, end)}, the next position. */
    private void addEachPair(int before, int at, int end, List<String> grams) {
        for (int first = before; first < at; first++) {
            for (int second = at; second < end; second++) {
                if (isCommon(first) || isCommon(second)) {
                    grams.add(CommonGrams.gram(term(first), term(second)));
                }
            }
        }
    }

    private boolean isCommon(int i) {
        return CommonGrams.isCommon(chars, termStart[i], termStart[i + 1] - termStart[i]);
    }

    /** The index of the first term after {@code start} at a later position than it. */
    private int nextPosition(int start) {
        int next = start + 1;
        while (next < count && increment[next] == 0) {
            next++;
        }
        return next;
    }

    /** The words as written where they differ from their stems, each once. */
    Set<String> writtenFormSet() {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < formCount; i++) {
            forms.add(new String(formChars, formStart[i], formStart[i + 1] - formStart[i]));
        }
        return forms;
    }

    /** Whether any word as written differs from its stem. */
    public boolean hasWrittenForms() {
        return formCount > 0;
    }

    /**
     * The words as written where they differ from their stems, in order, as often as they occur (for a field of
     * documents only, where a repeated term counts once).
     */
    public TokenStream writtenForms() {
        return new FormsReplay();
    }

    /** The terms, in order. */
    List<String> terms() {
        List<String> terms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            terms.add(term(i));
        }
        return terms;
    }

    private String term(int i) {
        return new String(chars, termStart[i], termStart[i + 1] - termStart[i]);
    }

    /** The analysed tokens again, exactly as the analyzer gave them, for one field of one document. */
    public TokenStream tokens() {
        return new Replay();
    }

    private final class FormsReplay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == formCount) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(formChars, formStart[next], formStart[next + 1] - formStart[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, termStart[next], termStart[next + 1] - termStart[next]);
            position.setPositionIncrement(increment[next]);
            offset.setOffset(startOffset[next], endOffset[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            position.setPositionIncrement(finalIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
