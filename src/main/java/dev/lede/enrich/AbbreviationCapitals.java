package dev.lede.enrich;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some wire copy capitalises the word after an abbreviation's last full stop as if a sentence began there: "against
 * the U.S. Currency", "the U.S. Economy is", "the U.S. May be able". About half of Reuters-21578's stories that write
 * "U.S." are written so. The recognizer reads such a word as part of a name ("U.S. Currency" as an organisation), so
 * the text it reads has the word after a country's or a state's abbreviation in lower case again when all of these
 * hold:
 *
 * <ul>
 *   <li>the model knows the word in lower case;
 *   <li>the word stands alone: no capitalised word follows it, directly or after "and", "of" or "for" ("U.S. Treasury
 *       Secretary", "U.S. Securities and Exchange Commission"), and no ticker ("U.S. Tobacco &lt;UBO&gt;");
 *   <li>it is not a word that names one of a country's bodies alone ("U.S. Treasury", "U.S. Embassy"), nor a legal
 *       form, which ends a firm's name ("Air U.K. Ltd");
 *   <li>the story never writes it with a capital inside a sentence ("said Currency dealers") or at the head of a
 *       longer name after the abbreviation ("U.S. Air Group Inc", then "U.S. Air said"), which would make it a name.
 * </ul>
 *
 * Only letters' case changes, so every offset in the text read is one in the text given.
 */
final class AbbreviationCapitals {

    /** A capitalised word after an abbreviation of two or more initials. */
    private static final String WORD_AFTER_ABBREVIATION = "\\b((?:[A-Z]\\.){2,})\\s+([A-Z][a-z]+)\\b";

    /** A capitalised word, or "and", "of", "for", "&" and one, after a word: the rest of a longer name. */
    private static final String REST_OF_A_NAME = "\\s+(?:(?:and|of|for|&)\\s+)?[A-Z]";

    /** Such a word standing alone: not the head of a longer name, and not a firm's name before its ticker. */
    private static final Pattern AFTER_ABBREVIATION =
            Pattern.compile(WORD_AFTER_ABBREVIATION + "(?![-'\u2019]|" + REST_OF_A_NAME + "|\\s*<)");

    /** Such a word at the head of a longer name ("U.S. Air Group Inc"). */
    private static final Pattern HEADING_A_NAME =
            Pattern.compile(WORD_AFTER_ABBREVIATION + "(?=" + REST_OF_A_NAME + ")");

    /** A capitalised word after a lower-case word or a comma: inside a sentence. */
    private static final Pattern INSIDE_A_SENTENCE = Pattern.compile("(?<=[a-z,;]\\s{1,9})[A-Z][a-z]+\\b");

    /**
     * A country's bodies that one word names after its abbreviation, besides the offices of {@link NationalBodies}: its
     * services and missions.
     */
    private static final Set<String> BODIES = Set.of("consulate", "customs", "embassy", "marines", "mint");

    private final Set<String> knownInLowerCase;
    private final Predicate<String> isCountryOrState;

    /**
     * @param knownInLowerCase words the recognizer's model saw written in lower case
     * @param isCountryOrState whether an abbreviation ("U.S.", "N.J.") names a country or a state
     */
    AbbreviationCapitals(Set<String> knownInLowerCase, Predicate<String> isCountryOrState) {
        this.knownInLowerCase = knownInLowerCase;
        this.isCountryOrState = isCountryOrState;
    }

    /** How the recognizer should read each passage of this story. */
    UnaryOperator<String> readingOf(String story) {
        if (!AFTER_ABBREVIATION.matcher(story).find()) {
            return UnaryOperator.identity();
        }
        Set<String> names = namesIn(story);
        return passage -> lowered(passage, names);
    }

    private String lowered(String passage, Set<String> names) {
        Matcher match = AFTER_ABBREVIATION.matcher(passage);
        StringBuilder read = null;
        while (match.find()) {
            String word = match.group(2);
            String lower = word.toLowerCase(Locale.ROOT);
            if (!names.contains(word)
                    && !BODIES.contains(lower)
                    && NationalBodies.office(word).isEmpty()
                    && !PlaceAndOrganizationNames.isLegalForm(word)
                    && knownInLowerCase.contains(lower)
                    && isCountryOrState.test(match.group(1))) {
                if (read == null) {
                    read = new StringBuilder(passage);
                }
                read.setCharAt(match.start(2), lower.charAt(0));
            }
        }
        return read == null ? passage : read.toString();
    }

    private static Set<String> namesIn(String story) {
        Set<String> names = new HashSet<>();
        Matcher word = INSIDE_A_SENTENCE.matcher(story);
        while (word.find()) {
            names.add(word.group());
        }
        Matcher head = HEADING_A_NAME.matcher(story);
        while (head.find()) {
            names.add(head.group(2));
        }
        return names;
    }
}
