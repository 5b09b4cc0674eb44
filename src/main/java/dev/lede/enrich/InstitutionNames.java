package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A think tank, university or public body the recognizer took for a place or a person: "Kiel Institute for the World
 * Economy", "International Tennis Federation", and "Carnegie Russia Eurasia Center" where a fellow works. A name of
 * two words or more that the gazetteer does not know is an organisation when it ends in a word for an institution,
 * which no place ends in, or in "Center"/"Centre" where the text has someone work at it ("a senior fellow at the …").
 * Other centres stay places: "World Trade Center", "Staples Center", and the towns "Rockville Centre" and "Brookfield
 * Center", which the gazetteer knows.
 */
final class InstitutionNames {

    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "institute",
            "institution",
            "foundation",
            "endowment",
            "association",
            "commission",
            "committee",
            "council",
            "agency",
            "federation",
            "organisation",
            "organization",
            "university",
            "society",
            "fund");

    private static final Set<String> CENTRES = Set.of("center", "centre");

    /** Someone's post at the name written right after ("a senior fellow at the", "professor of the"). */
    private static final Pattern WORKPLACE_BEFORE = Pattern.compile(
            "(?i)\\b(?:fellows?|researchers?|scholars?|professors?|lecturers?|analysts?|economists?|directors?|experts?"
                    + "|heads?|chair|president|scientists?)\\s+(?:at|of|with)\\s+(?:the\\s+)?$");

    private static final int LOOK_BEHIND = 60;

    private InstitutionNames() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        return mentions.stream()
                .map(m -> isInstitution(text, m, gazetteer) ? new EntityMention(EntityKind.ORGANIZATION, m.text()) : m)
                .toList();
    }

    private static boolean isInstitution(String text, EntityMention mention, Gazetteer gazetteer) {
        String name = NameText.normalizeWhitespace(mention.text());
        String last = NameText.lastOfSeveralWords(name).toLowerCase(Locale.ROOT);
        boolean institution = INSTITUTION_WORDS.contains(last);
        if (mention.kind() == EntityKind.ORGANIZATION
                || (!institution && !CENTRES.contains(last))
                || !gazetteer.candidates(name).isEmpty()) {
            return false;
        }
        return institution || isWorkplace(text, name);
    }

    private static boolean isWorkplace(String text, String name) {
        return ContextWords.isWrittenWhere(
                text,
                name,
                (at, end) -> WORKPLACE_BEFORE
                        .matcher(text.substring(Math.max(0, at - LOOK_BEHIND), at))
                        .find());
    }
}
