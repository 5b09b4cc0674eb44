package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A firm whose partners' names are joined by commas, split by the recognizer at a comma: "Kleinwort, Benson Ltd" comes
 * out as a person "Kleinwort" and an organisation "Benson Ltd", "L.F. Rothschild, Unterberg, Towbin Inc" as two people
 * and "Towbin Inc". A person written as a surname alone, or after initials only, right before a comma and a short name
 * ending in a legal form is the first partner of that firm; the two become one organisation, named as written, and so
 * on back along the commas. A firm followed by a possessive ("Smith, Hale Ltd's chairman") and a surname that ends
 * a pair of its own ("Lord and Taylor, May Co and Robinson's", a list of stores) are left apart.
 */
final class CommaFirms {

    /** The longest name before the legal form that a split-off rest of a firm's name has ("Harris Upham"). */
    private static final int MAX_REST_WORDS = 2;

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

    /** Enough text before a partner to read the word before an "and". */
    private static final int LOOK_BEHIND = 30;

    private CommaFirms() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        if (mentions.size() < 2) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = mentions.size() - 1; i >= 0; i--) {
            EntityMention mention = mentions.get(i);
            if (!out.isEmpty() && joinsTheFirmAfter(text, mention, out.getFirst())) {
                EntityMention firm = out.removeFirst();
                String name = mention.text().strip() + ", " + firm.text().strip();
                out.addFirst(new EntityMention(EntityKind.ORGANIZATION, name));
            } else {
                out.addFirst(mention);
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    private static boolean joinsTheFirmAfter(String text, EntityMention partner, EntityMention firm) {
        if (partner.kind() != EntityKind.PERSON || firm.kind() != EntityKind.ORGANIZATION) {
            return false;
        }
        List<String> partnerWords = NameText.tokens(NameText.normalizeWhitespace(partner.text()));
        List<String> firmWords = NameText.tokens(NameText.normalizeWhitespace(firm.text()));
        return isSurnameAlone(partnerWords)
                && endsInLegalForm(firmWords)
                && writtenJoined(
                        text, partner.text().strip() + ", " + firm.text().strip());
    }

    /** "Kleinwort", "L.F. Rothschild": a capitalised surname, after initials only if anything. */
    private static boolean isSurnameAlone(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (!INITIALS.matcher(words.get(i)).matches()) {
                return false;
            }
        }
        String surname = words.getLast();
        return Character.isUpperCase(surname.charAt(0)) && surname.chars().anyMatch(Character::isLowerCase);
    }

    /** "Benson Ltd", "Unterberg, Towbin Inc", "Harris Upham and Co Inc": a short name, then a legal form. */
    private static boolean endsInLegalForm(List<String> words) {
        if (words.size() < 2 || !PlaceAndOrganizationNames.isLegalForm(words.getLast())) {
            return false;
        }
        int nameWords = 0;
        for (String word : words) {
            if (!PlaceAndOrganizationNames.isLegalForm(word) && !word.equals("and") && !word.equals("&")) {
                nameWords++;
            }
        }
        return nameWords >= 1
                && nameWords
                        <= MAX_REST_WORDS
                                + words.stream().filter(w -> w.endsWith(",")).count();
    }

    /** "Lord and Taylor, May Co": a partner that ends a pair of its own starts no firm; the commas make a list. */
    private static boolean closesAPair(String text, int at) {
        String before = text.substring(Math.max(0, at - LOOK_BEHIND), at).stripTrailing();
        if (!before.endsWith(" and") && !before.endsWith("&")) {
            return false;
        }
        String words = before.substring(0, before.length() - (before.endsWith("&") ? 1 : 4))
                .stripTrailing();
        String previous = words.substring(words.lastIndexOf(' ') + 1);
        // "Alex. Brown and Sons Inc <ABSB> and L.F. Rothschild, ..." lists firms: a legal form or a ticker ends one
        return !PlaceAndOrganizationNames.isLegalForm(previous) && !previous.endsWith(">");
    }

    /** Whether the text writes the two joined by the comma, not followed by a possessive or after a pair. */
    private static boolean writtenJoined(String text, String joined) {
        for (int at = text.indexOf(joined); at >= 0; at = text.indexOf(joined, at + 1)) {
            int end = at + joined.length();
            boolean possessive = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
            if (ContextWords.isWholeWords(text, at, end) && !possessive && !closesAPair(text, at)) {
                return true;
            }
        }
        return false;
    }
}
