package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm and the unit it owns labelled as one organisation: "Sun Co's Sun Refining and Marketing Co", "BankAmerica
 * Corp's Bank of America", "News Corp's News International". Where a legal form (or "Group", "Holdings") ends the
 * owner's name right before the possessive, the span is two organisations, the owner and what it owns ({@link #split});
 * so it is where the story names the owner on its own elsewhere, and once without a possessive ("Pearson's Financial
 * Times" beside "Pearson said", {@link #splitNamedOwners}). A possessive after any other word may be part of one name
 * ("Moody's Investors Service Inc", "National People's Congress", "Musicians' Union") and stays.
 */
final class OwnedFirms {

    /**
     * A legal form or "Group" or "Holdings", its possessive (the group, with the abbreviation's full stop: "Corp.'s"),
     * and a capitalised word that opens the name of what it owns.
     */
    private static final Pattern OWNER_ENDS =
            Pattern.compile("\\b(?i:inc|co|cos|corp|ltd|plc|llc|ag|sa|nv|gmbh|group|holdings)(\\.?['’]s) (?=\\p{Lu})");

    /** The owner, its possessive, and the capitalised name of what it owns. */
    private static final Pattern OWNER_AND_OWNED = Pattern.compile("(.+?)(?:['’]s|(?<=s)['’]) (\\p{Lu}.*)");

    private OwnedFirms() {}

    /**
     * The mentions of a story, each organisation "A's B" whose owner A the story names as a mention of its own, and
     * writes at least once without a possessive, split into A (of that mention's kind) and the organisation B, or
     * the person B where B is a common given name and one more word.
     */
    static List<EntityMention> splitNamedOwners(String text, List<EntityMention> mentions) {
        if (text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            Matcher parts = OWNER_AND_OWNED.matcher(mention.text().strip());
            EntityKind ownerKind = mention.kind() == EntityKind.ORGANIZATION && parts.matches()
                    ? kindNamedAlone(parts.group(1), mentions, text)
                    : null;
            if (ownerKind == null || isLegalFormsOnly(parts.group(2))) {
                out.add(mention);
            } else {
                out.add(new EntityMention(ownerKind, parts.group(1)));
                out.add(new EntityMention(kindOfOwned(parts.group(2)), parts.group(2)));
            }
        }
        return out;
    }

    /** A club's player ("Arsenal's Sol Campbell"): two words, the first a common given name, are a person. */
    private static EntityKind kindOfOwned(String owned) {
        String[] words = owned.split(" ");
        return words.length == 2 && GivenNames.contains(words[0]) ? EntityKind.PERSON : EntityKind.ORGANIZATION;
    }

    /** The kind of a mention that is the owner alone, when the text writes it without a possessive; else null. */
    private static EntityKind kindNamedAlone(String owner, List<EntityMention> mentions, String text) {
        EntityKind kind = mentions.stream()
                .filter(other -> other.text().strip().equals(owner))
                .map(EntityMention::kind)
                .findFirst()
                .orElse(null);
        return kind != null && isWrittenWithoutPossessive(text, owner) ? kind : null;
    }

    private static boolean isWrittenWithoutPossessive(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (ContextWords.isWholeWords(text, at, end)
                    && (end == text.length() || (text.charAt(end) != '\'' && text.charAt(end) != '’'))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLegalFormsOnly(String name) {
        for (String word : name.split(" ")) {
            if (!PlaceAndOrganizationNames.isLegalForm(word)) {
                return false;
            }
        }
        return true;
    }

    /** The spans of one sentence, each organisation labelled with the unit it owns split in two. */
    static List<BracketedSpans.Span> split(String paragraph, List<BracketedSpans.Span> spans) {
        List<BracketedSpans.Span> out = new ArrayList<>(spans.size());
        for (BracketedSpans.Span span : spans) {
            if (span.kind() != EntityKind.ORGANIZATION) {
                out.add(span);
                continue;
            }
            int start = span.start();
            Matcher owner = OWNER_ENDS.matcher(paragraph).region(start, span.end());
            while (owner.find()) {
                out.add(new BracketedSpans.Span(EntityKind.ORGANIZATION, start, owner.start(1)));
                start = owner.end();
            }
            out.add(start == span.start() ? span : new BracketedSpans.Span(EntityKind.ORGANIZATION, start, span.end()));
        }
        return out;
    }
}
