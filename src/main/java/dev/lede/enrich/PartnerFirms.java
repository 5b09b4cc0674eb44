package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A firm named after its partners ("Duff and Phelps", "Wagner and Brown", "Standard and Poor's"), whose surnames the
 * recognizer takes for people. A one-word "person" is the firm when the article writes it, every time and at least
 * twice, joined to the same capitalised word by "and", "&amp;" or a slash ("DUFF/PHELPS LOWERS …", "Duff and Phelps
 * said"), and it is no word of a person's full name there. Once is not enough: a list names people that way ("Simon
 * and Garfunkel were in 10th place"). Each of its mentions becomes the organisation the pair names, as the article
 * writes it.
 */
final class PartnerFirms {

    private static final String JOIN = "(?:\\s+(?:and|AND|&)\\s+|\\s*[/&]\\s*)";
    private static final Pattern PARTNER_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])(\\p{Lu}\\p{L}+)" + JOIN + "$");
    private static final Pattern PARTNER_AFTER = Pattern.compile(JOIN + "(\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}-])");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])");
    private static final Pattern JOINED_BY_A_WORD = Pattern.compile("\\s(?:and|&)\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LOOK_BEHIND = 40;
    private static final int LEAST_TIMES_WRITTEN = 2;

    private PartnerFirms() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Set<String> notPartners = notPartners(mentions);
        Set<String> people = oneWordPeople(mentions);
        Map<String, Firm> firmBySurname = new HashMap<>();
        for (String surname : people) {
            if (!notPartners.contains(surname)) {
                firm(text, surname, notPartners, people).ifPresent(firm -> firmBySurname.put(surname, firm));
            }
        }
        // a partner the article names on its own elsewhere is a person, and so is the pair ("Fischer and Lange")
        firmBySurname
                .values()
                .removeIf(firm -> people.contains(firm.partner()) && !firmBySurname.containsKey(firm.partner()));
        if (firmBySurname.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            Firm firm = mention.kind() == EntityKind.PERSON ? firmBySurname.get(surnameKey(mention)) : null;
            out.add(firm == null ? mention : new EntityMention(EntityKind.ORGANIZATION, firm.name()));
        }
        return out;
    }

    /**
     * The pair's name as the article writes it, when every capitalised occurrence of the surname is in that pair.
     *
     * @param people the article's one-word people: a partner among them is preferred ("Wagner" to "AFG")
     */
    private static Optional<Firm> firm(String text, String surname, Set<String> notPartners, Set<String> people) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> sharedPartners = null;
        Matcher occurrence = wholeWord(surname).matcher(text);
        while (occurrence.find()) {
            if (!Character.isUpperCase(text.charAt(occurrence.start()))) {
                continue;
            }
            List<Pair> here = pairsAt(text, occurrence.start(), occurrence.end(), notPartners);
            Set<String> partners =
                    here.stream().map(Pair::partner).collect(Collectors.toCollection(LinkedHashSet::new));
            if (sharedPartners == null) {
                sharedPartners = new LinkedHashSet<>(partners);
            } else {
                sharedPartners.retainAll(partners);
            }
            if (sharedPartners.isEmpty()) {
                return Optional.empty();
            }
            pairs.addAll(here);
        }
        if (pairs.isEmpty() || countOccurrences(pairs) < LEAST_TIMES_WRITTEN) {
            return Optional.empty();
        }
        String partner = sharedPartners.stream()
                .filter(side -> people.contains(wordOf(side)))
                .findFirst()
                .orElse(sharedPartners.iterator().next());
        List<String> written = pairs.stream()
                .filter(pair -> pair.partner().equals(partner))
                .map(pair -> pair.name(text))
                .toList();
        return Optional.of(new Firm(bestWritten(written), wordOf(partner)));
    }

    private static String wordOf(String sideAndPartner) {
        return sideAndPartner.substring(sideAndPartner.indexOf(':') + 1);
    }

    private static long countOccurrences(List<Pair> pairs) {
        return pairs.stream().map(Pair::surnameStart).distinct().count();
    }

    /** The pair on either side of the surname, each keyed by its side and partner ("before:duff"). */
    private static List<Pair> pairsAt(String text, int start, int end, Set<String> notPartners) {
        List<Pair> pairs = new ArrayList<>(2);
        Matcher before = PARTNER_BEFORE
                .matcher(text)
                .region(Math.max(0, start - LOOK_BEHIND), start)
                .useTransparentBounds(true);
        if (before.find() && !notPartners.contains(key(before.group(1)))) {
            pairs.add(new Pair("before:" + key(before.group(1)), start, before.start(1), end));
        }
        Matcher after = PARTNER_AFTER.matcher(text).region(end, text.length()).useTransparentBounds(true);
        if (after.lookingAt() && !notPartners.contains(key(after.group(1)))) {
            pairs.add(new Pair("after:" + key(after.group(1)), start, start, after.end(1)));
        }
        return pairs;
    }

    /** Running text's "Duff and Phelps" before a headline's "DUFF/PHELPS" or "Duff/Phelps". */
    private static String bestWritten(List<String> written) {
        return written.stream()
                .filter(name ->
                        !isShouted(name) && JOINED_BY_A_WORD.matcher(name).find())
                .findFirst()
                .or(() -> written.stream().filter(name -> !isShouted(name)).findFirst())
                .orElseGet(() -> MentionKinds.casing(written.getFirst(), List.of()));
    }

    private static boolean isShouted(String name) {
        return name.chars().noneMatch(Character::isLowerCase);
    }

    private static Set<String> oneWordPeople(List<EntityMention> mentions) {
        return mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .map(PartnerFirms::surnameKey)
                .filter(name -> !name.isEmpty() && !name.contains(" "))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Words that name no partner: words of full names, the article's places, and "The", "Mr" and the like. */
    private static Set<String> notPartners(List<EntityMention> mentions) {
        Set<String> words = new HashSet<>(NameWords.LEADING_NON_NAMES);
        words.addAll(NameWords.TITLES);
        for (EntityMention mention : mentions) {
            if (mention.kind() == EntityKind.PLACE) {
                words.add(key(mention.text()));
            } else if (mention.kind() == EntityKind.PERSON
                    && mention.text().strip().contains(" ")) {
                words.addAll(List.of(NameText.wordsBetweenWhitespace(key(mention.text()))));
            }
        }
        return words;
    }

    /** The word standing alone, in any case: not inside another word or a hyphenated name. */
    static Pattern wholeWord(String word) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String surnameKey(EntityMention mention) {
        return key(NameText.stripPossessive(mention.text().strip()));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** @param partner the other surname, in lower case */
    private record Firm(String name, String partner) {}

    /** One occurrence of the surname with one partner, from {@code from} to {@code to} in the text. */
    private record Pair(String partner, int surnameStart, int from, int to) {
        String name(String text) {
            Matcher possessive = POSSESSIVE_AFTER.matcher(text).region(to, text.length());
            int end = possessive.lookingAt() ? possessive.end() : to;
            return SPACES.matcher(text.substring(from, end)).replaceAll(" ");
        }
    }
}
