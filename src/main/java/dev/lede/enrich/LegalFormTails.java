package dev.lede.enrich;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives back to a firm the legal form the recognizer labelled on its own. A firm named after its partners ends "and Co
 * Inc", and the recognizer often stops before the "and": "Wertheim Schroeder and Co Inc" comes out as "Wertheim
 * Schroeder" and "Co Inc", "Dillon, Read and Co Inc" as "Dillon" and "Co Inc", "J.P. Morgan and Co Inc" as a person and
 * "Co Inc". A span of nothing but legal forms after "and" or "&" becomes one organisation with the capitalised words
 * before the joining word (up to five, commas between them allowed, none a legal form or a possessive, so that a list
 * of firms or a parent's unit stays apart), replacing the spans among them; right after another span it ends that
 * span ("Hale Foods" and "Inc"); otherwise, and in a headline in capitals, it names nothing and goes.
 */
final class LegalFormTails {

    /** How many capitalised words before the "and" a partners' firm may reach back over. */
    private static final int MAX_NAME_WORDS = 5;

    /** Capitalised at a sentence's start, yet no word of a firm's name ("The Kroger and Co"). */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "at", "on", "by", "for", "to", "as", "with", "its", "his",
            "her", "their", "our", "this", "that", "these", "those", "said");

    /** What opens a name a wire sets apart: "<Johnson, Lane, Space, Smith and Co Inc>", "(Kessel and Co)". */
    private static final String OPENERS = "<(\"“";

    /** The longest span worth reading word by word: "Corp Ltd Inc" and so on. */
    private static final int LONGEST_TAIL = 24;

    private LegalFormTails() {}

    /** One sentence's spans, in order, with each span of legal forms alone joined to its firm's name or left out. */
    static List<Span> join(String paragraph, List<Span> spans) {
        List<Span> joined = null;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (!isLegalFormsOnly(paragraph, span)) {
                if (joined != null) {
                    joined.add(span);
                }
                continue;
            }
            if (joined == null) {
                joined = new ArrayList<>(spans.subList(0, i));
            }
            if (!isShouted(paragraph)) {
                // a headline in capitals says nothing of where a name starts: "STATE STREET BOSTON CORP"
                joinToName(paragraph, span, joined);
            }
        }
        return joined == null ? spans : joined;
    }

    /** Adds the firm the legal form {@code tail} ends to {@code joined}, replacing the spans its name covers. */
    private static void joinToName(String paragraph, Span tail, List<Span> joined) {
        if (!joined.isEmpty()
                && paragraph.substring(joined.getLast().end(), tail.start()).isBlank()) {
            joined.add(new Span(EntityKind.ORGANIZATION, joined.removeLast().start(), tail.end()));
            return;
        }
        int nameStart = partnersNameStart(paragraph, tail.start());
        if (nameStart < 0) {
            return;
        }
        int start = nameStart;
        while (!joined.isEmpty() && joined.getLast().end() > nameStart) {
            start = Math.min(start, joined.removeLast().start());
        }
        joined.add(new Span(EntityKind.ORGANIZATION, start, tail.end()));
    }

    private static boolean isLegalFormsOnly(String paragraph, Span span) {
        if (span.end() - span.start() > LONGEST_TAIL) {
            return false;
        }
        String text = span.of(paragraph).strip();
        if (text.isEmpty()) {
            return false;
        }
        for (String word : text.split("\\s+")) {
            if (!PlaceAndOrganizationNames.isLegalForm(word.replace(",", "").replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the partners' names start before "NAME and " or "NAME & " ending at {@code tailStart}: the first of up to
     * five capitalised words, with spaces or a comma between them; -1 when no "and" or "&" or no such word is there.
     */
    private static int partnersNameStart(String paragraph, int tailStart) {
        int end = skipSpaceBackwards(paragraph, tailStart);
        int joinerStart = wordStart(paragraph, end);
        String joiner = paragraph.substring(joinerStart, end).toLowerCase(Locale.ROOT);
        if (!joiner.equals("and") && !joiner.equals("&")) {
            return -1;
        }
        int nameStart = -1;
        int position = joinerStart;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int wordEnd = skipSpaceBackwards(paragraph, position);
            if (wordEnd > 0 && paragraph.charAt(wordEnd - 1) == ',' && nameStart >= 0) {
                wordEnd--;
            }
            int wordStart = wordStart(paragraph, wordEnd);
            boolean opens = wordStart < wordEnd && OPENERS.indexOf(paragraph.charAt(wordStart)) >= 0;
            if (opens) {
                wordStart++;
            }
            String word = paragraph.substring(wordStart, wordEnd);
            if (!isNameWord(word)) {
                break;
            }
            nameStart = wordStart;
            position = wordStart;
            if (opens) {
                break;
            }
        }
        return nameStart;
    }

    private static boolean isShouted(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            if (Character.isLowerCase(paragraph.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameWord(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-')
                && !isPossessive(word)
                && !mayEndSentence(word)
                && !PlaceAndOrganizationNames.isLegalForm(word)
                && !NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Monsanto Co's G.D. Searle and Co" is the parent's unit: the parent is no partner. */
    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("s'");
    }

    /** "J.P." and "J." are initials; "Inc." or "Smith." may end the sentence before. */
    private static boolean mayEndSentence(String word) {
        return word.length() > 2 && word.endsWith(".") && word.indexOf('.') == word.length() - 1;
    }

    private static int skipSpaceBackwards(String text, int from) {
        int i = from;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
