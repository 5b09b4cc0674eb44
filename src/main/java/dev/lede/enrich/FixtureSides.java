package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fixture the recognizer took for one name: "Switzerland v Republic of Ireland" is the two sides, each of the
 * mention's kind, where the gazetteer knows both as places. A title or a case named that way ("Freddy vs Jason",
 * "Plessy v Ferguson") has a side the gazetteer does not know and stays whole.
 */
final class FixtureSides {

    private static final Pattern JOIN = Pattern.compile(" (?:[vV]|[vV][sS]\\.?|versus) ");

    private FixtureSides() {}

    static List<EntityMention> apply(List<EntityMention> mentions, Predicate<String> isPlace) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String[] sides = JOIN.split(NameText.normalizeWhitespace(mention.text()), -1);
            if (sides.length == 2 && isPlace.test(sides[0]) && isPlace.test(sides[1])) {
                out.add(new EntityMention(mention.kind(), sides[0]));
                out.add(new EntityMention(mention.kind(), sides[1]));
            } else {
                out.add(mention);
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }
}
