package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A firm named after its partners that the article writes only once, where it says it is a firm: "the law firm of
 * Kronish, Lieb, Weiner and Hellman", "its auditors, Laventhol and Horwath", "Dames and Moore, an engineering firm",
 * or a partner's name twice ("Johnson and Johnson"). The recognizer takes each surname for a person; {@link
 * PartnerFirms} needs a pair written twice to tell a firm from two people in a list ("Simon and Garfunkel"), and
 * these say so in words. Each one-word person of such a series becomes the firm, named as the article writes it,
 * when the article writes that surname nowhere else.
 */
final class PartnerSeries {

    private static final String NAME = "\\p{Lu}\\p{L}+";
    private static final Pattern SERIES = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019.-])(" + NAME + "(?:,\\s+" + NAME
            + ")*\\s+(?:and|AND|&)\\s+" + NAME + ")(?![\\p{L}\\p{N}-])");
    private static final Pattern FIRM_BEFORE = Pattern.compile("(?:\\b(?:firm|partnership|auditors|accountants)"
            + "|\\b(?:trading|brokerage|fashion|investment|publishing|auction)\\s+house)(?:\\s+of)?,?\\s+<?$");
    private static final Pattern FIRM_AFTER =
            Pattern.compile(">?,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:firm|partnership)\\b");
    private static final Pattern SERIES_WORDS = Pattern.compile(",\\s+|\\s+(?:and|AND|&)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LOOK_BEHIND = 40;
    private static final List<String> FIRM_WORDS = List.of("firm", "partnership", "auditors", "accountants", " house");

    private PartnerSeries() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Set<String> people = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .map(m -> key(NameText.stripPossessive(m.text().strip())))
                .filter(name -> !name.isEmpty() && !name.contains(" "))
                .collect(Collectors.toSet());
        if (people.isEmpty() || !mayNameAFirm(text, mentions)) {
            return mentions;
        }
        Map<String, String> firmBySurname = firmsOfOnePartner(text, people);
        if (firmBySurname.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String firm = mention.kind() == EntityKind.PERSON
                    ? firmBySurname.get(
                            key(NameText.stripPossessive(mention.text().strip())))
                    : null;
            out.add(firm == null ? mention : new EntityMention(EntityKind.ORGANIZATION, firm));
        }
        return out;
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
                    && (text.contains(name + " and " + name) || text.contains(name + " & " + name))) {
                return true;
            }
        }
        return false;
    }

    /** Each person's surname written only inside a series that names a firm, with the firm's name. */
    private static Map<String, String> firmsOfOnePartner(String text, Set<String> people) {
        Map<String, String> firms = new HashMap<>();
        Map<String, Integer> insideFirms = new HashMap<>();
        Matcher series = SERIES.matcher(text);
        while (series.find()) {
            List<String> words = List.of(SERIES_WORDS.split(series.group(1)));
            if (!namesAFirm(text, series, words)) {
                continue;
            }
            String name = SPACES.matcher(series.group(1)).replaceAll(" ");
            for (String word : words.stream().map(PartnerSeries::key).toList()) {
                if (people.contains(word)) {
                    firms.merge(word, name, NameText::usualSpelling);
                    insideFirms.merge(word, 1, Integer::sum);
                }
            }
        }
        firms.keySet().removeIf(word -> capitalisedOccurrences(text, word) != insideFirms.get(word));
        return firms;
    }

    private static boolean namesAFirm(String text, Matcher series, List<String> words) {
        if (words.size() == 2 && words.get(0).equals(words.get(1))) {
            return true;
        }
        String before = text.substring(Math.max(0, series.start() - LOOK_BEHIND), series.start());
        return FIRM_BEFORE.matcher(before).find()
                || FIRM_AFTER.matcher(text).region(series.end(), text.length()).lookingAt();
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
