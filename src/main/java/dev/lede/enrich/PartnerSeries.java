package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A firm named after its partners that the article writes only once, where it says it is a firm: "the law firm of
 * Kronish, Lieb, Weiner and Hellman", "its auditors, Laventhol and Horwath", "Dames and Moore, an engineering firm", or
 * a partner's name twice ("Johnson and Johnson"). The recognizer takes each surname for a person; {@link PartnerFirms}
 * needs a pair written twice to tell a firm from two people in a list ("Simon and Garfunkel"), and these say so in
 * words. So does the place a series stands in where a firm's name stands: beside one of the article's organisations in
 * a list ("AFG Industries Inc and Wagner and Brown", "General Electric Co, Pratt and Whitney or Rolls Royce"), after a
 * company's possessive ("United Technologies Corp's Pratt and Whitney"), beside "unit" or "subsidiary", as the bank
 * managing an issue ("Prescott, Ball and Turben co-managed the deal"), or as the employer of an analyst, a partner or a
 * lawyer ("a partner with Cleary, Gottlieb, Steen and Hamilton", "vice president of Woodhouse, Drake and Carey"), the
 * whole name from the organisation it goes on from there ("analyst with Merrill Lynch, Pierce, Fenner and Smith"). Each
 * one-word person of such a series becomes the firm, named as the article writes it, when the article writes that
 * surname nowhere else; so does a one-word organisation that is its first partner ("economist at brokers Phillips and
 * Drew").
 */
final class PartnerSeries {

    private static final String NAME = "\\p{Lu}\\p{L}+";
    private static final Pattern SERIES = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019.-])(" + NAME + "(?:,\\s+" + NAME
            + ")*\\s+(?:and|AND|&)\\s+" + NAME + ")(?![\\p{L}\\p{N}-])");
    private static final Pattern FIRM_BEFORE = Pattern.compile("(?:\\b(?:firm|partnership|auditors|accountants)"
            + "|\\b(?:trading|brokerage|fashion|investment|publishing|auction)\\s+house)(?:\\s+of)?,?\\s+<?$");
    private static final Pattern FIRM_AFTER =
            Pattern.compile(">?,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:firm|partnership)\\b");
    /** A company's possessive right before a series, a ticker maybe between ("Ameron Corp's <AMR> "). */
    private static final Pattern COMPANY_POSSESSIVE_BEFORE = Pattern.compile("\\b(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV"
            + "|Group|Holdings|Industries|Technologies|International|Corporation|Company)(?:['\u2019]s|['\u2019])"
            + "\\s+(?:<[^<>\\s]{1,12}>\\s+)?$");

    private static final Pattern UNIT_BEFORE = Pattern.compile("\\b(?:unit|subsidiary|division)\\s+$");
    private static final Pattern UNIT_AFTER =
            Pattern.compile("(?:\\s*<[^<>\\s]{1,12}>)?\\s+(?:unit|subsidiary|division)\\b");
    /**
     * Who works for a firm, right before its name ("drug analyst Davis Saks, with "; "vice president of "), or what
     * kind of firm it is ("brokers ").
     */
    private static final Pattern EMPLOYER_BEFORE = Pattern.compile("(?:\\b(?:analysts?|economists?|strategists?"
            + "|partners?|attorneys?|lawyers?|accountants?)(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3},?\\s+(?:with|at|of)"
            + "|\\b(?:president|chairman|partner)\\s+(?:of|at)"
            + "|\\b(?:brokers|stockbrokers|underwriters|brokerage))\\s+$");

    private static final Pattern OF_AT_END = Pattern.compile("\\s+of\\s+$");
    /**
     * What joins a series to its neighbour in a list, a ticker or a bracket maybe first ("Inc <MS> and "): a word, not
     * a comma alone, which would as well go on a list of firms ("Aiwa, Sharp and Matsushita").
     */
    private static final Pattern LIST_JOIN_AT_END =
            Pattern.compile("(?:>|\\s*<[^<>\\s]{1,12}>)?,?\\s+(?:and|or|&)\\s+<?$");

    private static final Pattern LIST_JOIN_AHEAD =
            Pattern.compile("(?:>|\\s*<[^<>\\s]{1,12}>)?,?\\s+(?:and|or|&)\\s+<?");
    private static final int LIST_LOOK_AROUND = 80;
    private static final Pattern SERIES_WORDS = Pattern.compile(",\\s+|\\s+(?:and|AND|&)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LOOK_BEHIND = 40;
    private static final List<String> FIRM_WORDS = List.of("firm", "partnership", "auditors", "accountants", " house");

    private PartnerSeries() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        if (mentions.stream().noneMatch(m -> m.kind() == EntityKind.PERSON && isOneWord(m))
                || !mayNameAFirm(text, mentions)) {
            return mentions;
        }
        Map<String, String> firmBySurname =
                firmsOfOnePartner(text, oneWordNames(mentions, EntityKind.PERSON), Neighbours.of(mentions));
        if (firmBySurname.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String firm = mention.kind() != EntityKind.PLACE
                    ? firmBySurname.get(
                            key(NameText.stripPossessive(mention.text().strip())))
                    : null;
            out.add(firm == null ? mention : new EntityMention(EntityKind.ORGANIZATION, firm));
        }
        return out;
    }

    private static Set<String> oneWordNames(List<EntityMention> mentions, EntityKind kind) {
        return mentions.stream()
                .filter(m -> m.kind() == kind && isOneWord(m))
                .map(m -> key(NameText.stripPossessive(m.text().strip())))
                .collect(Collectors.toSet());
    }

    private static boolean isOneWord(EntityMention mention) {
        String name = NameText.stripPossessive(mention.text().strip());
        return !name.isEmpty() && !name.contains(" ");
    }

    /** A cheap look for what {@link #namesAFirm} needs, so that most articles skip the search for series. */
    private static boolean mayNameAFirm(String text, List<EntityMention> mentions) {
        for (String word : FIRM_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        for (EntityMention mention : mentions) {
            String name = NameText.stripPossessive(mention.text().strip());
            if (mention.kind() == EntityKind.PERSON
                    && (text.contains(name + " and " + name)
                            || text.contains(name + " & " + name)
                            || isJoinedByAnd(text, name))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a one-word name is written right before or after "and" or "&amp;", as a series ends. */
    private static boolean isJoinedByAnd(String text, String name) {
        if (name.contains(" ")) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String before = text.substring(Math.max(0, at - 5), at).stripTrailing();
            String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 5))
                    .stripLeading();
            if (before.endsWith("and") || before.endsWith("&") || after.startsWith("and") || after.startsWith("&")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each partner's one-word name written only inside a series that names a firm, with the firm's name: a person's,
     * and a one-word organisation's that opens a series of people, as the recognizer may read a firm's first partner
     * ("Phillips" of "Phillips and Drew").
     */
    private static Map<String, String> firmsOfOnePartner(String text, Set<String> people, Neighbours neighbours) {
        Map<String, String> firms = new HashMap<>();
        Map<String, Integer> insideFirms = new HashMap<>();
        Matcher found = SERIES.matcher(text);
        int from = 0;
        while (from <= text.length() && found.find(from)) {
            Series series = Series.of(text, found, neighbours.organizations());
            from = Math.max(found.end(), series.end());
            boolean wholeFirm = isTheFirmOfAnEmployee(text, series);
            if (series.words().size() < 2 || !(wholeFirm || namesAFirm(text, series, neighbours))) {
                continue;
            }
            int firmStart = wholeFirm ? series.lead() : series.start();
            String name =
                    SPACES.matcher(text.substring(firmStart, series.end())).replaceAll(" ");
            List<String> words = series.words().stream().map(PartnerSeries::key).toList();
            for (String word : words) {
                if (people.contains(word) || isFirstBeforePeople(word, words, people, neighbours)) {
                    firms.merge(word, name, NameText::usualSpelling);
                    insideFirms.merge(word, 1, Integer::sum);
                }
            }
        }
        firms.keySet().removeIf(word -> capitalisedOccurrences(text, word) != insideFirms.get(word));
        return firms;
    }

    private static boolean isFirstBeforePeople(
            String word, List<String> words, Set<String> people, Neighbours neighbours) {
        return word.equals(words.getFirst())
                && neighbours.organizations().stream()
                        .anyMatch(organization -> key(organization).equals(word))
                && people.containsAll(words.subList(1, words.size()));
    }

    /**
     * The article's organisations and its people's full names as written, whitespace made single spaces, and the names
     * of its places and organisations in lower case.
     */
    private record Neighbours(List<String> organizations, Set<String> placesAndOrganizations, List<String> fullNames) {

        static Neighbours of(List<EntityMention> mentions) {
            List<String> fullNames = mentions.stream()
                    .filter(m -> m.kind() == EntityKind.PERSON)
                    .map(m -> NameText.normalizeWhitespace(m.text()))
                    .filter(name -> name.contains(" "))
                    .distinct()
                    .toList();
            List<String> organizations = mentions.stream()
                    .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                    .map(m -> NameText.normalizeWhitespace(m.text()))
                    .filter(name -> !name.isEmpty())
                    .distinct()
                    .toList();
            Set<String> placesAndOrganizations = mentions.stream()
                    .filter(m -> m.kind() == EntityKind.PLACE || m.kind() == EntityKind.ORGANIZATION)
                    .map(m -> key(m.text()))
                    .collect(Collectors.toSet());
            return new Neighbours(organizations, placesAndOrganizations, fullNames);
        }

        /**
         * Whether the series' words may be partners: not two that the article names as places or organisations, as a
         * list of firms or places does ("Toyota, Suzuki and Ford", "Taunton, Orpington, Haltemprice and Howden"), and
         * not one it also writes elsewhere; one written only here may be the recognizer's reading of the firm's name
         * ("Pratt and Whitney" with "Whitney" a place).
         */
        boolean mayBePartners(String text, List<String> words) {
            List<String> named = words.stream()
                    .filter(word -> placesAndOrganizations.contains(key(word)))
                    .toList();
            return named.isEmpty() || (named.size() == 1 && capitalisedOccurrences(text, named.getFirst()) == 1);
        }
    }

    /**
     * A series from {@code start} to {@code end} of the text. When the first word found ends one of the article's
     * organisations, the series is the one that starts after it, if any: after a name of several words before a comma
     * ("Norrland Motor Co, Tebbit and Vance"), after any before "and" ("AFG and Wagner and Brown"), and {@code lead}
     * is where that organisation starts (-1 otherwise). A one-word organisation before a comma is the first partner
     * ("Spear, Leeds and Kellogg"), and so is one before "and" when a single name follows ("Phillips and Drew").
     */
    private record Series(int start, int end, List<String> words, int lead) {

        static Series of(String text, Matcher found, List<String> organizations) {
            int start = found.start(1);
            List<String> words = List.of(SERIES_WORDS.split(found.group(1)));
            Matcher separator = SERIES_WORDS.matcher(found.group(1));
            if (!separator.find()) {
                return new Series(start, found.end(1), words, -1);
            }
            int end = start + separator.start();
            boolean byAnd = !separator.group().contains(",");
            Optional<String> organization = organizationEndingAt(text, end, organizations, byAnd);
            if (organization.isEmpty()) {
                return new Series(start, found.end(1), words, -1);
            }
            Matcher rest = SERIES.matcher(text)
                    .region(start + separator.end(), text.length())
                    .useTransparentBounds(true);
            if (rest.lookingAt()) {
                return new Series(
                        rest.start(1),
                        rest.end(1),
                        List.of(SERIES_WORDS.split(rest.group(1))),
                        startOf(text, end, organization.get()));
            }
            return byAnd && !organization.get().contains(" ")
                    ? new Series(start, found.end(1), words, -1)
                    : new Series(start, start, List.of(), -1);
        }

        private static Optional<String> organizationEndingAt(
                String text, int end, List<String> organizations, boolean oneWordToo) {
            String before = NameText.normalizeWhitespace(text.substring(Math.max(0, end - LIST_LOOK_AROUND), end));
            return organizations.stream()
                    .filter(org -> oneWordToo || org.contains(" "))
                    .filter(org -> endsWithWord(before, org))
                    .findFirst();
        }

        /** Where the organisation written right before {@code end} starts, its words broken over lines maybe. */
        private static int startOf(String text, int end, String organization) {
            Pattern written = Pattern.compile(
                    SPACES.splitAsStream(organization).map(Pattern::quote).collect(Collectors.joining("\\s+")) + "$");
            Matcher at = written.matcher(text).region(Math.max(0, end - 2 * LIST_LOOK_AROUND), end);
            return at.find() ? at.start() : -1;
        }
    }

    /**
     * Whether the series goes on from an organisation's name that an analyst or a partner works for: "analyst with
     * Merrill Lynch, Pierce, Fenner and Smith" is one firm, not Merrill Lynch beside a firm of three partners.
     */
    private static boolean isTheFirmOfAnEmployee(String text, Series series) {
        return series.lead() >= 0
                && EMPLOYER_BEFORE
                        .matcher(text.substring(Math.max(0, series.lead() - LOOK_BEHIND), series.lead()))
                        .find();
    }

    private static boolean namesAFirm(String text, Series series, Neighbours neighbours) {
        List<String> words = series.words();
        if (words.size() == 2 && words.get(0).equals(words.get(1))) {
            return true;
        }
        String before = text.substring(Math.max(0, series.start() - LOOK_BEHIND), series.start());
        return FIRM_BEFORE.matcher(before).find()
                || FIRM_AFTER.matcher(text).region(series.end(), text.length()).lookingAt()
                || (neighbours.mayBePartners(text, words)
                        && (standsWhereAFirmStands(text, series.end(), before, neighbours.fullNames())
                                || isListedWithAnOrganization(
                                        text, series.start(), series.end(), neighbours.organizations())));
    }

    private static boolean standsWhereAFirmStands(String text, int end, String before, List<String> fullNames) {
        return COMPANY_POSSESSIVE_BEFORE.matcher(before).find()
                || UNIT_BEFORE.matcher(before).find()
                || EMPLOYER_BEFORE.matcher(before).find()
                || NotPeopleContexts.ISSUE_MANAGER_BEFORE.find(before)
                || UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || NotPeopleContexts.ISSUE_MANAGER_AFTER
                        .matcher(text)
                        .region(end, text.length())
                        .lookingAt()
                || isSomeonesEmployer(before, fullNames);
    }

    /** A series right after a person's full name and "of" ("Carol Bell of Phillips and Drew told Reuters"). */
    private static boolean isSomeonesEmployer(String before, List<String> fullNames) {
        Matcher of = OF_AT_END.matcher(before);
        if (fullNames.isEmpty() || !of.find()) {
            return false;
        }
        String person = NameText.normalizeWhitespace(before.substring(0, of.start()));
        return fullNames.stream().anyMatch(name -> endsWithWord(person, name));
    }

    /** Whether one of the article's organisations is the series' neighbour in a list, on either side. */
    private static boolean isListedWithAnOrganization(String text, int start, int end, List<String> organizations) {
        if (organizations.isEmpty()) {
            return false;
        }
        String before = text.substring(Math.max(0, start - LIST_LOOK_AROUND), start);
        Matcher joinBefore = LIST_JOIN_AT_END.matcher(before);
        if (joinBefore.find()) {
            String neighbour = NameText.normalizeWhitespace(before.substring(0, joinBefore.start()));
            if (organizations.stream().anyMatch(org -> endsWithWord(neighbour, org))) {
                return true;
            }
        }
        Matcher joinAfter = LIST_JOIN_AHEAD.matcher(text).region(end, text.length());
        if (joinAfter.lookingAt()) {
            String ahead = text.substring(joinAfter.end(), Math.min(text.length(), joinAfter.end() + LIST_LOOK_AROUND));
            String neighbour = NameText.normalizeWhitespace(ahead);
            return organizations.stream().anyMatch(org -> startsWithWord(neighbour, org));
        }
        return false;
    }

    private static boolean endsWithWord(String text, String word) {
        return text.endsWith(word) && ContextWords.isWholeWords(text, text.length() - word.length(), text.length());
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && ContextWords.isWholeWords(text, 0, word.length());
    }

    private static int capitalisedOccurrences(String text, String word) {
        Matcher occurrence = PartnerFirms.wholeWord(word).matcher(text);
        int count = 0;
        while (occurrence.find()) {
            if (Character.isUpperCase(text.charAt(occurrence.start()))) {
                count++;
            }
        }
        return count;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
