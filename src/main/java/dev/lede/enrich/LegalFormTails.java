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
 *
 * <p>The same holds for the rest of a name split at its "and": a family or partnership word that names no firm alone
 * ("Sons Inc", "Trust Co", "Associates" of "Alex. Brown and Sons Inc", "Peoples Bank and Trust Co"), and a short firm
 * name with a legal form whose partner before the "and" the recognizer labelled nothing ("Cable and Wireless Plc",
 * "Castle and Cooke Inc") or took for a surname alone ("Drayton, Pell and Whitcombe Inc"). A partner the recognizer
 * labelled otherwise ("Texaco and Pennzoil Co"), a partner that ends a pair itself ("Wagner and Brown and AFG Industries
 * Inc") and a firm whose name is an acronym are a list and stay apart, and so does a place before a partnership word
 * ("banks in Ohio and Trust Co banks").
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

    /** Words that end a partners' firm's name and name no firm alone: "and Sons", "Bank and Trust Co". */
    private static final Set<String> PARTNERSHIP_WORDS =
            Set.of("son", "sons", "brothers", "bros", "associates", "partners", "trust");

    /** How many words besides legal forms the rest of a split name may have: "Row Publishers Inc". */
    private static final int MAX_REST_WORDS = 2;

    private LegalFormTails() {}

    /**
     * One sentence's spans, in order, with each span of legal forms alone joined to its firm's name or left out, and
     * each rest of a name split at its "and" joined to the partners' names before it.
     */
    static List<Span> join(String paragraph, List<Span> spans) {
        List<Span> joined = null;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            boolean restOfName = isRestOfSplitName(paragraph, span, spans.subList(0, i));
            if (!restOfName && !isLegalFormsOnly(paragraph, span)) {
                if (joined != null) {
                    joined.add(span);
                }
                continue;
            }
            if (joined == null) {
                joined = new ArrayList<>(spans.subList(0, i));
            }
            if (restOfName || !isShouted(paragraph)) {
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

    /**
     * Whether the span is the part after "and" of a partners' firm the recognizer split: a partnership word and legal
     * forms, or a short name ending in a legal form after a partner the recognizer labelled nothing or a surname.
     */
    private static boolean isRestOfSplitName(String paragraph, Span span, List<Span> before) {
        if (span.kind() != EntityKind.ORGANIZATION || span.end() - span.start() > LONGEST_TAIL) {
            return false;
        }
        String[] words = NameText.wordsBetweenWhitespace(span.of(paragraph).strip());
        int nameWords = 0;
        while (nameWords < words.length && !PlaceAndOrganizationNames.isLegalForm(bare(words[nameWords]))) {
            if (words[nameWords].chars().noneMatch(Character::isUpperCase)) {
                return false; // "Dray and Co" is a firm whole; "deRose Inc" may be the rest of one
            }
            nameWords++;
        }
        if (nameWords == 0 || nameWords > MAX_REST_WORDS || !allLegalForms(words, nameWords)) {
            return false;
        }
        int partnerEnd = partnerEnd(paragraph, span.start());
        if (partnerEnd < 0 || isShouted(paragraph)) {
            return false;
        }
        int partnerStart = wordStart(paragraph, partnerEnd);
        Span previous = before.isEmpty() ? null : before.getLast();
        Span partnerSpan = previous != null && previous.end() > partnerStart ? previous : null;
        if (nameWords == 1 && PARTNERSHIP_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return partnerSpan == null || partnerSpan.kind() != EntityKind.PLACE;
        }
        String partner = paragraph.substring(partnerStart, partnerEnd);
        return nameWords < words.length
                && (partnerSpan == null || isSurnameAlone(paragraph, partnerSpan))
                && !isAcronym(words[0])
                && partner.chars().noneMatch(Character::isDigit)
                && !NameWords.LEADING_NON_NAMES.contains(partner.toLowerCase(Locale.ROOT))
                && partnerEnd(paragraph, partnerStart) < 0
                && !reachesAFirmWithItsOwnAnd(paragraph, span, before);
    }

    /** "Securities and Exchange Commission, Bilzerian and Bicoastal Financial Corp" is a list, not one firm. */
    private static boolean reachesAFirmWithItsOwnAnd(String paragraph, Span span, List<Span> before) {
        int nameStart = partnersNameStart(paragraph, span.start());
        for (int i = before.size() - 1; i >= 0 && before.get(i).end() > nameStart; i--) {
            String name = before.get(i).of(paragraph);
            if (name.contains(" and ") || name.contains("&")) {
                return true;
            }
        }
        return false;
    }

    /** "AFG", "MCV": a firm's own short name rather than a partner's ("Wagner and Brown and AFG Industries Inc"). */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** A person named by one word: a partner's surname ("Drayton, Pell and Whitcombe Inc"). */
    private static boolean isSurnameAlone(String paragraph, Span span) {
        return span.kind() == EntityKind.PERSON && span.of(paragraph).strip().indexOf(' ') < 0;
    }

    /** Where the capitalised word before "and" or "&" ending at {@code start} ends, or -1. */
    private static int partnerEnd(String paragraph, int start) {
        int end = skipSpaceBackwards(paragraph, start);
        int joinerStart = wordStart(paragraph, end);
        String joiner = paragraph.substring(joinerStart, end).toLowerCase(Locale.ROOT);
        if (!joiner.equals("and") && !joiner.equals("&")) {
            return -1;
        }
        int partnerEnd = skipSpaceBackwards(paragraph, joinerStart);
        String partner = paragraph.substring(wordStart(paragraph, partnerEnd), partnerEnd);
        return isNameWord(partner) ? partnerEnd : -1;
    }

    private static boolean allLegalForms(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            if (!PlaceAndOrganizationNames.isLegalForm(bare(words[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String word) {
        return word.replace(",", "").replace(".", "");
    }

    private static boolean isLegalFormsOnly(String paragraph, Span span) {
        if (span.end() - span.start() > LONGEST_TAIL) {
            return false;
        }
        String text = span.of(paragraph).strip();
        if (text.isEmpty()) {
            return false;
        }
        for (String word : NameText.wordsBetweenWhitespace(text)) {
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
