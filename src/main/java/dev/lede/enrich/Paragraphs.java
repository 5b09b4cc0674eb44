package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs of bounded length, so that NLP memory stays bounded on very long texts and a
 * headline-like line never runs into the next sentence.
 */
final class Paragraphs {

    static final int MAX_CHARS = 5_000;

    private Paragraphs() {}

    /** Non-blank lines of the text; a line longer than {@code maxChars} is cut at a sentence end or a space. */
    static List<String> of(String text, int maxChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String remaining = line.strip();
            while (remaining.length() > maxChars) {
                int cut = cutPoint(remaining, maxChars);
                paragraphs.add(remaining.substring(0, cut).strip());
                remaining = remaining.substring(cut).strip();
            }
            if (!remaining.isEmpty()) {
                paragraphs.add(remaining);
            }
        }
        return paragraphs;
    }

    static List<String> of(String text) {
        return of(text, MAX_CHARS);
    }

    private static int cutPoint(String text, int maxChars) {
        int sentenceEnd = Math.max(text.lastIndexOf(". ", maxChars - 2), text.lastIndexOf("? ", maxChars - 2));
        if (sentenceEnd > maxChars / 2) {
            return sentenceEnd + 1;
        }
        int space = text.lastIndexOf(' ', maxChars - 1);
        return space > 0 ? space : maxChars;
    }
}
