package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words right after or before a name say about it, whatever the recognizer thought. A "person" followed by a
 * company form ("Touche Ross and Co", "Alex. Brown and Sons Inc", "G.D. Searle and Co") is a firm named after
 * people, and one followed by "poll" or "survey" ("a Harris poll") is a pollster: both are organisations in the whole
 * article. A one-word organisation that is only ever the tail of a title ("Secretary of State", "Minister of
 * Finance") is no organisation.
 */
final class NotPeopleContexts {

    private static final Pattern FIRM_AFTER =
            Pattern.compile("^(?:,?\\s+(?:and|&)\\s+(?:Co|Cos|Company|Sons|Partners|Associates)\\b"
                    + "|,?\\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LP|Securities|Brothers|Bros|Group|Holdings)\\b"
                    + "|\\s+(?:poll|polls|survey|surveys|organization|organisation)\\b)");
    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("\\p{Lu}\\p{L}+\\s+of\\s+$");
    private static final int LOOK_BEHIND = 40;

    private NotPeopleContexts() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        int[] starts = ContextWords.starts(text, mentions);
        Set<String> firms = new HashSet<>();
        Set<String> seenElsewhere = new HashSet<>();
        Set<String> titleTails = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            String key = key(mention.text());
            if (starts[i] < 0) {
                seenElsewhere.add(key);
                continue;
            }
            int end = starts[i] + mention.text().length();
            if (mention.kind() == EntityKind.PERSON
                    && FIRM_AFTER.matcher(text.substring(end)).lookingAt()) {
                firms.add(key);
            }
            String before = text.substring(Math.max(0, starts[i] - LOOK_BEHIND), starts[i]);
            if (mention.kind() == EntityKind.ORGANIZATION
                    && !mention.text().contains(" ")
                    && TITLE_OF_BEFORE.matcher(before).find()) {
                titleTails.add(key);
            } else {
                seenElsewhere.add(key);
            }
        }
        titleTails.removeAll(seenElsewhere);
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention mention : mentions) {
            String key = key(mention.text());
            if (titleTails.contains(key)) {
                continue;
            }
            kept.add(firms.contains(key) ? new EntityMention(EntityKind.ORGANIZATION, mention.text()) : mention);
        }
        return kept;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
