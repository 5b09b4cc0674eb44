package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The players a match report lists after the game: "Newcastle: Given, Carr, Robert (Jenas 77), Ameobi.", "Subs Not
 * Used: Butt, Harper.", "Booked: Hierro." Their surnames are as often a town's or a firm's ("Clichy", "Gaia",
 * "Bramble"), and the recognizer, without a sentence around them, often takes them so; on the team sheet each is a
 * player. A sheet is a list of names alone, with a substitute's minute in brackets or under a label a sheet uses, so
 * a list of countries or firms in prose is none.
 */
final class TeamSheets {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}";
    private static final Pattern ITEM = Pattern.compile("(" + NAME + ")(?: \\((" + NAME + ") \\d+\\))?(?: \\d+)?");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\(" + NAME + " \\d+\\)");
    private static final Pattern LABEL = Pattern.compile("^([^:,]{1,40}):\\s*");
    private static final Pattern SEGMENT_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+|\\n");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*");

    /** Labels of a sheet's shorter lists. */
    private static final Set<String> SHEET_LABELS =
            Set.of("subs", "subs not used", "substitutes", "booked", "sent off", "goals", "scorers");

    /** A sheet with a substitution lists at least this many players; a side's whole eleven without one. */
    private static final int SHORTEST_SHEET = 5;

    private static final int WHOLE_SIDE = 9;

    private TeamSheets() {}

    /** The mentions, each place or organisation named as a player on one of the text's team sheets a person. */
    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Set<String> players = players(text);
        if (players.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() != EntityKind.PERSON && players.contains(m.text())
                        ? new EntityMention(EntityKind.PERSON, m.text())
                        : m)
                .toList();
    }

    /** Every name listed on a team sheet of the text, substitutes' included. */
    static Set<String> players(String text) {
        Set<String> players = new HashSet<>();
        for (String segment : SEGMENT_END.split(text)) {
            players.addAll(sheet(stripped(segment)));
        }
        return players;
    }

    private static List<String> sheet(String segment) {
        Matcher label = LABEL.matcher(segment);
        String labelText = label.find() ? label.group(1).strip().toLowerCase(Locale.ROOT) : null;
        String list = labelText == null ? segment : segment.substring(label.end());
        String[] items = ITEM_SEPARATOR.split(list);
        boolean isSheet = (labelText != null && SHEET_LABELS.contains(labelText))
                || (items.length >= SHORTEST_SHEET && SUBSTITUTION.matcher(list).find())
                || (labelText != null && items.length >= WHOLE_SIDE);
        if (!isSheet) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String item : items) {
            Matcher m = ITEM.matcher(item.strip());
            if (!m.matches()) {
                return List.of();
            }
            names.add(m.group(1));
            if (m.group(2) != null) {
                names.add(m.group(2));
            }
        }
        return names;
    }

    /** The segment without the quote mark or full stop around it. */
    private static String stripped(String segment) {
        String s = segment.strip();
        while (!s.isEmpty() && "\"“”'‘’".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }
}
