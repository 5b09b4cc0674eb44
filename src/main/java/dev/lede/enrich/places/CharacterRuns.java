package dev.lede.enrich.places;

/**
 * Text with each run of some characters (white space, dashes, …) written as one space: a regular expression's job,
 * done by hand since names and keys are cleaned for every mention of every article.
 */
public final class CharacterRuns {

    private CharacterRuns() {}

    /** {@code text} with each run of {@code characters} as one space. */
    public static String asOneSpace(String text, String characters) {
        StringBuilder spaced = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inSet = characters.indexOf(c) >= 0;
            if (!inSet) {
                spaced.append(c);
            } else if (!inRun) {
                spaced.append(' ');
            }
            inRun = inSet;
        }
        return spaced.toString();
    }
}
