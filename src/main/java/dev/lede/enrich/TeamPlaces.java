package dev.lede.enrich;

import dev.lede.enrich.places.EndAnchored;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A town the article names as a sports team. The recognizer's place is written right before a role only a player or
 * a team has ("Leicester fly-half", "Wrexham defender Stephen Roberts"), before a role other things have too followed
 * by a name ("Leicester captain Martin Johnson", not "a London coach carrying pupils") or after "the" ("the Gloucester
 * prop was recalled"), or after words that make it a side ("on loan at", "playing for", "victory over", "captain of")
 * where no capitalised word follows it; or it faces another town or an organisation of the article across "v", a
 * result or a score ("Northampton v Southampton", "Gloucester beat Bath", "Newcastle 27-27 Gloucester"); or it is
 * listed with at least two of the article's organisations, a town among teams or firms named after towns ("the top
 * three of Chelsea, Manchester United and Arsenal"), where a list of towns has none ("Manchester, Liverpool,
 * Leicester"). Not "fans"
 * or "players", which a festival ("Glastonbury fans") and an industry ("a Hollywood player") have too. Every mention
 * of that name in the article is then the team, an organisation. A country or a first-level region is left a place:
 * its team ("England captain", "Florida manager") is named after the country or state as a whole, and news lists a
 * national side's stories under it.
 */
final class TeamPlaces {

    /** One organisation beside a town is not enough: "Sony and Tokyo" may be a firm and where it is. */
    private static final int LEAST_ORGANISATIONS_LISTED = 2;

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
            "(?i:\\b(?:(?:on\\s+loan|loan\\s+spell)\\s+(?:at|from|with)|signed\\s+for|play(?:s|ed|ing)\\s+for"
                    + "|(?:wins?|victory)\\s+over|defeat\\s+(?:to|by)|draw\\s+(?:with|against)"
                    + "|(?:captain|skipper|coach)\\s+of))\\s+$",
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

    /** Up to four capitalised words: one side of a fixture. */
    private static final String SIDE = "\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,3}";

    /** What stands between two sides: "v", "vs", "versus", a result ("beat", "drew with"), or a score ("27-27"). */
    private static final String VERSUS =
            " +(?:[vV]|[vV][sS]\\.?|versus|beat|defeated|drew with|lost to|\\d{1,3}-\\d{1,3}) +";

    /** The other side of a fixture before the town, maybe with an alternative ("Derby v Watford or Fulham"). */
    private static final Pattern OTHER_SIDE_BEFORE =
            Pattern.compile("(" + SIDE + ")" + VERSUS + "(?:" + SIDE + " or )?$");

    /** The other side of a fixture after the town, maybe after an alternative ("Burnley or Blackburn v Leicester"). */
    private static final Pattern OTHER_SIDE_AFTER =
            Pattern.compile("^(?: or " + SIDE + ")?" + VERSUS + "(" + SIDE + ")");

    private static final int FIXTURE_WINDOW = 48;

    private TeamPlaces() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        Set<String> teams = new HashSet<>();
        Set<String> asked = new HashSet<>();
        Set<String> organisations = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(m -> NameText.normalizeWhitespace(m.text()))
                .collect(Collectors.toSet());
        Predicate<String> isSide = side -> organisations.contains(side) || isTown(side, gazetteer);
        Set<String> organisationKeys =
                organisations.stream().map(NameLists::key).collect(Collectors.toSet());
        Set<String> nameKeys = mentions.stream()
                .filter(m -> m.kind() != EntityKind.PERSON)
                .map(m -> NameLists.key(m.text()))
                .collect(Collectors.toSet());
        Lists lists = new Lists(organisationKeys, nameKeys);
        Set<String> surnames = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .map(m -> NameText.normalizeWhitespace(m.text()))
                .filter(name -> name.contains(" "))
                .map(name -> name.substring(name.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
        Predicate<EntityMention> mayBeATeam = m -> mayBeATeam(m, NameText.normalizeWhitespace(m.text()), surnames);
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            if (mayBeATeam.test(mention)
                    && asked.add(name)
                    && isTown(name, gazetteer)
                    && isWrittenAsATeam(text, name, isSide, lists)) {
                teams.add(name);
            }
        }
        if (teams.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> mayBeATeam.test(m) && teams.contains(NameText.normalizeWhitespace(m.text()))
                        ? new EntityMention(EntityKind.ORGANIZATION, m.text())
                        : m)
                .toList();
    }

    /**
     * A place, or a town's one-word name the recognizer took for a person: "a 2-2 draw with Chelsea", "Chelsea host
     * Birmingham" read as a surname. A person's full name is never a team, nor the surname of one the story names
     * ("Robert Dole … National Grain and Feed Association, Dole said").
     */
    private static boolean mayBeATeam(EntityMention mention, String name, Set<String> surnames) {
        return mention.kind() == EntityKind.PLACE
                || (mention.kind() == EntityKind.PERSON && !name.contains(" ") && !surnames.contains(name));
    }

    private static boolean isTown(String name, Gazetteer gazetteer) {
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(name);
        return !candidates.isEmpty() && candidates.stream().noneMatch(c -> isCountryOrState(c.place()));
    }

    private static boolean isCountryOrState(Place place) {
        return place.kind() == Place.PlaceKind.COUNTRY
                || (place.kind() == Place.PlaceKind.REGION && !place.isSecondLevelRegion());
    }

    private static boolean isWrittenAsATeam(String text, String name, Predicate<String> isSide, Lists lists) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
            if (isTeamRoleAt(text, end, THE_BEFORE.find(before))
                    || (SIDE_BEFORE.find(before) && endsTheName(text, end))
                    || facesASide(text, at, end, isSide)
                    || lists.amongOrganisations(text, at, end)) {
                return true;
            }
        }
        return false;
    }

    /** "Newcastle v Tottenham", "Leeds v Saracens": a town or an organisation of the article on the other side. */
    private static boolean facesASide(String text, int at, int end, Predicate<String> isSide) {
        Matcher before = OTHER_SIDE_BEFORE.matcher(text.substring(Math.max(0, at - FIXTURE_WINDOW), at));
        if (before.find() && isSide.test(before.group(1))) {
            return true;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        Matcher after = OTHER_SIDE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + FIXTURE_WINDOW)));
        return after.find() && isSide.test(after.group(1));
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

    /** The article's organisations and places, as {@link NameLists#key} writes them. */
    private record Lists(Set<String> organisationKeys, Set<String> nameKeys) {

        /**
         * Whether the town at {@code at}–{@code end} is listed with at least two organisations and no place: a list of
         * firms each with its town ("WJBK-TV, Detroit, and WITI-TV, Milwaukee") has its other towns in it.
         */
        boolean amongOrganisations(String text, int at, int end) {
            List<String> listed = NameLists.around(text, at, end, nameKeys);
            long organisations = listed.stream()
                    .filter(name -> organisationKeys.contains(NameLists.key(name)))
                    .count();
            return organisations >= LEAST_ORGANISATIONS_LISTED && organisations == listed.size();
        }
    }
}
