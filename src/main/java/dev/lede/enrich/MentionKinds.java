package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes one article's mentions agree with each other before they are counted: the recognizer labels each span on its
 * own, so the same name can come out as a person in one sentence and a place in the next, a dateline shouts a city's
 * name in capitals, and a company's short name ("Veresk" for "Veresk Systems") is often taken for a surname.
 */
final class MentionKinds {

    /** Words that title case leaves in lower case inside a name. */
    private static final Set<String> MINOR_WORDS =
            Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "et", "und");

    /**
     * Abbreviations of two or three letters without a vowel that title case writes so ("LTD" → "Ltd", "PLC" → "Plc",
     * as wires write it); any other such word is initials ("NV", "BV", "TV", "CBS"), which stay in capitals.
     */
    private static final Set<String> ABBREVIATED_WORDS =
            Set.of("ltd", "plc", "mr", "mrs", "dr", "st", "mt", "ft", "jr", "sr", "bhd");

    /** Legal forms with a vowel that end a firm's name in capitals all the same ("Bayer AG", "Volvo AB"). */
    private static final Set<String> LEGAL_FORMS_IN_CAPITALS = Set.of("sa", "ag", "ab", "se", "as", "asa");

    /** Capitalised words this short are more often acronyms (NATO, EU) than shouted names. */
    private static final int LONGEST_ACRONYM = 4;

    private static final List<EntityKind> TIE_ORDER =
            List.of(EntityKind.PLACE, EntityKind.ORGANIZATION, EntityKind.PERSON);

    private MentionKinds() {}

    static List<EntityMention> reconcile(List<EntityMention> mentions) {
        return reconcile("", mentions);
    }

    /**
     * @param text the text the mentions were found in, in order; an organisation named where a team is (a city's
     *     name next to a score) keeps its kind and has no vote, so a team named after its city is no place
     */
    static List<EntityMention> reconcile(String text, List<EntityMention> found) {
        List<EntityMention> mentions = NotPeopleContexts.apply(text, found);
        List<EntityMention> cased = mentions.stream()
                .map(m -> new EntityMention(m.kind(), casing(m.text(), mentions, text)))
                .toList();
        boolean[] ownKind = TeamContexts.keepOwnKind(text, mentions);
        Map<String, EntityKind> majority = majorityKinds(cased, ownKind);
        List<EntityMention> voted = new ArrayList<>();
        for (int i = 0; i < cased.size(); i++) {
            EntityMention m = cased.get(i);
            voted.add(ownKind[i] ? m : new EntityMention(majority.get(key(m.text())), m.text()));
        }
        Set<String> otherEntityWords = wordsOfMultiWordNames(voted, EntityKind.PLACE, EntityKind.ORGANIZATION);
        Set<String> personWords = wordsOfMultiWordNames(voted, EntityKind.PERSON);
        Set<String> surnames = surnamesOfFullNames(voted);
        List<EntityMention> kept = new ArrayList<>();
        for (int i = 0; i < voted.size(); i++) {
            EntityMention mention = voted.get(i);
            if (!ownKind[i] && isSurnameOfAPerson(mention, surnames, otherEntityWords)) {
                kept.add(new EntityMention(EntityKind.PERSON, mention.text()));
            } else if (!isShortNameOfAnotherEntity(mention, otherEntityWords, personWords)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * A one-word organisation or place that is the last word of a person's full name in the story, and a word of no
     * longer organisation or place name: news names a person in full once and by surname after, and the recognizer,
     * reading each sentence alone, often takes the lone surname for a firm or a place ("Darren Campbell ... Campbell
     * said"). A firm named after its founder keeps its kind where the story writes the firm's longer name too
     * ("Henry Ford", "Ford Motor Co").
     */
    private static boolean isSurnameOfAPerson(
            EntityMention mention, Set<String> surnames, Set<String> otherEntityWords) {
        if (mention.kind() == EntityKind.PERSON) {
            return false;
        }
        String word = key(NameText.stripPossessive(mention.text()));
        return !word.contains(" ") && surnames.contains(word) && !otherEntityWords.contains(word);
    }

    private static Set<String> surnamesOfFullNames(List<EntityMention> mentions) {
        return mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON && m.text().trim().contains(" "))
                .map(m -> key(NameText.stripPossessive(m.text().trim())))
                .map(name -> name.substring(name.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
    }

    /**
     * "ROTTERDAM" becomes the article's own "Rotterdam", else "Rotterdam"; "NATO" stays. A name of several words takes
     * each word as the article's other names write it, an acronym the article writes alone included ("NV DSM" beside
     * "DSM said"), else in title case with its minor words in lower case: "ITT CANADA LTD" beside "ITT Corp" is "ITT
     * Canada Ltd", "FRUIT OF THE LOOM INC" "Fruit of the Loom Inc". A word of two or three letters and no vowel is
     * initials and stays in capitals ("DAF BV", "CBS TV"), but for the abbreviations title case writes ("Ltd", "St").
     */
    static String casing(String text, List<EntityMention> all) {
        return casing(text, all, "");
    }

    /**
     * @param article the text the mentions were found in: a one-word name it writes in capitals in running text is
     *     an acronym or a brand however long ("its FSLIC secondary reserve", "the PDVSA chairman"), where a headline's
     *     or a dateline's capitals say nothing
     */
    private static String casing(String text, List<EntityMention> all, String article) {
        if (!isShouted(text)) {
            return text;
        }
        for (EntityMention other : all) {
            if (!isShouted(other.text()) && other.text().equalsIgnoreCase(text)) {
                return other.text();
            }
        }
        if (isAcronymLength(text) || isWrittenInCapitalsInRunningText(text, article)) {
            return text;
        }
        Map<String, String> written = wordsAsWritten(all, article);
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean keepsCapitals =
                    isInitials(lower) || (i > 0 && i == words.length - 1 && LEGAL_FORMS_IN_CAPITALS.contains(lower));
            words[i] = written.getOrDefault(
                    lower,
                    i > 0 && MINOR_WORDS.contains(lower) ? lower : keepsCapitals ? words[i] : titleCase(words[i]));
        }
        return String.join(" ", words);
    }

    private static boolean isInitials(String lower) {
        return lower.length() >= 2
                && lower.length() <= 3
                && lower.chars().allMatch(c -> c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0)
                && !ABBREVIATED_WORDS.contains(lower);
    }

    /**
     * By word in lower case, the word as the article's names not written in capitals write it, and each acronym the
     * article writes as a name of its own, or in capitals in its running text.
     */
    private static Map<String, String> wordsAsWritten(List<EntityMention> all, String article) {
        Map<String, String> written = new HashMap<>();
        for (EntityMention other : all) {
            String name = other.text().strip();
            if (isAcronym(name) || (isShouted(name) && isWrittenInCapitalsInRunningText(name, article))) {
                written.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            } else if (!isShouted(other.text())) {
                for (String word : other.text().split(" ")) {
                    written.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
                }
            }
        }
        return written;
    }

    /**
     * A one-word name the story writes only in capitals and short enough to be an acronym, which {@link #casing}
     * leaves as it is: "DOE", "MEES", a headline's "WEIS" of "WEIS MARKETS INC". No person's name, wherever the
     * recognizer took it for one.
     */
    static boolean isAcronym(String cased) {
        return !cased.contains(" ") && isShouted(cased) && isAcronymLength(cased);
    }

    /**
     * A one-word name that a text written in lower case writes only in capitals, however long: a wire's sign-off
     * ("REUTER" closing the story), a product ("HITEST"), an institute's initials, a firm in a headline and a results
     * table. No person's name either; a text written in capitals throughout says nothing by its capitals.
     */
    static boolean isWrittenOnlyInCapitals(String name, String text) {
        String word = name.strip();
        if (word.contains(" ") || !writesInLowerCase(text)) {
            return false;
        }
        Matcher occurrence =
                wholeWord(word, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        boolean found = false;
        while (occurrence.find()) {
            if (!isShouted(occurrence.group())) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /** Whether a line of the text writes the one-word name in capitals after a lower-case letter. */
    private static boolean isWrittenInCapitalsInRunningText(String name, String text) {
        if (name.contains(" ") || text.isEmpty()) {
            return false;
        }
        Matcher occurrence = wholeWord(name, 0).matcher(text);
        while (occurrence.find()) {
            int lineStart = text.lastIndexOf('\n', occurrence.start()) + 1;
            if (text.substring(lineStart, occurrence.start()).chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** The word where no letter or digit goes on from either end of it. */
    private static Pattern wholeWord(String word, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", flags);
    }

    /** Whether most of the text's letters are lower case. */
    private static boolean writesInLowerCase(String text) {
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower += Character.isLowerCase(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return lower > upper;
    }

    private static boolean isAcronymLength(String text) {
        return text.replace(" ", "").length() <= LONGEST_ACRONYM;
    }

    private static boolean isShouted(String text) {
        boolean hasLetter = false;
        for (char c : text.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }

    /** "MOODY'S" → "Moody's", "O'BRIEN" → "O'Brien": after an apostrophe only a one-letter prefix starts a word. */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean startOfWord = true;
        int lettersInWord = 0;
        for (char c : text.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            if (Character.isLetter(c)) {
                startOfWord = false;
                lettersInWord++;
            } else if (!isApostrophe(c) || lettersInWord == 1) {
                startOfWord = true;
                lettersInWord = 0;
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static Map<String, EntityKind> majorityKinds(List<EntityMention> mentions, boolean[] abstain) {
        Map<String, Map<EntityKind, Integer>> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            Map<EntityKind, Integer> counts =
                    votes.computeIfAbsent(key(m.text()), k -> new EnumMap<>(EntityKind.class));
            if (!abstain[i]) {
                counts.merge(m.kind(), 1, Integer::sum);
            }
        }
        Map<String, EntityKind> winners = new HashMap<>();
        votes.forEach((text, counts) -> winners.put(text, mostVoted(counts)));
        return winners;
    }

    /** The kind with the most votes; a tie goes to the earlier kind in {@link #TIE_ORDER}. */
    private static EntityKind mostVoted(Map<EntityKind, Integer> counts) {
        EntityKind best = TIE_ORDER.getFirst();
        for (EntityKind kind : TIE_ORDER) {
            if (counts.getOrDefault(kind, 0) > counts.getOrDefault(best, 0)) {
                best = kind;
            }
        }
        return best;
    }

    /**
     * A one-word "person" that is a word of a longer place or organisation name, and of no person's name; a word
     * written as a possessive counts as the name ("Wendy" of "Wendy's International Inc").
     */
    private static boolean isShortNameOfAnotherEntity(
            EntityMention mention, Set<String> otherEntityWords, Set<String> personWords) {
        if (mention.kind() != EntityKind.PERSON) {
            return false;
        }
        String word = key(NameText.stripPossessive(mention.text()));
        return !word.contains(" ") && otherEntityWords.contains(word) && !personWords.contains(word);
    }

    private static Set<String> wordsOfMultiWordNames(List<EntityMention> mentions, EntityKind... kinds) {
        Set<EntityKind> wanted = Set.of(kinds);
        return mentions.stream()
                .filter(m -> wanted.contains(m.kind()) && m.text().trim().contains(" "))
                .flatMap(m -> List.of(NameText.wordsBetweenWhitespace(m.text().trim())).stream())
                .map(word -> key(NameText.stripPossessive(word)))
                .collect(Collectors.toSet());
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
