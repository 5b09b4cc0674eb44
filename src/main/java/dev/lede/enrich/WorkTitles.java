package dev.lede.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the story writes right after the kind of work it titles, in lower case and on the same line, is the work's
 * title wherever the story writes it: "the thriller Hotel Rwanda", "Oliver Stone's epic Alexander", "children's film
 * Mary Poppins", "his album Egypt", "the drama Wasp". The recognizer has no label for works and takes such titles for
 * people, places or firms; none of them is one. So is a part of the title the story writes only inside it ("Kong" of
 * "King Kong"). The title is the whole run of capitalised words, and a kind after "a" or "an" describes rather than
 * names ("an epic New York Marathon contest" titles nothing). Words that are also verbs or adjectives before a name ("play", "show", "hit", "western",
 * "blockbuster West End musicals") are not asked.
 */
final class WorkTitles {

    private static final Set<String> KINDS_OF_WORK = Set.of(
            "film",
            "movie",
            "comedy",
            "drama",
            "epic",
            "thriller",
            "musical",
            "album",
            "novel",
            "sitcom",
            "documentary",
            "biopic",
            "cartoon",
            "opera",
            "remake",
            "sequel");

    /**
     * A word in lower case, spaces (no line break: a headline ends there) and a capital; not after "a" or "an", where
     * the word describes what follows ("an epic New York Marathon contest").
     */
    private static final Pattern WORD_BEFORE_A_CAPITAL =
            Pattern.compile("(?<![\\p{L}'-])(?<!\\b[Aa]n? )(\\p{Ll}+) +(?=\\p{Lu})");

    private WorkTitles() {}

    /** The mentions without those of names the story gives as a work's title, or writes only inside one. */
    static List<EntityMention> without(String text, List<EntityMention> mentions) {
        Set<Integer> titleStarts = titleStarts(text);
        if (titleStarts.isEmpty()) {
            return mentions;
        }
        Set<String> titles = new HashSet<>();
        for (EntityMention mention : mentions) {
            String name = mention.text().strip();
            if (startsATitle(text, name, titleStarts)) {
                titles.add(name);
            }
        }
        if (titles.isEmpty()) {
            return mentions;
        }
        Map<String, Boolean> inTitles = new HashMap<>();
        return mentions.stream()
                .filter(m -> !inTitles.computeIfAbsent(m.text().strip(), name -> isInTitles(text, name, titles)))
                .toList();
    }

    /** Where a capitalised word follows a kind of work. */
    private static Set<Integer> titleStarts(String text) {
        Set<Integer> starts = new HashSet<>();
        Matcher word = WORD_BEFORE_A_CAPITAL.matcher(text);
        while (word.find()) {
            if (KINDS_OF_WORK.contains(word.group(1))) {
                starts.add(word.end());
            }
        }
        return starts;
    }

    /** Whether the name is written at a title's start as its whole run of capitalised words. */
    private static boolean startsATitle(String text, String name, Set<Integer> titleStarts) {
        for (int start : titleStarts) {
            if (text.startsWith(name, start) && endsTheCapitalisedRun(text, start + name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsTheCapitalisedRun(String text, int end) {
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next == end || next == text.length() || !Character.isUpperCase(text.charAt(next));
    }

    /** A title itself, or a part of one that every one of its occurrences in the text lies inside. */
    private static boolean isInTitles(String text, String name, Set<String> titles) {
        if (titles.contains(name)) {
            return true;
        }
        for (String title : titles) {
            int offset = title.indexOf(name);
            if (offset >= 0 && isWordAt(title, offset, name.length()) && onlyInside(text, name, title, offset)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyInside(String text, String name, String title, int offset) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (isWordAt(text, at, name.length()) && !text.startsWith(title, at - offset)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordAt(String text, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
