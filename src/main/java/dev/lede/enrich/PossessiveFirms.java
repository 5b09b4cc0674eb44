package dev.lede.enrich;

import java.util.List;
import java.util.Set;

/**
 * A firm whose name ends in a possessive ("Moody's", "Standard & Poor's", "McDonald's", "Sotheby's"): the clean-up
 * takes the "'s" off every name, as it must for "Microsoft's profits", so such a firm came out as "Moody" or "Standard
 * & Poor". An organisation of the story gets its "'s" back when the text writes it with one every time, and at least
 * once where nothing can be owned: before a verb ("Moody's said", "Sotheby's has") or a clause's punctuation ("Standard
 * & Poor's, which"), or, for a one-word name, where the story names a firm after it with the possessive and a legal
 * form ("Moody's Investors Service Inc"). A name written once without it ("Microsoft said … Microsoft's shares") stays
 * as it is.
 */
final class PossessiveFirms {

    /** Words that cannot be what a possessive owns: verbs a firm is the subject of, and adverbs before them. */
    private static final Set<String> NOT_OWNED = Set.of(
            "said",
            "says",
            "saying",
            "has",
            "had",
            "have",
            "is",
            "was",
            "were",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "also",
            "still",
            "now",
            "then",
            "announced",
            "reported",
            "expects",
            "expected",
            "warned",
            "rated",
            "rates",
            "downgraded",
            "upgraded",
            "affirmed",
            "confirmed",
            "placed",
            "added",
            "told",
            "declined");

    private static final String CLAUSE_MARKS = ".;:)\"”";

    private PossessiveFirms() {}

    /** The organisation names of the story, each firm named with a possessive given it back. */
    static List<String> restore(String text, List<String> organizations) {
        if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            return organizations;
        }
        return organizations.stream()
                .map(name -> opensAnotherWithAPossessive(name, organizations) || isWrittenAsPossessiveName(text, name)
                        ? name + "'s"
                        : name)
                .toList();
    }

    /**
     * "Moody" beside "Moody's Investors Service Inc": a firm's full name, ending in its legal form, shows whose the
     * possessive is. A name of more words, or one before a name without a legal form, may own what follows ("Labour
     * Party's National Executive", "Transport for London's Safe Travel").
     */
    private static boolean opensAnotherWithAPossessive(String name, List<String> organizations) {
        return !name.isEmpty()
                && name.indexOf(' ') < 0
                && organizations.stream()
                        .filter(other -> other.startsWith(name + "'s ") || other.startsWith(name + "’s "))
                        .anyMatch(PossessiveFirms::endsInLegalForm);
    }

    private static boolean endsInLegalForm(String name) {
        return PlaceAndOrganizationNames.isLegalForm(name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * Whether the text writes the name with a possessive every time, and at least once where the possessive owns
     * nothing: before a verb a firm is the subject of or a clause's punctuation ("Wendy's, another chain").
     */
    static boolean isWrittenAsPossessiveName(String text, String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(name.length() - 1)) || name.endsWith("s")) {
            return false;
        }
        boolean any = false;
        boolean ownsNothing = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!ContextWords.isWholeWords(text, at, end)) {
                continue;
            }
            if (!isPossessive(text, end)) {
                return false;
            }
            any = true;
            ownsNothing |= ownsNothingAfter(text, end + 2);
        }
        return any && ownsNothing;
    }

    private static boolean isPossessive(String text, int at) {
        return at + 1 < text.length()
                && (text.charAt(at) == '\'' || text.charAt(at) == '’')
                && text.charAt(at + 1) == 's'
                && (at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }

    private static boolean nextWordIsCapitalised(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    /** Whether the word or mark right after the possessive shows that it owns nothing. */
    private static boolean ownsNothingAfter(String text, int from) {
        if (from >= text.length()) {
            return true;
        }
        if (text.charAt(from) == ',') {
            // "Tesco's, Asda's and Aldi's sales": a list of owners
            return !nextWordIsCapitalised(text, from + 1);
        }
        if (CLAUSE_MARKS.indexOf(text.charAt(from)) >= 0) {
            return true;
        }
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > from && NOT_OWNED.contains(text.substring(start, end));
    }
}
