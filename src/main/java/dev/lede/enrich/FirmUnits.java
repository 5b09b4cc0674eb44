package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A firm's unit that the recognizer took for a place: "the Yugansk unit", "its production unit Yuganskneftegas", "the
 * firm's main production arm, Yugansk". A place no gazetteer knows, written right before or after a word for a part of
 * a firm, is a firm, unless the article also writes it where a place stands ("in Yugansk", "Yugansk, Siberia"). A
 * place the gazetteer knows, or whose first word it knows, is more often where the unit is ("its Texas unit",
 * "Rockwell's Duluth Ga. division").
 */
final class FirmUnits {

    private static final Pattern PART_AFTER = Pattern.compile("\\s+(?:unit|units|division|subsidiary|affiliate)\\b");
    private static final Pattern PART_BEFORE = Pattern.compile("\\b(?:unit|division|subsidiary|affiliate|arm),?\\s+$");
    private static final int LOOK_BEHIND = 30;

    private FirmUnits() {}

    /** @param isUnknownPlace whether no place of the name is known */
    static List<EntityMention> apply(String text, List<EntityMention> mentions, Predicate<String> isUnknownPlace) {
        Set<String> units = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PLACE)
                .map(m -> m.text().strip())
                .distinct()
                .filter(name -> isUnknownPlace.test(name) && isUnknownPlace.test(firstWord(name)))
                .filter(name -> ContextWords.isWrittenWhere(text, name, (at, end) -> isPartAt(text, at, end)))
                .filter(name -> !FirmShortNames.isWrittenAsAPlace(text, name))
                .collect(Collectors.toSet());
        return FirmShortNames.placesAsFirms(mentions, units);
    }

    /** "Duluth" of "Duluth Ga": a town before its state's abbreviation is a place the gazetteer knows. */
    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static boolean isPartAt(String text, int at, int end) {
        return PART_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || PART_BEFORE
                        .matcher(text.substring(Math.max(0, at - LOOK_BEHIND), at))
                        .find();
    }
}
