package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that the recognizer cut from the name of a thing: a rate, an index, a law, a treaty, a prize, a cup. In
 * "London Interbank Offered Rate", "Finance Bill", "Heineken Cup" or "Jesse Owens Award" the recognizer often labels
 * the first words an organisation or a person, and the story names no such organisation or person: it names the
 * rate, the bill, the tournament or the award. A person or organisation is dropped when every time the body writes it,
 * it runs on through a few capitalised words into a word for such a thing (line breaks read as spaces); written once
 * elsewhere ("Heineken said"), it stays. The title is not read: headlines in title case capitalise every word. An
 * "organisation" whose whole name is such a thing's ("Nikkei Stock Average") is dropped too.
 */
final class NamedThings {

    /** The last word of a thing's name, as written (capitalised). */
    private static final Set<String> THING_WORDS = Set.of(
            "Rate",
            "Rates",
            "Index",
            "Indices",
            "Indexes",
            "Average",
            "Act",
            "Accord",
            "Accords",
            "Agreement",
            "Treaty",
            "Pact",
            "Protocol",
            "Doctrine",
            "Amendment",
            "Bill",
            "Law",
            "Plan",
            "Initiative",
            "Prize",
            "Prizes",
            "Award",
            "Awards",
            "Trophy",
            "Cup",
            "Medal",
            "Syndrome",
            "Disease");

    private static final int SHORTEST_THING_WORD =
            THING_WORDS.stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST_THING_WORD =
            THING_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    /** Things' words that name bodies too, as their members' alliance does. */
    private static final Set<String> ALLIANCE_WORDS = Set.of("Pact");

    /** Words before a name's last one that make the name an institution of that thing. */
    private static final Set<String> CONNECTIVES = Set.of("of", "for", "and", "&", "the");

    /** How many capitalised words may stand between the name and its thing ("Offered" in "… Interbank Offered Rate"). */
    private static final int MAX_WORDS_BETWEEN = 3;

    private NamedThings() {}

    /** The mentions without the people and organisations that, in this body, only start the name of a thing. */
    static List<EntityMention> without(String body, List<EntityMention> mentions) {
        boolean thingsWritten = writesAThingsWord(body);
        String oneLine = thingsWritten ? NameText.normalizeWhitespace(body) : "";
        Map<String, Boolean> startsOnlyThings = new HashMap<>();
        return mentions.stream()
                .filter(m -> m.kind() == EntityKind.PLACE
                        || !isAThingsName(m)
                                && !(thingsWritten
                                        && startsOnlyThings.computeIfAbsent(
                                                NameText.normalizeWhitespace(m.text()),
                                                name -> startsOnlyThings(oneLine, name))))
                .toList();
    }

    /**
     * An "organisation" named as a thing is one ("International Cocoa Agreement", "Consumer Credit Bill"), but not
     * one whose thing is what it is of or for ("College of Law", "Equity & Law"), nor an alliance ("Warsaw Pact").
     * People keep such surnames ("Jude Law").
     */
    private static boolean isAThingsName(EntityMention mention) {
        if (mention.kind() != EntityKind.ORGANIZATION) {
            return false;
        }
        String name = mention.text().strip();
        if (!THING_WORDS.contains(name.substring(lastWordStart(name)))) {
            return false;
        }
        String[] words = NameText.normalizeWhitespace(name).split(" ");
        return words.length >= 2
                && !ALLIANCE_WORDS.contains(words[words.length - 1])
                && !CONNECTIVES.contains(words[words.length - 2].toLowerCase(Locale.ROOT));
    }

    private static int lastWordStart(String name) {
        int start = name.length();
        while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether the body writes a thing's word at all, which most do not: a pass over its capitalised words. */
    private static boolean writesAThingsWord(String body) {
        for (int at = 0; at < body.length(); at++) {
            if (Character.isUpperCase(body.charAt(at)) && isWordStart(body, at)) {
                int end = wordEnd(body, at);
                if (end - at >= SHORTEST_THING_WORD
                        && end - at <= LONGEST_THING_WORD
                        && THING_WORDS.contains(body.substring(at, end))) {
                    return true;
                }
                at = end;
            }
        }
        return false;
    }

    private static boolean startsOnlyThings(String body, String name) {
        if (name.isEmpty()) {
            return false;
        }
        boolean written = false;
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!isWordStart(body, at) || !isWordEnd(body, end)) {
                continue;
            }
            if (!runsIntoAThing(body, end)) {
                return false;
            }
            written = true;
        }
        return written;
    }

    /** Whether the words after {@code from} are a few capitalised ones ending in a thing's word. */
    private static boolean runsIntoAThing(String body, int from) {
        int at = from;
        for (int words = 0; words <= MAX_WORDS_BETWEEN; words++) {
            if (at >= body.length() || body.charAt(at) != ' ') {
                return false;
            }
            int start = at + 1;
            int end = wordEnd(body, start);
            if (end == start || !Character.isUpperCase(body.charAt(start))) {
                return false;
            }
            if (THING_WORDS.contains(body.substring(start, end))) {
                return true;
            }
            at = end;
        }
        return false;
    }

    /** The end of the word at {@code start}: letters, digits, and hyphens, apostrophes or dots inside it. */
    private static int wordEnd(String body, int start) {
        int end = start;
        while (end < body.length()) {
            char c = body.charAt(end);
            boolean inner = (c == '-' || c == '\'' || c == '.')
                    && end + 1 < body.length()
                    && Character.isLetterOrDigit(body.charAt(end + 1));
            if (!Character.isLetterOrDigit(c) && !inner) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isWordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean isWordEnd(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
