package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags an input gives as lower-case slugs, as Reuters-21578 does ("worldbank", "leigh-pemberton", "adb-asia"), read
 * as the names the article itself writes ("World Bank", "Leigh-Pemberton", "Asian Development Bank"), so that they
 * join the values extraction finds instead of standing beside them in a spelling of their own ("Worldbank", "Adb
 * Asia"). A tag with a capital is a name already and is kept as written; a slug the article does not write is
 * title-cased ("el-salvador": "El Salvador").
 */
final class SluggedTags {

    private static final int MAX_ACRONYM_LETTERS = 5;

    /** Words a spelled-out name may hold that its acronym leaves out ("Organisation of ... Countries"). */
    private static final Set<String> MINOR_WORDS = Set.of("of", "for", "and", "the", "on", "in", "&");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&'\u2019-]+");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    private SluggedTags() {}

    /** A person tag as a name: the article's spelling of a slug ("de-clercq": "de Clercq"), else title-cased. */
    static String person(String tag, String text) {
        String trimmed = tag.strip();
        if (!isSlug(trimmed)) {
            return trimmed;
        }
        return written(trimmed, text, false).orElseGet(() -> titleCase(trimmed));
    }

    /**
     * An organisation tag as a name: a short one-word slug is an acronym ("opec": "OPEC"); a longer one takes the
     * article's spelling ("worldbank": "World Bank"), one word the article writes only in capitals staying so
     * ("unctad": "UNCTAD"); an acronym with a qualifier ("ico-coffee", "adb-africa") the name
     * the article spells out with those initials ("International Coffee Organization"), else the acronym and its
     * qualifier ("ICO Coffee").
     */
    static String organization(String tag, String text) {
        String trimmed = tag.strip();
        if (!isSlug(trimmed)) {
            return trimmed;
        }
        if (isAcronym(trimmed)) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        int hyphen = trimmed.indexOf('-');
        if (hyphen > 0 && isAcronym(trimmed.substring(0, hyphen))) {
            String acronym = trimmed.substring(0, hyphen);
            String qualifier = trimmed.substring(hyphen + 1);
            return spelledOut(acronym, qualifier, text)
                    .orElseGet(() -> acronym.toUpperCase(Locale.ROOT) + " " + titleCase(qualifier));
        }
        return written(trimmed, text, true).orElseGet(() -> titleCase(trimmed));
    }

    /** A place tag as a name: the gazetteer resolves spellings, so a slug is only title-cased. */
    static String place(String tag) {
        String trimmed = tag.strip();
        return isSlug(trimmed) ? titleCase(trimmed) : trimmed;
    }

    private static boolean isSlug(String tag) {
        return tag.equals(tag.toLowerCase(Locale.ROOT));
    }

    private static boolean isAcronym(String word) {
        return !word.isEmpty()
                && word.length() <= MAX_ACRONYM_LETTERS
                && word.chars().allMatch(Character::isLetter);
    }

    /**
     * The slug as the article writes it, in any case: its letters in order, with a space, a hyphen or a dot where the
     * slug has a separator and maybe one where it has none ("worldbank" in "World Bank"); the first spelling in mixed
     * case, else the first title-cased ("KING FAHD": "King Fahd"); empty when the article does not write it.
     */
    private static Optional<String> written(String slug, String text, boolean acronymsInCapitals) {
        List<String> spellings = new ArrayList<>();
        int first = firstLetterOrDigit(slug);
        for (int at = 0; first >= 0 && at < text.length(); at++) {
            if (Character.toLowerCase(text.charAt(at)) == slug.charAt(first)) {
                int end = spellingEnd(slug, first, text, at);
                if (end > at) {
                    spellings.add(text.substring(at, end));
                    at = end;
                }
            }
        }
        return asWritten(spellings, acronymsInCapitals);
    }

    private static int firstLetterOrDigit(String slug) {
        for (int i = 0; i < slug.length(); i++) {
            if (Character.isLetterOrDigit(slug.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the slug written from {@code at} ends, a whole word or words; -1 when it is not written there. */
    private static int spellingEnd(String slug, int first, String text, int at) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return -1;
        }
        int next = at;
        boolean separator = false;
        for (int i = first; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                separator = true;
                continue;
            }
            if (i > first) {
                int afterSeparator = separatorEnd(text, next);
                if (separator && afterSeparator == next) {
                    return -1;
                }
                next = afterSeparator;
            }
            if (next >= text.length() || Character.toLowerCase(text.charAt(next)) != c) {
                return -1;
            }
            next++;
            separator = false;
        }
        return next < text.length() && Character.isLetterOrDigit(text.charAt(next)) ? -1 : next;
    }

    /** After the space, hyphen or dot that may stand between two letters of a slug at {@code at}; {@code at} if none. */
    private static int separatorEnd(String text, int at) {
        if (at < text.length() && text.charAt(at) == '-') {
            return at + 1;
        }
        int next = at < text.length() && text.charAt(at) == '.' ? at + 1 : at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    /**
     * The first name in mixed case, else the first title-cased (a headline in capitals, a story in lower case), or
     * kept in capitals when it is one word and {@code acronymsInCapitals} ("UNCTAD").
     */
    private static Optional<String> asWritten(List<String> names, boolean acronymsInCapitals) {
        List<String> spaced = names.stream()
                .map(name -> WHITESPACE_RUN.matcher(name).replaceAll(" "))
                .toList();
        return spaced.stream()
                .filter(SluggedTags::isInMixedCase)
                .findFirst()
                .or(() -> spaced.stream()
                        .findFirst()
                        .map(name -> acronymsInCapitals && isOneWordInCapitals(name) ? name : titleCaseWords(name)));
    }

    private static boolean isOneWordInCapitals(String name) {
        return name.chars().allMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static boolean isInMixedCase(String name) {
        return !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The name the article spells out for an acronym and its qualifier: capitalised words, minor words aside, that
     * begin with the acronym's letters in order, one of them beginning with the qualifier ("International Coffee
     * Organization" for "ico-coffee", "African Development Bank" for "adb-africa"), separated by spaces only; the
     * first in mixed case as {@link #written} takes it.
     */
    private static Optional<String> spelledOut(String acronym, String qualifier, String text) {
        List<String> names = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            Word word = new Word(matcher.start(), matcher.end(), matcher.group());
            boolean joined = !run.isEmpty()
                    && text.substring(run.getLast().end(), word.start()).isBlank();
            boolean mayBeInAName = word.isCapitalised() || MINOR_WORDS.contains(word.text());
            if (!joined || !mayBeInAName) {
                spelledOutIn(run, acronym, qualifier, text).ifPresent(names::add);
                run.clear();
            }
            if (mayBeInAName) {
                run.add(word);
            }
        }
        spelledOutIn(run, acronym, qualifier, text).ifPresent(names::add);
        return asWritten(names, false);
    }

    private static Optional<String> spelledOutIn(List<Word> run, String acronym, String qualifier, String text) {
        for (int first = 0; first < run.size(); first++) {
            if (!run.get(first).isCapitalised()) {
                continue;
            }
            int letter = 0;
            boolean qualified = false;
            for (int last = first; last < run.size(); last++) {
                Word word = run.get(last);
                if (!word.isCapitalised()) {
                    continue;
                }
                String lower = word.text().toLowerCase(Locale.ROOT);
                if (lower.charAt(0) != acronym.charAt(letter)) {
                    break;
                }
                qualified |= lower.startsWith(qualifier);
                letter++;
                if (letter == acronym.length()) {
                    if (!qualified) {
                        break;
                    }
                    String name = text.substring(run.get(first).start(), word.end());
                    return Optional.of(POSSESSIVE.matcher(name).replaceFirst(""));
                }
            }
        }
        return Optional.empty();
    }

    private static String titleCase(String slug) {
        return titleCaseWords(slug.replace('-', ' ').replace('_', ' ').strip());
    }

    /** The words in title case as {@link MentionKinds#titleCase} writes names given in capitals, spaced singly. */
    private static String titleCaseWords(String words) {
        return MentionKinds.titleCase(
                WHITESPACE_RUN.matcher(words).replaceAll(" ").toUpperCase(Locale.ROOT));
    }

    private record Word(int start, int end, String text) {
        boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }
}
