package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "David and Victoria Beckham", "Mike and Bob Bryan": a given name and "and" before a person's full name name two
 * people of one family, and the recognizer takes the lone given name for a whole person ("David"). It takes the
 * surname of the name after it when it is a common given name ({@link GivenNames}) that the story uses nowhere else
 * alone and that is no one's surname in it, and the pair opens no list of names ("Ronaldo, Kelly and Michael Owen").
 */
final class SharedSurnames {

    private static final String AND = " and ";

    private SharedSurnames() {}

    /** The mentions, each such given name completed with the surname it shares. */
    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<Integer> completed = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Optional<String> surname = sharedSurname(text, mentions.get(i), mentions.get(i + 1));
            if (surname.isPresent()) {
                completed.add(i);
                surnames.add(surname.get());
            }
        }
        if (completed.isEmpty()) {
            return mentions;
        }
        Map<String, Integer> alone = loneMentions(mentions);
        Map<String, Integer> paired = new HashMap<>();
        completed.forEach(i -> paired.merge(word(mentions.get(i)), 1, Integer::sum));
        List<EntityMention> out = new ArrayList<>(mentions);
        for (int k = 0; k < completed.size(); k++) {
            EntityMention given = mentions.get(completed.get(k));
            String word = word(given);
            if (alone.get(word).equals(paired.get(word)) && !isSurnameIn(word, mentions)) {
                out.set(completed.get(k), new EntityMention(EntityKind.PERSON, word + " " + surnames.get(k)));
            }
        }
        return out;
    }

    /** The surname the given name shares with the full name after it, if the text joins them as one family. */
    private static Optional<String> sharedSurname(String text, EntityMention given, EntityMention named) {
        if (given.kind() != EntityKind.PERSON || named.kind() != EntityKind.PERSON) {
            return Optional.empty();
        }
        String word = word(given);
        List<String> name = NameText.tokens(NameText.clean(named.text()));
        boolean fullName = name.size() >= 2
                && isCapitalisedWord(name.getFirst())
                && !NameWords.NOBLE_TITLES.contains(NameText.key(name.getFirst()))
                && NameText.isWrittenLikeASurname(name.getLast())
                && PersonNames.clean(named.text())
                        .map(NameText::tokens)
                        .orElse(List.of())
                        .equals(name);
        if (!isCapitalisedWord(word) || !GivenNames.contains(word) || !fullName) {
            return Optional.empty();
        }
        return joined(text, word + AND + String.join(" ", name)) ? Optional.of(name.getLast()) : Optional.empty();
    }

    /** Whether the text writes the pair as a whole, not after another name in a list. */
    private static boolean joined(String text, String pair) {
        for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
            if (standsAlone(text, at) && !followsANameInAList(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAlone(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !Character.isLetterOrDigit(before) && before != '-' && before != '\'' && before != '.';
    }

    /** ", Kelly and Michael Owen" after "Ronaldo": the words before the comma are a capitalised name. */
    private static boolean followsANameInAList(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return false;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < end && Character.isUpperCase(text.charAt(i));
    }

    private static Map<String, Integer> loneMentions(List<EntityMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention mention : mentions) {
            if (mention.kind() == EntityKind.PERSON) {
                counts.merge(word(mention), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean isSurnameIn(String word, List<EntityMention> mentions) {
        return mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .map(m -> NameText.tokens(NameText.clean(m.text())))
                .anyMatch(tokens -> tokens.size() >= 2 && tokens.getLast().equals(word));
    }

    private static String word(EntityMention mention) {
        return NameText.clean(mention.text());
    }

    /** "David", not "DAVID", "D." or "McDavid". */
    private static boolean isCapitalisedWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
