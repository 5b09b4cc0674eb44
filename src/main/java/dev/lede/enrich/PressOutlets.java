package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * A name the story calls a newspaper, a magazine or a news agency, right before or after the word ("the daily
 * Politiken", "the Basque newspaper Gara", "the Mercurio newspaper reported", "Indonesia's Antara news agency"): the
 * outlet, an organisation, whatever the recognizer took it for. Not where the outlet is ("a London newspaper", "the
 * Manila newspaper Sunday Times"), nor its owner ("Murdoch newspapers"), nor "daily" as an adverb ("leaves Heathrow
 * daily.").
 */
final class PressOutlets {

    private static final String OUTLET = "(?:newspaper|magazine|tabloid|news\\s+agency)";

    /**
     * The outlet's kind right before its name, after a word that says which ("the Basque newspaper Gara", "the army
     * newspaper Quan Doi Nhan Dan"), not after "the" alone: "told the newspaper Blair was wrong" names a person.
     */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?<![\\p{L}'\u2019-])(?!(?i:the|a|an|of|its|his|her|their|this|that|to|by|in|for)\\s)[\\p{L}'\u2019-]+\\s+"
                    + OUTLET + "\\s+$");

    /** "daily" or "weekly" as a noun right before the name: "the daily Politiken", "Ivorian daily Fraternite Matin". */
    private static final Pattern PERIODICAL_BEFORE = Pattern.compile("(?<![\\p{L}-])(?:daily|weekly)\\s+$");

    /**
     * The kind right after the name, and no name of its own after the kind: "the Manila newspaper Sunday Times" names
     * the paper's town. "daily" and "weekly" only before a word in lower case ("Zycie Warszawy daily said"), not at a
     * clause's end, where they say how often.
     */
    private static final Pattern KIND_AFTER =
            Pattern.compile("\\s+(?:" + OUTLET + "\\b(?!\\s+\\p{Lu})|(?:daily|weekly)(?=\\s+\\p{Ll}))");

    /** A name after "a" is where or whose the outlet is ("a London newspaper", "a Murdoch tabloid"). */
    private static final Pattern ONE_OF_MANY_BEFORE = Pattern.compile("(?<![\\p{L}-])(?:[Aa]|[Aa]n)\\s+$");

    /** What makes the name only the start of a longer one ("the daily Hannoversche Allgemeine"). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("(?:['\u2019]s)?\\s+\\p{Lu}|-\\p{Lu}");

    private static final int LOOK_BEHIND = 40;

    private PressOutlets() {}

    /** Whether the text writes the name somewhere as a newspaper's, a magazine's or a news agency's. */
    static boolean isNamedAsAnOutlet(String text, String name) {
        return ContextWords.isWrittenWhere(
                text, name, (at, end) -> isOutletAt(text, text.substring(Math.max(0, at - LOOK_BEHIND), at), end));
    }

    /**
     * Whether the name that ends at {@code end}, after {@code before}, stands as an outlet's there.
     *
     * @param before the text right before the name
     */
    static boolean isOutletAt(String text, String before, int end) {
        String near = before.substring(Math.max(0, before.length() - LOOK_BEHIND));
        boolean kindBefore = (KIND_BEFORE.matcher(near).find()
                        || PERIODICAL_BEFORE.matcher(near).find())
                && !lookingAt(NAME_GOES_ON, text, end);
        boolean kindAfter = lookingAt(KIND_AFTER, text, end)
                && !ONE_OF_MANY_BEFORE.matcher(near).find();
        return kindBefore || kindAfter;
    }

    private static boolean lookingAt(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).lookingAt();
    }
}
