package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legislator's party and state after the name ("Jim Wright (D-Tex)", "Glenn English (D-Okla.)", "Sen. Ada Ruiz,
 * R-N.M., said"): it names neither a person ("Tex") nor a place the story is about, only where the legislator was
 * elected. The recognizer reads the text as written (a name before "(D-Wisc)" is read better than before blanks), then
 * what it found only inside tags is dropped, and the place finder and resolver read the text without the tags.
 */
final class PartyTags {

    private static final String PARTY = "(?:D|R|I|Dem|Rep|Ind)\\.?\\s?[-\u2013]\\s?";
    /** "Tex", "Okla.", "N.Y.", "New Mexico", "S.C.": one or two capitalised words, maybe shortened. */
    private static final String STATE = "\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?";

    static final Pattern TAG = Pattern.compile("(?<=\\p{L}\\s?)\\(\\s?" + PARTY + STATE + "\\s?\\)" + "|(?<=\\p{L},\\s)"
            + PARTY + STATE + "(?=[,;)]|\\.(?:\\s|$))");

    private static final List<String> PARTIES = List.of("D", "R", "I", "Dem", "Rep", "Ind");

    private PartyTags() {}

    /**
     * The recognizer's mentions without those written only inside tags ("Tex" of "(D-Tex)"); a name also written
     * elsewhere ("Texas growers") stays.
     *
     * @param untagged the text {@link #masked}
     */
    static List<EntityMention> withoutTags(String text, String untagged, List<EntityMention> mentions) {
        if (untagged.equals(text)) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> !isWritten(text, m.text()) || isWritten(untagged, m.text()))
                .toList();
    }

    /** Whether the text has the name as whole words ("Tex" is not written in "Texas"). */
    private static boolean isWritten(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (ContextWords.isWholeWords(text, at, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    /** The text with each tag written over by spaces, so every other name keeps its offset. */
    static String masked(String text) {
        List<int[]> tags = tags(text);
        if (tags.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int[] tag : tags) {
            for (int i = tag[0]; i < tag[1]; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static List<int[]> tags(String text) {
        List<int[]> tags = new ArrayList<>();
        if (!mayHoldATag(text)) {
            return tags;
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(new int[] {tag.start(), tag.end()});
        }
        return tags;
    }

    /**
     * Whether some dash follows a party as a tag writes it: after "(" or a blank, then maybe a dot and a blank. Every
     * tag has one, and most stories none, which spares them the pattern, tried at every character.
     */
    static boolean mayHoldATag(String text) {
        for (int dash = 0; dash < text.length(); dash++) {
            char c = text.charAt(dash);
            if ((c == '-' || c == '\u2013') && followsAParty(text, dash)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsAParty(String text, int dash) {
        int end = dash;
        if (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        for (String party : PARTIES) {
            int start = end - party.length();
            if (start > 0 && text.startsWith(party, start) && opensAParty(text.charAt(start - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAParty(char before) {
        return before == '(' || Character.isWhitespace(before);
    }
}
