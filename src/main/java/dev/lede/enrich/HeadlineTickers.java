package dev.lede.enrich;

import dev.lede.model.EditDistance;
import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire headline's firm right before its stock ticker ("SQUIBB CORP &lt;SQB&gt; 3RD QTR NET", "MERCK &lt;MRK&gt;,
 * SQUIBB &lt;SQB&gt; BENEFIT FROM STUDY"): the words in capitals back to the headline's start or to a word or mark
 * that is no part of a name, after an earlier ticker only where a comma or "AND" lists the next firm. The recognizer
 * seldom finds a firm in a headline in capitals, and the table of figures under it names no one: 1,241 of Reuters'
 * 8,903 headlines with a ticker had no organisation in their story. The name counts only where the body writes none
 * of its words ("FAA FINES DELTA &lt;DAL&gt;": the body names Delta Air Lines, and the recognizer reads it there) and
 * the story names no firm of its first word, closed up or misspelt ("DUPONT" beside Du Pont Co, "NUEUTROGENA" beside
 * Neutrogena Corp), nor one whose initials it is ("GM" beside General Motors Corp).
 */
final class HeadlineTickers {

    private static final Pattern TICKER = Pattern.compile("<[\\p{Lu}\\d.]{1,10}>");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\d&][\\p{Lu}\\d&.'/-]*,?");
    private static final Pattern LISTED_AFTER_A_TICKER = Pattern.compile("^\\s*(?:,|AND\\s|&)");
    private static final Pattern EDITORS_MARK = Pattern.compile("^(?:CORRECTED|CORRECTION|REPEAT|REFILE|UPDATE)\\W*");
    private static final Pattern POSSESSIVE = Pattern.compile("'S?$");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\d]+");

    /** Words that join a name's words and do not start it. */
    private static final Set<String> JOINING_WORDS = Set.of("OF", "AND", "&", "THE");

    /** Words after a firm's name that make it a part of the firm ("GM UNIT &lt;GMH&gt;"). */
    private static final Set<String> PARTS = Set.of("UNIT", "UNITS", "SUBSIDIARY", "AFFILIATE", "ARM");

    /**
     * Words for a firm's stock, which end its name only after a class of it ("ACME CLASS A STOCK"); after other words
     * they are the name's own, as a fund's ("MUTUAL OF OMAHA INTEREST SHARES &lt;MUO&gt;").
     */
    private static final Set<String> STOCK = Set.of("STOCK", "SHARES", "SHARE");

    private static final Set<String> CLASSES_OF_STOCK = Set.of("CLASS", "COMMON", "PREFERRED", "ORDINARY");

    /** Legal forms, which a body writes of any firm: no sign that it names this one (nor is a word of two letters). */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "INC",
            "CORP",
            "CO",
            "COS",
            "LTD",
            "PLC",
            "LP",
            "GROUP",
            "COMPANY",
            "CORPORATION",
            "HOLDINGS",
            "BANCORP",
            "INDUSTRIES",
            "TRUST",
            "PARTNERS",
            "NV",
            "AG",
            "SA",
            "AB");

    private static final int LONGEST_NAME = 6;
    private static final int SHORTEST_WORD_READ_IN_THE_BODY = 3;
    private static final int SHORTEST_WORD_MISSPELT = 5;
    private static final int MOST_SLIPS = 2;

    private HeadlineTickers() {}

    /**
     * @param title the headline
     * @param body the story's text under it
     * @param inTitle the mentions found in the headline so far
     * @param inBody the mentions found in the body
     */
    static List<EntityMention> firms(
            String title, String body, List<EntityMention> inTitle, List<EntityMention> inBody) {
        String headline = EDITORS_MARK.matcher(title).replaceFirst("");
        Matcher ticker = TICKER.matcher(headline);
        if (!ticker.find()) {
            return List.of();
        }
        List<EntityMention> firms = new ArrayList<>();
        String lowerBody = " "
                + NOT_A_LETTER_OR_DIGIT.matcher(body.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        int from = 0;
        do {
            String before = headline.substring(from, ticker.start());
            boolean listed = from == 0 || LISTED_AFTER_A_TICKER.matcher(before).find();
            from = ticker.end();
            List<String> name = nameBefore(before);
            if (listed
                    && !name.isEmpty()
                    && !isWrittenInTheBody(name, lowerBody)
                    && !isNamed(name, inTitle)
                    && !isNamed(name, inBody)) {
                firms.add(new EntityMention(EntityKind.ORGANIZATION, String.join(" ", name)));
            }
        } while (ticker.find());
        return firms;
    }

    private static List<String> nameBefore(String before) {
        List<String> words = new ArrayList<>();
        String[] written = before.strip().split("\\s+");
        for (int i = written.length - 1; i >= 0 && NAME_WORD.matcher(written[i]).matches(); i--) {
            words.addFirst(written[i]);
        }
        while (!words.isEmpty() && PARTS.contains(words.getLast())) {
            words.removeLast();
        }
        if (!words.isEmpty() && STOCK.contains(words.getLast())) {
            int end = words.size() - 1;
            while (end > 0 && isAClassOfStock(words.get(end - 1))) {
                end--;
            }
            if (end < words.size() - 1 || end == 0) {
                words = new ArrayList<>(words.subList(0, end));
            }
        }
        while (!words.isEmpty() && JOINING_WORDS.contains(words.getFirst().replace(",", ""))) {
            words.removeFirst();
        }
        if (words.isEmpty() || words.size() > LONGEST_NAME) {
            return List.of();
        }
        words.set(words.size() - 1, POSSESSIVE.matcher(words.getLast()).replaceFirst(""));
        return words.getLast().isEmpty() ? List.of() : words;
    }

    /** "COMMON", "CLASS" or a class's letter ("A" of "CLASS A"). */
    private static boolean isAClassOfStock(String word) {
        return CLASSES_OF_STOCK.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static boolean isWrittenInTheBody(List<String> name, String lowerBody) {
        for (String word : NOT_A_LETTER_OR_DIGIT.split(String.join(" ", name))) {
            if (word.length() >= SHORTEST_WORD_READ_IN_THE_BODY
                    && !LEGAL_FORMS.contains(word)
                    && !JOINING_WORDS.contains(word)
                    && lowerBody.contains(" " + word.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamed(List<String> name, List<EntityMention> found) {
        String first = closedUp(name.getFirst());
        String whole = closedUp(String.join(" ", name));
        for (EntityMention mention : found) {
            String other = closedUp(mention.text());
            String otherFirst = closedUp(mention.text().strip().split("[\\s-]+", 2)[0]);
            if (other.startsWith(first)
                    || other.contains(whole)
                    || first.length() >= SHORTEST_WORD_MISSPELT && EditDistance.between(first, otherFirst) <= MOST_SLIPS
                    || name.size() == 1 && initials(mention.text()).startsWith(first)) {
                return true;
            }
        }
        return false;
    }

    private static String closedUp(String text) {
        return NOT_A_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
