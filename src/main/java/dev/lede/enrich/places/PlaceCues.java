package dev.lede.enrich.places;

import java.util.regex.Pattern;

/**
 * What the words around a place name say about the kind of place it is, for a name a state or region shares with a
 * country ("Georgia", "Mexico", "Punjab"): "governor of Georgia", "Georgia's legislature" speak of a state; "President
 * of Georgia", "Georgia's parliament", "the Georgian president" of a country; so do the names it is listed with
 * ({@link CoordinatedNames}). Only a one-sided verdict counts.
 */
final class PlaceCues {

    enum Cue {
        STATE,
        COUNTRY,
        NONE
    }

    private static final String POSSESSIVE = "(?:'s|’s)";
    static final EndAnchored STATE_BEFORE = EndAnchored.of(
            "(?:\\b(?:[Gg]overnor|[Ss]tate|[Ll]egislature"
                    + "|[Ss]tatehouse|[Cc]ounties)\\s+of|\\b(?:[Ss]enators?|[Cc]ongress(?:wo)?man|[Rr]epresentatives?)\\s+from)"
                    + "\\s+$",
            "of",
            "from");
    private static final Pattern STATE_AFTER = Pattern.compile(POSSESSIVE + "?\\s+(?:[Gg]overnor|[Ll]egislature"
            + "|[Ss]tate\\s+(?:[Ll]egislature|[Ss]enate|[Hh]ouse|[Ss]enators?|officials?|law)|[Gg]eneral\\s+[Aa]ssembly"
            + "|[Ss]tatehouse|[Cc]ounties)\\b");
    private static final String NATIONAL_OFFICES = "(?:[Pp]resident|[Pp]rime\\s+[Mm]inister|[Pp]arliament"
            + "|[Ee]mbassy|[Aa]mbassador|[Ff]oreign\\s+[Mm]inist(?:er|ry)|[Aa]rmy|[Cc]entral\\s+[Bb]ank)";
    static final EndAnchored COUNTRY_BEFORE =
            EndAnchored.of("\\b(?:" + NATIONAL_OFFICES + "|[Rr]epublic)\\s+of\\s+$", "of");
    private static final Pattern COUNTRY_AFTER = Pattern.compile(POSSESSIVE + "\\s+" + NATIONAL_OFFICES + "\\b");
    private static final String NATIONAL_BODIES =
            "(?:" + NATIONAL_OFFICES + "|[Gg]overnment|[Tt]roops|[Ff]orces|[Oo]pposition)";
    private static final Pattern FINAL_VOWEL = Pattern.compile("[aeiouy]$");
    private static final int LOOK_BEHIND = 40;

    private PlaceCues() {}

    /** The verdict of the words around every place the text writes the name, and of its adjective before an office. */
    static Cue of(String name, String text) {
        return of(name, text, null);
    }

    /** The same, with the names each mention is listed with, where {@code listed} is given. */
    static Cue of(String name, String text, CoordinatedNames listed) {
        boolean state = false;
        boolean country = adjectiveBeforeNationalBody(name, text);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
            int end = at + name.length();
            Cue neighbours = listed == null ? Cue.NONE : listed.at(name, text, at);
            state |= STATE_BEFORE.find(before) || lookingAt(STATE_AFTER, text, end) || neighbours == Cue.STATE;
            country |= COUNTRY_BEFORE.find(before) || lookingAt(COUNTRY_AFTER, text, end) || neighbours == Cue.COUNTRY;
        }
        if (state == country) {
            return Cue.NONE;
        }
        return state ? Cue.STATE : Cue.COUNTRY;
    }

    /** "the Georgian president", "Mexican troops": the country's adjective, formed from its name, before an office. */
    private static boolean adjectiveBeforeNationalBody(String name, String text) {
        if (name.contains(" ")) {
            return false;
        }
        String stem = FINAL_VOWEL.matcher(name).replaceFirst("");
        // the text scan below compiles a pattern per name; most texts hold no adjective of the name at all
        boolean mayHoldAdjective =
                text.contains(stem + "i") || text.contains(stem + "an") || text.contains(stem + "ese");
        return mayHoldAdjective
                && Pattern.compile("\\b" + Pattern.quote(stem) + "(?:ian|an|ese|i|ish)\\s+" + NATIONAL_BODIES + "\\b")
                        .matcher(text)
                        .find();
    }

    private static boolean lookingAt(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).lookingAt();
    }
}
