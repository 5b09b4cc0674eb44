package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two organisations the recognizer took for one because "and" joins them: "the International Monetary Fund and World
 * Bank", "the Bank of Japan and Finance Ministry", "Holiday Corp and Communications Satellite Corp". The mention is
 * split where both sides are whole names by their form: each of two words or more, ending in a word that heads an
 * organisation's name or a legal form, or, on the left, a head followed by "of" and a place the gazetteer knows ("Bank
 * of America"). One name with an "and" inside stays whole: "Securities and Exchange Commission" (one word before),
 * "Ministry of International Trade and Industry" (one word after), "Federal Savings and Loan Insurance Corp" (no head
 * before), "First American Bank and Trust Co" (a partnership word after), "Rubber Exchange and Licensing Board" (an
 * exchange or a service heads a name before an "and" as often as it ends one).
 */
final class JoinedOrganizations {

    /** Words a whole organisation's name ends with, on either side of the "and". */
    private static final Set<String> HEADS = Set.of(
            "administration",
            "agency",
            "airlines",
            "airways",
            "army",
            "assembly",
            "association",
            "authority",
            "bank",
            "board",
            "bureau",
            "church",
            "college",
            "commission",
            "committee",
            "company",
            "congress",
            "corporation",
            "council",
            "court",
            "department",
            "federation",
            "forum",
            "foundation",
            "fund",
            "group",
            "institute",
            "league",
            "ministry",
            "office",
            "organisation",
            "organization",
            "parliament",
            "party",
            "police",
            "senate",
            "society",
            "union",
            "university");

    /** Words that end a whole name after the "and" only. */
    private static final Set<String> HEADS_AFTER_ONLY = Set.of("center", "centre", "exchange", "securities", "service");

    /** Words that end a partners' firm ("Len M. House and Associates"). */
    private static final Set<String> PARTNERSHIP_WORDS =
            Set.of("son", "sons", "brothers", "bros", "associates", "partners");

    /** Words that end one name after its "and" ("Peoples Bank and Trust Co") and so start no name of their own. */
    private static final Set<String> NEVER_FIRST_AFTER = Set.of("trust", "company", "banking");

    private static final Set<String> JOINS = Set.of("and", "&");
    private static final Set<String> HEAD_LINKS = Set.of("of", "for");
    private static final int LEAST_WORDS = 2;

    private JoinedOrganizations() {}

    /** @param isPlace whether the gazetteer knows a name, for "Bank of …" before the "and" */
    static List<EntityMention> apply(List<EntityMention> mentions, Predicate<String> isPlace) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            List<String> names = mention.kind() == EntityKind.ORGANIZATION
                    ? split(NameText.wordsBetweenWhitespace(NameText.normalizeWhitespace(mention.text())), isPlace)
                    : List.of();
            if (names.size() > 1) {
                names.forEach(name -> out.add(new EntityMention(EntityKind.ORGANIZATION, name)));
            } else {
                out.add(mention);
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    private static List<String> split(String[] words, Predicate<String> isPlace) {
        for (int i = LEAST_WORDS; i < words.length - LEAST_WORDS; i++) {
            if (!JOINS.contains(words[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] before = Arrays.copyOfRange(words, 0, i);
            String[] after = Arrays.copyOfRange(words, i + 1, words.length);
            if (isWholeBefore(before, isPlace) && isWholeAfter(after)) {
                List<String> names = new ArrayList<>();
                names.add(String.join(" ", before));
                names.addAll(split(after, isPlace));
                return names;
            }
        }
        return List.of(String.join(" ", words));
    }

    private static boolean isWholeBefore(String[] words, Predicate<String> isPlace) {
        String last = bare(words[words.length - 1]);
        if (HEADS.contains(last) || PlaceAndOrganizationNames.isLegalForm(last) || PARTNERSHIP_WORDS.contains(last)) {
            return true;
        }
        int link = headLink(words);
        return link > 0 && isPlace.test(String.join(" ", Arrays.copyOfRange(words, link + 1, words.length)));
    }

    private static boolean isWholeAfter(String[] words) {
        String first = bare(words[0]);
        if (PlaceAndOrganizationNames.isLegalForm(first)
                || PARTNERSHIP_WORDS.contains(first)
                || NEVER_FIRST_AFTER.contains(first)) {
            return false;
        }
        String last = bare(words[words.length - 1]);
        return HEADS.contains(last)
                || HEADS_AFTER_ONLY.contains(last)
                || PlaceAndOrganizationNames.isLegalForm(last)
                || headLink(words) > 0;
    }

    /** Where "of" or "for" follows a head word with a name after it ("Group of Seven"), or -1. */
    private static int headLink(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (HEAD_LINKS.contains(words[i]) && HEADS.contains(bare(words[i - 1]))) {
                return i;
            }
        }
        return -1;
    }

    private static String bare(String word) {
        String lower = NameText.stripPossessive(word).toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
