package dev.lede.enrich;

import dev.lede.model.EditDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the person mentions of one article into distinct canonical names.
 *
 * <p>Within an article, "Trump", "Mr. Trump" and "President Trump's" all name the person introduced as "Donald
 * Trump", so each is counted under that full name. A partial name goes to the one longer name in the article that
 * contains it; when two people share it ("Clinton" next to "Bill Clinton" and "Hillary Clinton") the partial
 * mention is dropped rather than guessed, since both full names are listed anyway.
 */
final class PersonNames {

    /** Titles of this many letters or more are told apart from any name when written with one slip. */
    private static final int SHORTEST_MISSPELT_TITLE = 7;

    /**
     * Of those titles, the one a given name is one slip from ("Justine"): of the SCOWL word lists' proper names, the
     * only one so near a title.
     */
    private static final Set<String> TITLES_NEAR_NAMES = Set.of("justice");

    /** The titles a slip is looked for in, found once rather than per name. */
    private static final List<String> SLIPPED_TITLES = NameWords.TITLES.stream()
            .filter(title -> title.length() >= SHORTEST_MISSPELT_TITLE && !TITLES_NEAR_NAMES.contains(title))
            .toList();

    /** Words of a surname written in lower case inside a name ("van", "de la", "bin", "al-"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "der", "den", "des", "du", "la", "le", "van", "von", "bin", "bint", "ibn",
            "al", "el", "dos", "das", "do", "ter", "ten", "zu", "zur", "af", "av", "ould");

    private PersonNames() {}

    /** Distinct canonical names, in the order the article first mentions each person. */
    static List<String> canonicalize(List<String> mentions) {
        List<Name> named = distinctNames(mentions);
        List<Name> names =
                named.stream().filter(name -> !pairsOthers(name, named)).toList();
        Map<List<String>, Name> longestSpelling = longestSpellingPerPerson(names);
        Resolver resolver = new Resolver(names, longestSpelling);
        Set<String> canonical = new LinkedHashSet<>();
        for (Name name : names) {
            resolver.resolve(name).ifPresent(resolved -> canonical.add(capitalised(resolved.text())));
        }
        return List.copyOf(canonical);
    }

    /**
     * A name a story written in lower case gives ("finance minister manuel azpurua"), capitalised as names are written:
     * "Manuel Azpurua", "Javier perez de cuellar" as "Javier Perez de Cuellar", "ali al-sabah" as "Ali al-Sabah"; a
     * surname's particles stay in lower case after the first word. A name with a capital is kept as written.
     */
    static String capitalised(String name) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String[] words = name.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String[] parts = words[i].split("-", -1);
            for (int j = 0; j < parts.length; j++) {
                boolean particle = (i > 0 || j < parts.length - 1) && SURNAME_PARTICLES.contains(parts[j]);
                if (!particle && !parts[j].isEmpty()) {
                    parts[j] = parts[j].substring(0, 1).toUpperCase(Locale.ROOT) + parts[j].substring(1);
                }
            }
            words[i] = String.join("-", parts);
        }
        return String.join(" ", words);
    }

    /**
     * Whether the name is two surnames of people named in full elsewhere in the article joined by a hyphen: "the
     * Blair-Brown rift" beside Tony Blair and Gordon Brown names two people, not a third.
     */
    private static boolean pairsOthers(Name name, List<Name> names) {
        List<String> parts = name.hyphenParts();
        if (name.tokenKeys().size() != 1 || parts.size() < 2) {
            return false;
        }
        Set<String> surnames = new HashSet<>();
        for (Name other : names) {
            if (other.tokenKeys().size() > 1) {
                surnames.add(other.tokenKeys().getLast());
            }
        }
        return surnames.containsAll(parts);
    }

    /**
     * One mention without whitespace runs, quotes, possessive or leading titles; empty for pronouns, initials and
     * titles without a name.
     */
    static Optional<String> clean(String mention) {
        // a parenthesis opens an aside ("James E. (Jim) Baker"), never the rest of the name
        int aside = mention.indexOf('(');
        String named = aside >= 0 ? mention.substring(0, aside) : mention;
        List<String> tokens = new ArrayList<>(NameText.tokens(NameText.clean(named)));
        if (!stripLeadingTitles(tokens)) {
            return Optional.empty();
        }
        dropDescriptionBeforeTheName(tokens);
        dropPostNominals(tokens);
        String name = NameText.trimPunctuation(String.join(" ", tokens));
        boolean onlyInitials = NameText.tokens(name).stream().allMatch(PersonNames::isInitial);
        if (name.isEmpty()
                || onlyInitials
                || NameText.letterCount(name) < 2
                || NameWords.PRONOUNS.contains(NameText.key(name))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * "Chelsea boss Jose Mourinho" is Jose Mourinho: a word in lower case inside a name, before a capitalised one, ends
     * a description of the person, unless it is a particle of the name itself: a short one ("van", "bin", "de la") or
     * one of the few longer ones ("della", "ould").
     */
    private static void dropDescriptionBeforeTheName(List<String> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            if (isDescriptionWord(tokens.get(i)) && startsCapitalised(tokens.get(i + 1))) {
                tokens.subList(0, i + 1).clear();
                return;
            }
        }
    }

    /** "Frank Field MP" is Frank Field: letters for a seat or an honour after two words of a name or more. */
    private static void dropPostNominals(List<String> tokens) {
        while (tokens.size() > 2 && NameWords.POST_NOMINALS.contains(NameText.trimPunctuation(tokens.getLast()))) {
            tokens.removeLast();
        }
    }

    private static boolean startsCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isDescriptionWord(String token) {
        return token.length() >= 4
                && token.chars().allMatch(Character::isLowerCase)
                && !NameWords.LONG_PARTICLES.contains(token);
    }

    /** Removes titles in front of the name; false when nothing but titles is left. */
    private static boolean stripLeadingTitles(List<String> tokens) {
        boolean stripped = true;
        while (stripped && !tokens.isEmpty()) {
            stripped = false;
            List<String> keys = keysOf(tokens);
            for (List<String> title : NameWords.MULTI_WORD_TITLES) {
                if (keys.size() >= title.size() && keys.subList(0, title.size()).equals(title)) {
                    tokens.subList(0, title.size()).clear();
                    stripped = true;
                    break;
                }
            }
            boolean nameFollows = keys.size() > 1;
            if (!stripped
                    && (NameWords.TITLES.contains(keys.getFirst())
                            || nameFollows && NameWords.LEADING_NON_NAMES.contains(keys.getFirst())
                            || nameFollows && NameWords.PORTFOLIOS.contains(keys.getFirst())
                            || nameFollows && isMisspeltTitle(keys.getFirst()))) {
                tokens.removeFirst();
                stripped = true;
            }
        }
        return !tokens.isEmpty();
    }

    /**
     * A long title written with one slip ("Preesident Nixon", "Prersident Jose Sarney", "Miniister H. Onno Ruding"):
     * long enough that hardly a name is one slip from it, and no common given name.
     */
    private static boolean isMisspeltTitle(String key) {
        return key.length() >= SHORTEST_MISSPELT_TITLE - 1
                && !GivenNames.contains(key)
                && SLIPPED_TITLES.stream()
                        .filter(title -> Math.abs(title.length() - key.length()) <= 1)
                        .anyMatch(title -> EditDistance.between(key, title) == 1);
    }

    private static List<Name> distinctNames(List<String> mentions) {
        Map<List<String>, Name> byTokens = new LinkedHashMap<>();
        for (String mention : mentions) {
            clean(mention).map(Name::of).ifPresent(name -> byTokens.merge(name.tokenKeys(), name, Name::usualSpelling));
        }
        return List.copyOf(byTokens.values());
    }

    /** "Donald Trump" and "Donald J. Trump" are one person; both are counted under the longer spelling. */
    private static Map<List<String>, Name> longestSpellingPerPerson(List<Name> names) {
        Map<List<String>, Name> longest = new HashMap<>();
        for (Name name : names) {
            List<String> withoutInitials = name.withoutInitials();
            if (withoutInitials.size() >= 2) {
                longest.merge(
                        withoutInitials,
                        name,
                        (a, b) -> b.tokenKeys().size() > a.tokenKeys().size() ? b : a);
            }
        }
        return longest;
    }

    private static boolean isInitial(String token) {
        return token.matches("\\p{L}\\.?");
    }

    private static List<String> keysOf(List<String> tokens) {
        return tokens.stream()
                .map(token -> token.replace(".", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Maps each name to the full name it stands for, remembering answers since partial names chain. */
    private static final class Resolver {
        private final List<Name> names;
        private final Map<List<String>, Name> longestSpelling;
        private final Map<Name, Optional<Name>> resolved = new HashMap<>();

        Resolver(List<Name> names, Map<List<String>, Name> longestSpelling) {
            this.names = names;
            this.longestSpelling = longestSpelling;
        }

        /** The canonical name, or empty when the mention fits more than one person. */
        Optional<Name> resolve(Name name) {
            Optional<Name> known = resolved.get(name);
            if (known != null) {
                return known;
            }
            Set<Optional<Name>> outcomes = new LinkedHashSet<>();
            for (Name longer : names) {
                if (longer.contains(name)) {
                    outcomes.add(resolve(longer));
                }
            }
            Optional<Name> result;
            if (outcomes.isEmpty()) {
                result = Optional.of(longestSpelling.getOrDefault(name.withoutInitials(), name));
            } else if (outcomes.size() == 1) {
                result = outcomes.iterator().next();
            } else {
                result = Optional.empty();
            }
            resolved.put(name, result);
            return result;
        }
    }

    private record Name(String text, List<String> tokenKeys) {

        static Name of(String text) {
            return new Name(text, keysOf(NameText.tokens(text)));
        }

        List<String> withoutInitials() {
            return tokenKeys.stream().filter(token -> token.length() > 1).toList();
        }

        /**
         * Whether this longer name contains the shorter one as consecutive words, e.g. "Donald Trump" ⊃ "Trump", the
         * parts of a hyphenated name counted as words ("Robert Kilroy-Silk" ⊃ "Kilroy").
         */
        boolean contains(Name shorter) {
            // "Donald Trump Jr." is not the "Donald Trump" or the "Trump" of the same article
            boolean addsSuffix = hasGenerationalSuffix() && !shorter.hasGenerationalSuffix();
            List<String> parts = hyphenParts();
            List<String> shorterParts = shorter.hyphenParts();
            return parts.size() > shorterParts.size()
                    && !addsSuffix
                    && Collections.indexOfSubList(parts, shorterParts) >= 0;
        }

        List<String> hyphenParts() {
            return tokenKeys.stream()
                    .flatMap(token -> Arrays.stream(token.split("-")))
                    .filter(part -> !part.isEmpty())
                    .toList();
        }

        boolean hasGenerationalSuffix() {
            return NameWords.GENERATIONAL_SUFFIXES.contains(tokenKeys.getLast());
        }

        Name usualSpelling(Name other) {
            return NameText.usualSpelling(text, other.text).equals(text) ? this : other;
        }
    }
}
