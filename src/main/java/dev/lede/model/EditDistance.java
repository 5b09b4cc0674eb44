package dev.lede.model;

/**
 * How many edits turn one word into another: insertions, deletions, substitutions and swaps of two neighbouring
 * letters ("Basle", "Basel"; "Ichan", "Icahn"), the optimal string alignment distance. Lucene's own is in its suggest
 * module, and neither extraction nor the merge rules use a search engine's classes.
 */
public final class EditDistance {

    private EditDistance() {}

    public static int between(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
