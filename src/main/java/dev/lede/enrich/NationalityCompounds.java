package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first part of a compound of nationalities ("Anglo-Dutch group", "Austro-Hungarian empire", "Sino-Soviet
 * talks"): the recognizer's tokenizer splits it at the hyphen and often labels the first part an organisation. A
 * one-word name the text writes only so, joined to a demonym before a word in lower case, names nothing; written once
 * otherwise ("Anglo's colliery", "Anglo-American, the mining group"), it stays. A place stays: "US-Soviet talks" are
 * the United States'.
 */
final class NationalityCompounds {

    private static final Pattern COMPOUND_PART = Pattern.compile("-(\\p{Lu}\\p{L}+)\\s+\\p{Ll}");

    private NationalityCompounds() {}

    static List<EntityMention> without(String text, List<EntityMention> mentions, Predicate<String> isDemonym) {
        return mentions.stream()
                .filter(m -> m.kind() == EntityKind.PLACE || !isOnlyFirstPart(m.text(), text, isDemonym))
                .toList();
    }

    private static boolean isOnlyFirstPart(String name, String text, Predicate<String> isDemonym) {
        if (name.isEmpty() || name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) {
            return false;
        }
        Pattern written = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "(?![\\p{L}])");
        Matcher m = written.matcher(text);
        boolean seen = false;
        while (m.find()) {
            seen = true;
            Matcher part = COMPOUND_PART.matcher(text).region(m.end(), text.length());
            if (!part.lookingAt() || !isDemonym.test(part.group(1))) {
                return false;
            }
        }
        return seen;
    }
}
