package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A name the story writes only inside a longer name the recognizer also found is no mention of its own: "Mexico" in a
 * story that only says "the Gulf of Mexico", "Turkey" in "Turkey Point", "Munich" in "Munich Re", or "Roebuck and Co"
 * where the story writes "Sears, Roebuck and Co" throughout. A name written once on its own anywhere in the title or
 * body stays, whatever else encloses it ("the European Community" beside "the European Community Commission"), in
 * capitals too (a headline's "EXXON" beside "Exxon Co USA" in the body) or broken over two lines. So does a country
 * inside an organisation's name, whose country it is ("Air Canada", "the Bank of Japan"). Names are matched at word
 * edges, as written or in capitals (a hyphen is an edge: "Hydro" in "Hydro-Quebec").
 */
final class EnclosedNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EnclosedNames() {}

    /**
     * The mentions without those of a name that the text writes only inside longer mentioned names.
     *
     * @param isCountry whether a place's name is a country's
     */
    static List<EntityMention> without(String text, List<EntityMention> mentions, Predicate<String> isCountry) {
        Map<String, Set<EntityKind>> kinds = new LinkedHashMap<>();
        mentions.forEach(m -> kinds.computeIfAbsent(spaced(m.text()), k -> EnumSet.noneOf(EntityKind.class))
                .add(m.kind()));
        Written story = new Written(spaced(text));
        Map<String, Written> names = new HashMap<>();
        Map<EntityMention, Boolean> enclosed = new HashMap<>();
        return mentions.stream()
                .filter(m -> !enclosed.computeIfAbsent(
                        m,
                        mention -> isOnlyWrittenInside(
                                spaced(mention.text()),
                                enclosers(mention, kinds, isCountry),
                                story,
                                name -> names.computeIfAbsent(name, Written::new))))
                .toList();
    }

    /** The names that may enclose a mention's: all of them, but organisations' for a country. */
    private static Set<String> enclosers(
            EntityMention mention, Map<String, Set<EntityKind>> kinds, Predicate<String> isCountry) {
        if (mention.kind() != EntityKind.PLACE || !isCountry.test(mention.text())) {
            return kinds.keySet();
        }
        Set<String> names = new LinkedHashSet<>();
        kinds.forEach((name, of) -> {
            if (!of.equals(EnumSet.of(EntityKind.ORGANIZATION))) {
                names.add(name);
            }
        });
        return names;
    }

    /** With one space for every run of spaces and line breaks, as a wire breaks a name over two lines. */
    private static String spaced(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    private static boolean isOnlyWrittenInside(
            String name, Set<String> names, Written story, Function<String, Written> asWritten) {
        List<Integer> written = story.occurrences(name);
        if (written.isEmpty()) {
            return false; // a name made by the rules, not written as such: nothing to tell
        }
        Set<Integer> inside = new HashSet<>();
        for (String longer : names) {
            if (longer.length() <= name.length()) {
                continue;
            }
            List<Integer> withinLonger = asWritten.apply(longer).occurrences(name);
            if (!withinLonger.isEmpty()) {
                for (int at : story.occurrences(longer)) {
                    withinLonger.forEach(within -> inside.add(at + within));
                }
            }
        }
        return inside.containsAll(written);
    }

    /**
     * A text in which names are found as written or in capitals, as a shouted headline writes them ("MOBIL &lt;MOB&gt;
     * TO UPGRADE REFINERY"); "liberal Democrats" is no writing of the party "Liberal Democrats".
     */
    private record Written(String text, String folded) {

        Written(String text) {
            this(text, text.toLowerCase(Locale.ROOT));
        }

        /** Where {@code name} starts with no letter or digit right before or after it. */
        List<Integer> occurrences(String name) {
            List<Integer> starts = new ArrayList<>();
            if (name.isBlank()) {
                return starts;
            }
            boolean foldable = folded.length() == text.length();
            String haystack = foldable ? folded : text;
            String needle = foldable ? name.toLowerCase(Locale.ROOT) : name;
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (isEdge(at - 1) && isEdge(end) && isWritingOf(name, at, end)) {
                    starts.add(at);
                }
            }
            return starts;
        }

        private boolean isWritingOf(String name, int start, int end) {
            String span = text.substring(start, end);
            return span.equals(name) || span.equals(span.toUpperCase(Locale.ROOT));
        }

        private boolean isEdge(int at) {
            return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
        }
    }
}
