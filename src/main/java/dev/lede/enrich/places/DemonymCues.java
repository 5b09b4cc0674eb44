package dev.lede.enrich.places;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The countries whose people a text names: "Greek sprinters", "the Swiss franc", "South African miners". A story that
 * speaks of Greeks is likely about Greece, which tells its "Athens" from the town in Georgia. A demonym inside a
 * longer name ("Latin American", "British Columbia") counts only when the whole is one ("South African").
 */
final class DemonymCues {

    private DemonymCues() {}

    /** Country codes, in the order the text first names their people. */
    static Set<String> countries(String text, Gazetteer gazetteer) {
        Set<String> codes = new LinkedHashSet<>();
        Words words = new Words(text);
        String previous = null;
        boolean previousCapitalized = false;
        boolean previousInsideName = false;
        String pending = null;
        while (words.next()) {
            String word = words.word();
            boolean capitalized = Character.isUpperCase(word.codePointAt(0));
            boolean startsSentence = capitalized && startsSentence(text, words.start());
            // two capitalised words in a row: a two-word demonym, or a demonym inside a longer name
            boolean pair = capitalized && previousCapitalized && !startsSentence;
            boolean continuesName = previousInsideName && !startsSentence;
            if (pending != null && !(pair && names(gazetteer, previous + " " + word))) {
                gazetteer.countryOfDemonym(pending).ifPresent(codes::add);
            }
            pending = null;
            if (capitalized && gazetteer.mayEndDemonym(word)) {
                if (pair && gazetteer.isDemonym(previous + " " + word)) {
                    pending = previous + " " + word;
                } else if (!continuesName && gazetteer.isDemonym(word)) {
                    pending = word;
                }
            }
            previousCapitalized = capitalized;
            previousInsideName = capitalized && !startsSentence;
            previous = word;
        }
        if (pending != null) {
            gazetteer.countryOfDemonym(pending).ifPresent(codes::add);
        }
        return codes;
    }

    /** "British Columbia", "French Guiana": a demonym that begins a place's name. */
    private static boolean names(Gazetteer gazetteer, String words) {
        return !gazetteer.candidates(words).isEmpty();
    }

    /** Whether only white space, quotes or brackets stand between the word and the text's start or a sentence's end. */
    private static boolean startsSentence(String text, int wordStart) {
        for (int at = wordStart - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“‘(".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
