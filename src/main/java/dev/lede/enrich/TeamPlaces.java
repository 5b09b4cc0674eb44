package dev.lede.enrich;

import dev.lede.enrich.places.EndAnchored;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A town the article names as a sports team. The recognizer's place is written right before a role only a player or
 * a team has ("Leicester fly-half", "Wrexham defender Stephen Roberts"), before a role other things have too followed
 * by a name ("Leicester captain Martin Johnson", not "a London coach carrying pupils") or after "the" ("the Gloucester
 * prop was recalled"), or after words that make it a side ("on loan at", "playing for", "victory over", "captain of")
 * where no capitalised word follows it. Not "fans" or "players", which a festival ("Glastonbury fans") and an industry
 * ("a Hollywood player") have too. Every mention of that name in the article is then the team, an organisation. A
 * country or a first-level region is left a place: its team ("England captain", "Florida manager") is named after
 * the country or state as a whole, and news lists a national side's stories under it.
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
            "centre-half",
            "left-back",
            "right-back",
            "wing-back",
            "tight-head",
            "loose-head",
            "stand-off",
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
            Set.of("captain", "coach", "manager", "boss", "forward", "prop", "lock", "hooker", "centre", "wing");

    /** Of those, the ones that need no name after them where "the" stands before the town ("the Gloucester prop"). */
    private static final Set<String> TEAM_ROLES_AFTER_THE = Set.of("captain", "boss", "prop", "lock", "hooker");

    /** Words before a town that make it a side: "on loan at", "playing for", "victory over", "captain of". */
    private static final EndAnchored SIDE_BEFORE = EndAnchored.of(
            "(?i:\\b(?:(?:on\\s+loan|loan\\s+spell)\\s+(?:at|from|with)|signed\\s+for|play(?:s|ed|ing)\\s+for|(?:wins?|victory)\\s+over"
                    + "|defeat\\s+(?:to|by)|draw\\s+(?:with|against)|(?:captain|skipper|coach)\\s+of))\\s+$",
            "at",
            "from",
            "with",
            "for",
            "over",
            "to",
            "by",
            "against",
            "of");

    private static final EndAnchored THE_BEFORE = EndAnchored.of("(?i:\\bthe)\\s+$", "the");

    private static final int LOOK_BEHIND = 30;

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
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
            if (isTeamRoleAt(text, end, THE_BEFORE.find(before))
                    || (SIDE_BEFORE.find(before) && endsTheName(text, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTeamRoleAt(String text, int from, boolean afterThe) {
        int roleStart = skipBlanks(text, from);
        if (roleStart == from) {
            return false;
        }
        int roleEnd = wordEnd(text, roleStart);
        String role = text.substring(roleStart, roleEnd).toLowerCase(Locale.ROOT);
        if (TEAM_ROLES.contains(role)) {
            return true;
        }
        if (afterThe && TEAM_ROLES_AFTER_THE.contains(role)) {
            return true;
        }
        return TEAM_ROLES_BEFORE_A_NAME.contains(role) && isCapitalisedWordAt(text, roleEnd);
    }

    /** Whether the town ends there, not the first word of a longer name ("coach of Leicester Tigers"). */
    private static boolean endsTheName(String text, int end) {
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            return false;
        }
        return !isCapitalisedWordAt(text, end);
    }

    private static boolean isCapitalisedWordAt(String text, int from) {
        int next = skipBlanks(text, from);
        return next > from && next < text.length() && Character.isUpperCase(text.charAt(next));
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
