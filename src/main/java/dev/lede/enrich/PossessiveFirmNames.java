package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm whose name opens with a founder's possessive, which the recognizer cut at the apostrophe into a person and a
 * firm with no name of its own: "Kestrel's Bakeries Inc" as the person "Kestrel" and "Bakeries Inc". The two are one
 * organisation again where the story never writes the word without its possessive ("Kestrel's, based in Dayton, runs
 * 118 stores"), the word is no word of a person's full name in the story, and what follows the possessive is an
 * organisation of the story that the story never writes without the word before it, one of them at least ending in a
 * legal form. A person who owns a firm is named apart from it somewhere ("Ambrose's Tarrant Publishing Corp … Ambrose
 * said"), and a firm that is only owned ("Quince's Avonlea Corp" beside "Avonlea Corp said") is named without its
 * owner.
 *
 * <p>A one-word "person" that is the whole of such a name, a shop's or a chain's ("Marlowe's, which runs 64 diners"),
 * is an organisation where the story writes it with its possessive every time and once where the possessive owns
 * nothing ({@link PossessiveFirms#isWrittenAsPossessiveName}); "Paula's career" owns.
 */
final class PossessiveFirmNames {

    /** A possessive right after a word, and the white space after it if any. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b\\s*");

    private PossessiveFirmNames() {}

    /** The mentions of a story, each such person and firm replaced by the one organisation they name together. */
    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            return mentions;
        }
        Set<String> owners = new HashSet<>();
        Map<String, String> joined = new HashMap<>();
        Map<String, String> firmsAlone = new HashMap<>();
        for (String word :
                writtenInLowerCase(NotPeopleContexts.lonePeople(mentions).keySet(), mentions)) {
            Map<String, String> firms = firmsOpenedBy(word, text, mentions);
            if (!firms.isEmpty()) {
                owners.add(NameText.key(word));
                joined.putAll(firms);
            } else if (PossessiveFirms.isWrittenAsPossessiveName(text, word) && !opensAFirm(word, mentions)) {
                firmsAlone.put(NameText.key(word), withPartner(word, text));
            }
        }
        if (joined.isEmpty() && firmsAlone.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            String key = NameText.key(name);
            if (mention.kind() == EntityKind.ORGANIZATION && joined.containsKey(name)) {
                out.add(new EntityMention(EntityKind.ORGANIZATION, joined.get(name)));
            } else if (mention.kind() == EntityKind.PERSON && firmsAlone.containsKey(key)) {
                out.add(new EntityMention(EntityKind.ORGANIZATION, firmsAlone.get(key)));
            } else if (mention.kind() != EntityKind.PERSON || !owners.contains(key)) {
                out.add(mention);
            }
        }
        return out;
    }

    /**
     * The firm's name {@code word} ends: with the partner the text writes before it every time ("Standard and Poor's",
     * whose first word the recognizer labelled nothing), or the word alone. The possessive is given back to the firm
     * later, as to every firm so written ({@link PossessiveFirms}).
     */
    private static String withPartner(String word, String text) {
        Matcher partnered = Pattern.compile(
                        "\\b(\\p{Lu}[\\p{L}.-]*\\s+(?:and|&)\\s+)?" + Pattern.quote(word) + "['’]s\\b")
                .matcher(text);
        String partner = null;
        while (partnered.find()) {
            String before = partnered.group(1) == null ? "" : NameText.normalizeWhitespace(partnered.group(1)) + " ";
            if (partner != null && !partner.equals(before)
                    || !before.isEmpty() && followsACapitalisedWord(text, partnered.start())) {
                return word;
            }
            partner = before;
        }
        return partner == null ? word : partner + word;
    }

    /**
     * Whether a capitalised word, not ending a sentence or a clause, comes right before {@code at}: the partner is then
     * the end of another name ("Burger King USA and …").
     */
    private static boolean followsACapitalisedWord(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return end > start && Character.isUpperCase(text.charAt(start)) && Character.isLetter(text.charAt(end - 1));
    }

    /** Whether the word and its possessive open an organisation of the story ("Scott's Hospitality Inc"). */
    private static boolean opensAFirm(String word, List<EntityMention> mentions) {
        Pattern opening = Pattern.compile(Pattern.quote(word) + "['’]s\\s+\\S");
        return mentions.stream()
                .anyMatch(mention -> mention.kind() == EntityKind.ORGANIZATION
                        && opening.matcher(mention.text()).lookingAt());
    }

    /**
     * A spelling of each of the one-word people with a letter in lower case: a headline in capitals ("KESTREL'S
     * BAKERIES <KBI>") writes the possessive as "'S" and the ticker without one.
     */
    private static Set<String> writtenInLowerCase(Set<String> keys, List<EntityMention> mentions) {
        Set<String> spellings = new LinkedHashSet<>();
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            if (mention.kind() == EntityKind.PERSON
                    && keys.contains(NameText.key(name))
                    && !name.equals(name.toUpperCase(Locale.ROOT))) {
                spellings.add(name);
            }
        }
        return spellings;
    }

    /**
     * The story's firms whose name {@code word} opens with its possessive, each mapped to the whole name as the story
     * writes it; none when the story writes the word once without the possessive, or when no such firm ends in a legal
     * form.
     */
    private static Map<String, String> firmsOpenedBy(String word, String text, List<EntityMention> mentions) {
        Map<String, String> firms = new HashMap<>();
        boolean legalForm = false;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (!ContextWords.isWholeWords(text, at, end)) {
                continue;
            }
            Matcher possessive = POSSESSIVE.matcher(text).region(end, text.length());
            if (!possessive.lookingAt()) {
                return Map.of();
            }
            boolean beforeAWord = possessive.end() > end + 2 && possessive.end() < text.length();
            if (!beforeAWord) {
                continue;
            }
            String owned = longestOrganizationAt(text, possessive.end(), mentions);
            if (owned != null && isNeverWrittenAlone(text, owned, word)) {
                firms.put(owned, word + text.substring(end, possessive.end()).strip() + " " + owned);
                legalForm |= endsInLegalForm(owned);
            }
        }
        return legalForm ? firms : Map.of();
    }

    /** The longest organisation of the story written at {@code at}; null when none. */
    private static String longestOrganizationAt(String text, int at, List<EntityMention> mentions) {
        String longest = null;
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            if (mention.kind() == EntityKind.ORGANIZATION
                    && text.startsWith(name, at)
                    && ContextWords.isWholeWords(text, at, at + name.length())
                    && (longest == null || name.length() > longest.length())) {
                longest = name;
            }
        }
        return longest;
    }

    private static boolean endsInLegalForm(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && PlaceAndOrganizationNames.isLegalForm(name.substring(space + 1));
    }

    /** Whether {@code owner}'s possessive comes right before each place the text writes {@code name} as whole words. */
    private static boolean isNeverWrittenAlone(String text, String name, String owner) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (ContextWords.isWholeWords(text, at, at + name.length()) && !isOwnedAt(text, at, owner)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code owner}, a possessive and white space come right before {@code at}. */
    private static boolean isOwnedAt(String text, int at, String owner) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == at || end < 2 || text.charAt(end - 1) != 's' || "'’".indexOf(text.charAt(end - 2)) < 0) {
            return false;
        }
        int start = end - 2 - owner.length();
        return start >= 0 && text.startsWith(owner, start) && ContextWords.isWholeWords(text, start, end - 2);
    }
}
