package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A town the article names as a sports team: the recognizer's place is written right before a player's or a team's
 * role ("the Gloucester prop", "Leicester captain Martin Johnson", "Chelsea boss Jose Mourinho"); not "fans" or
 * "players", which a festival ("Glastonbury fans") and an industry ("a Hollywood player") have too.
 * Every mention of that name in the article is then the team, an organisation. Roles that are also other things need
 * a name after them ("Leicester coach Dean Richards", not "a London coach"). A country or a first-level region is left
 * a place: its team ("England captain", "Florida manager") is named after the country or state as a whole, and news
 * lists a national side's stories under it.
 */
final class TeamPlaces {

    /** Roles only a player or a team has. */
    private static final Set<String> TEAM_ROLES = Set.of(
            "skipper",
            "striker",
            "midfielder",
            "defender",
            "winger",
            "goalkeeper",
            "keeper",
            "flanker",
            "fly-half",
            "scrum-half",
            "full-back",
            "centre-back",
            "batsman",
            "bowler",
            "all-rounder",
            "quarterback",
            "pitcher",
            "shortstop",
            "team-mate",
            "teammate");

    /** Roles a team has that other things have too ("a London coach"), so a person's name must follow. */
    private static final Set<String> TEAM_ROLES_BEFORE_A_NAME =
            Set.of("captain", "coach", "manager", "boss", "forward", "prop", "lock", "centre", "wing");

    private TeamPlaces() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        Set<String> teams = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            if (mention.kind() == EntityKind.PLACE
                    && asked.add(name)
                    && isTown(name, gazetteer)
                    && isWrittenBeforeATeamRole(text, name)) {
                teams.add(name);
            }
        }
        if (teams.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PLACE && teams.contains(NameText.normalizeWhitespace(m.text()))
                        ? new EntityMention(EntityKind.ORGANIZATION, m.text())
                        : m)
                .toList();
    }

    private static boolean isTown(String name, Gazetteer gazetteer) {
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(name);
        return !candidates.isEmpty() && candidates.stream().noneMatch(c -> isCountryOrState(c.place()));
    }

    private static boolean isCountryOrState(Place place) {
        return place.kind() == Place.PlaceKind.COUNTRY
                || (place.kind() == Place.PlaceKind.REGION && !place.isSecondLevelRegion());
    }

    private static boolean isWrittenBeforeATeamRole(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && isTeamRoleAt(text, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTeamRoleAt(String text, int from) {
        int roleStart = skipBlanks(text, from);
        if (roleStart == from) {
            return false;
        }
        int roleEnd = wordEnd(text, roleStart);
        String role = text.substring(roleStart, roleEnd).toLowerCase(Locale.ROOT);
        if (TEAM_ROLES.contains(role)) {
            return true;
        }
        if (!TEAM_ROLES_BEFORE_A_NAME.contains(role)) {
            return false;
        }
        int next = skipBlanks(text, roleEnd);
        return next > roleEnd && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
