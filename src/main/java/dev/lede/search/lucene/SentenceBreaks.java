package dev.lede.search.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries of news text for the snippets' passages, found in one pass over the text when it is set, so that
 * the highlighter's many {@code following} and {@code preceding} calls are binary searches. The JDK's rule-based
 * sentence iterator gives nearly the same boundaries but re-reads the text backwards on every {@code preceding}; it
 * was a fifth of a highlighted search's time.
 *
 * <p>A sentence ends after a run of {@code .}, {@code ?} or {@code !}, any closing quotes and brackets, and the
 * whitespace after them; after a full stop only when the next word does not start with a lower-case letter or a digit
 * ("U.S. economy", "3.5", "Jan. 5" run on). A blank line also ends one, so a headline or dateline without a full stop
 * is a passage of its own; so does a CJK or full-width stop, question or exclamation mark, or a danda, with or without
 * space after it.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private CharacterIterator source = new StringCharacterIterator("");
    private int begin;
    private int[] boundaries = {0};
    private int count = 1;
    private int current;

    @Override
    public void setText(String newText) {
        source = new StringCharacterIterator(newText);
        setText(newText, 0);
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            chars.append(c);
        }
        source = newText;
        setText(chars.toString(), newText.getBeginIndex());
    }

    private void setText(String newText, int offset) {
        text = newText;
        begin = offset;
        boundaries = new int[Math.max(8, newText.length() / 64)];
        count = 0;
        add(0);
        for (int i = 0; i < newText.length(); ) {
            i = sentenceEndFrom(i);
            if (i < newText.length()) {
                add(i);
            }
        }
        if (newText.length() > 0) {
            add(newText.length());
        }
        current = 0;
    }

    /** Where the sentence running through {@code from} ends: the start of the next one, or the text's end. */
    private int sentenceEndFrom(int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineFollows(i)) {
                return skipSpace(i);
            }
            if (isFullWidthTerminator(c)) {
                int end = i + 1;
                while (end < n && (isFullWidthTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                return skipSpace(end);
            }
            if (!isTerminator(c)) {
                continue;
            }
            boolean question = false;
            int j = i;
            while (j < n && isTerminator(text.charAt(j))) {
                question |= text.charAt(j) != '.';
                j++;
            }
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            int next = skipSpace(j);
            if (next == n) {
                return n;
            }
            if (next > j && (question || !runsOn(text.charAt(next)))) {
                return next;
            }
            i = j - 1;
        }
        return n;
    }

    private boolean blankLineFollows(int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean isCloser(char c) {
        return c == '"'
                || c == '\''
                || c == ')'
                || c == ']'
                || c == '\u2019'
                || c == '\u201D'
                || c == '\u300D'
                || c == '\u300F'
                || c == '\uFF09';
    }

    /** Ends of sentences in scripts written without spaces after them: CJK and full-width stops, the danda. */
    private static boolean isFullWidthTerminator(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF0E' || c == '\u0964' || c == '\u0965';
    }

    /** After a full stop, a word that starts this way continues the sentence. */
    private static boolean runsOn(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c);
    }

    private void add(int boundary) {
        if (count == boundaries.length) {
            boundaries = Arrays.copyOf(boundaries, count * 2);
        }
        boundaries[count++] = boundary;
    }

    private int at(int index) {
        current = index;
        return begin + boundaries[index];
    }

    @Override
    public int first() {
        return at(0);
    }

    @Override
    public int last() {
        return at(count - 1);
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= count) {
            current = target < 0 ? 0 : count - 1;
            return DONE;
        }
        return at(target);
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int index = indexAfter(checked(offset));
        if (index == count) {
            current = count - 1;
            return DONE;
        }
        return at(index);
    }

    @Override
    public int preceding(int offset) {
        int index = indexAfter(checked(offset) - 1) - 1;
        if (index < 0) {
            current = 0;
            return DONE;
        }
        return at(index);
    }

    @Override
    public boolean isBoundary(int offset) {
        int relative = checked(offset);
        int index = Arrays.binarySearch(boundaries, 0, count, relative);
        if (index >= 0) {
            current = index;
            return true;
        }
        following(offset);
        return false;
    }

    /** The index of the first boundary after {@code relative}, or {@code count} when there is none. */
    private int indexAfter(int relative) {
        int index = Arrays.binarySearch(boundaries, 0, count, relative);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private int checked(int offset) {
        if (offset < begin || offset > begin + text.length()) {
            throw new IllegalArgumentException(
                    "offset " + offset + " is outside the text [" + begin + ", " + (begin + text.length()) + "]");
        }
        return offset - begin;
    }

    @Override
    public int current() {
        return begin + boundaries[current];
    }

    @Override
    public CharacterIterator getText() {
        return source;
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.boundaries = boundaries.clone();
        copy.source = (CharacterIterator) source.clone();
        return copy;
    }
}
