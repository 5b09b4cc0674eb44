package dev.lede.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a firm's value looks like the rest of a name cut at its "and": it ends as firms' names do (a legal form,
 * "Associates", "Sons") and everywhere the text writes it, a capitalised word and "and" (or "&amp;") come right before
 * it ("Sons Inc" of "Alex. Brown and Sons Inc", "Wireless Plc" of "Cable and Wireless Plc"). Read from the text alone,
 * whatever rule found the value; a firm only ever named second in a pair of firms ("Texaco and Pennzoil Co", unless
 * the first ends as a firm's name does) is counted too, so the share is an upper bound.
 */
final class CutNames {

    /** Last words of firms' names, read independently of the extractor's own list. */
    private static final Set<String> FIRM_ENDINGS = Set.of(
            "inc",
            "co",
            "cos",
            "corp",
            "ltd",
            "plc",
            "llc",
            "lp",
            "ag",
            "sa",
            "nv",
            "gmbh",
            "pty",
            "company",
            "corporation",
            "limited",
            "associates",
            "partners",
            "sons",
            "brothers");

    /** The word before "and" or "&amp;" at the end of the text before a value. */
    private static final Pattern NAME_AND_JOINER = Pattern.compile("(?:^|\\s)(\\S+)\\s+(?:and|&)\\s+$");

    private static final int LOOK_BEHIND = 60;

    private CutNames() {}

    static boolean isCut(String text, String value) {
        if (value.isBlank() || !FIRM_ENDINGS.contains(lastWord(value))) {
            return false;
        }
        boolean found = false;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            if (!isWholeWords(text, at, at + value.length())) {
                continue;
            }
            if (!followsNameAndJoiner(text, at)) {
                return false;
            }
            found = true;
        }
        return found;
    }

    private static String lastWord(String value) {
        String[] words = value.strip().split("\\s+");
        return bare(words[words.length - 1]);
    }

    private static String bare(String word) {
        return word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isWholeWords(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * "Gulf and |Western Inc", "Lisk &amp; |Mott": a capitalised word, blanks, "and" or "&amp;", blanks; not a firm's
     * ending, which closes the firm before ("Kettle Inc and |Wharton Plc").
     */
    private static boolean followsNameAndJoiner(String text, int at) {
        Matcher before = NAME_AND_JOINER.matcher(text.substring(Math.max(0, at - LOOK_BEHIND), at));
        return before.find()
                && Character.isUpperCase(before.group(1).charAt(0))
                && !FIRM_ENDINGS.contains(bare(before.group(1)));
    }
}
