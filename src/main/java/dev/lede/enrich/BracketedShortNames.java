package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name a story gives an organisation in brackets right after it, made of the first letters of its words
 * ("Bay Area Lab Co-Operative (Balco)", "World Anti-Doping Agency (Wada)", "Academy of Motion Picture Arts and Sciences
 * (Ampas)"): news written in title case spells such acronyms like a name, and the recognizer takes them for a person or
 * a place. Each such mention of that name in the story is the organisation, under the name it gave in full, so the
 * story lists it once. Not a place the gazetteer knows that the recognizer took for an organisation: "the United Arab
 * Emirates (UAE)" is the country.
 */
final class BracketedShortNames {

    /** One word in brackets after a name and at most a space: "(Balco)", "(WADA)". */
    private static final Pattern BRACKETED_WORD = Pattern.compile("\\h*\\((\\p{Lu}[\\p{L}]{1,11})\\)");

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    /** Words an acronym skips ("of", "and": "Academy of Motion Picture Arts and Sciences" is Ampas). */
    private static final Set<String> SKIPPED_WORDS = Set.of("of", "the", "and", "for", "&", "de", "du", "des", "la");

    private BracketedShortNames() {}

    /** @param isPlace whether the gazetteer knows a place of that name */
    static List<EntityMention> apply(String text, List<EntityMention> mentions, Predicate<String> isPlace) {
        Map<String, String> fullNames = new HashMap<>();
        for (EntityMention mention : mentions) {
            String name = mention.text().strip();
            if (mention.kind() == EntityKind.ORGANIZATION && name.contains(" ") && !isPlace.test(name)) {
                bracketedShortNames(text, name).forEach(shortName -> fullNames.putIfAbsent(shortName, name));
            }
        }
        if (fullNames.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() != EntityKind.ORGANIZATION
                                && fullNames.containsKey(m.text().strip())
                        ? new EntityMention(
                                EntityKind.ORGANIZATION, fullNames.get(m.text().strip()))
                        : m)
                .toList();
    }

    /** The words in brackets right after the organisation's name, wherever the text writes it, that abbreviate it. */
    private static Set<String> bracketedShortNames(String text, String organization) {
        Set<String> found = new HashSet<>();
        List<String> words = WORD_BREAK
                .splitAsStream(organization.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty() && !SKIPPED_WORDS.contains(word))
                .toList();
        if (words.size() < 2) {
            return found;
        }
        Matcher bracket = BRACKETED_WORD.matcher(text);
        for (int at = text.indexOf(organization); at >= 0; at = text.indexOf(organization, at + 1)) {
            int end = at + organization.length();
            if (bracket.region(end, text.length()).lookingAt()
                    && abbreviates(bracket.group(1).toLowerCase(Locale.ROOT), 0, words, 0)) {
                found.add(bracket.group(1));
            }
        }
        return found;
    }

    /**
     * Whether the short name, from {@code letter} on, is made of one or more first letters of each word from
     * {@code word} on, in order: "balco" of "bay area lab co-operative" is b·a·l·co.
     */
    private static boolean abbreviates(String shortName, int letter, List<String> words, int word) {
        if (letter == shortName.length() || word == words.size()) {
            return letter == shortName.length() && word == words.size();
        }
        String next = words.get(word);
        for (int taken = 1; taken <= next.length() && letter + taken <= shortName.length(); taken++) {
            if (shortName.charAt(letter + taken - 1) != next.charAt(taken - 1)) {
                return false;
            }
            if (abbreviates(shortName, letter + taken, words, word + 1)) {
                return true;
            }
        }
        return false;
    }
}
