package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.PlaceNames;
import dev.lede.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the recognizer took for a place though the gazetteer knows no place of it, and the story names an organisation
 * so ("outside the European Union" beside "the European Union said"), by its initials with dots ("the United Nations"
 * beside "the U.N. spokesman") or spelt out ("joined the EU" beside "the European Union"), or that is an acronym
 * written in prose ("new EU rules"): an organisation. Places are seldom written in initials but for those the gazetteer
 * knows ("US", "UAE", "LA"); two letters that are a country's code or an American state's stay a place ("NZ", "TX"),
 * and so does a word of a table written all in capitals ("UNC" in a grain price list). Initials the story itself gives
 * an organisation in brackets are that organisation whatever place they also spell ("the Palestinian Authority (PA)" is
 * no Pennsylvania). "Air" before a name is an airline's ("Air Jamaica", "Air New Zealand"), not a place's. So is a name
 * the story calls a kind of firm ("Petro-Canada, Canada's state-owned oil company", "web tracking company Envisional"),
 * whose shares it counts or moves ("Bredero shares fell") or whose officers or owners it names right after it ("Balco
 * boss Victor Conte", "Avana shareholders"), that it calls a newspaper or a news agency ("the Berliner Zeitung
 * newspaper said", "the daily Frankfurter Rundschau"), or that opens a clause as the subject of a report ("...,
 * Dauphin said."), and never writes where only a place stands ("near Hull"), unless its last word says what kind of
 * place it is ("the giant Yates Field").
 */
final class BodiesTakenForPlaces {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern AIRLINE = Pattern.compile("Air(?:\\s+\\p{Lu}[\\p{L}'.-]*)+");

    /** A word only a place follows ("near Hull"); a firm too is "in", "at" or "from" somewhere. */
    private static final Pattern ONLY_A_PLACE_BEFORE = Pattern.compile(
            "\\b(?:near|across|outside|throughout|around|towards?|off|north|south|east|west)\\s+(?:of\\s+)?$");

    /** A firm's officers or owners right after its name ("Balco boss Victor Conte", "a Dome spokesman"). */
    private static final Pattern OFFICERS_AFTER = Pattern.compile(
            "\\s+(?:boss|chairman|chief\\s+executive|spokesman|spokeswoman|shareholders|stockholders)\\b");

    /** A report's verb right after its speaker's name ("Dauphin said", "Asahan reported a loss"). */
    private static final Pattern SPEECH_AFTER = Pattern.compile("\\s+(?:said|says|reported|reports|announced|told)\\b");

    /** Words an organisation's initials skip ("the European Union" is the EU). */
    private static final Set<String> UNSPELLED_WORDS = Set.of("of", "the", "and", "for", "de", "du", "des", "&");

    private BodiesTakenForPlaces() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions, Gazetteer gazetteer) {
        Set<String> names = new HashSet<>();
        Set<String> initials = new HashSet<>();
        Set<String> dottedInitials = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.kind() == EntityKind.ORGANIZATION) {
                names.add(m.text());
                initials.add(initials(m.text()));
                dottedInitials.add(dottedLetters(m.text()));
            }
        }
        initials.remove("");
        dottedInitials.remove("");
        Set<String> bracketedInitials = bracketedInitials(text, names, gazetteer);
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PLACE
                                        && gazetteer.candidates(m.text()).isEmpty()
                                        && (names.contains(m.text())
                                                || initials.contains(m.text())
                                                || dottedInitials.contains(initials(m.text()))
                                                || isAcronymInProse(m.text(), text, gazetteer)
                                                || AIRLINE.matcher(m.text()).matches()
                                                || isNamedAsAFirm(text, m.text()))
                                || m.kind() == EntityKind.PLACE && bracketedInitials.contains(m.text())
                        ? new EntityMention(EntityKind.ORGANIZATION, m.text())
                        : m)
                .toList();
    }

    private static boolean isNamedAsAFirm(String text, String name) {
        return !PlaceNames.endsInAKindOfPlace(name)
                && (NotPeopleContexts.isNamedAsAFirm(text, name)
                        || PressOutlets.isNamedAsAnOutlet(text, name)
                        || isWrittenBeforeItsOfficers(text, name)
                        || isAReportingSpeaker(text, name))
                && !ContextWords.isWrittenWhere(
                        text,
                        name,
                        (at, end) -> ONLY_A_PLACE_BEFORE
                                .matcher(text.substring(Math.max(0, at - 20), at))
                                .find());
    }

    private static boolean isWrittenBeforeItsOfficers(String text, String name) {
        return ContextWords.isWrittenWhere(
                text,
                name,
                (at, end) ->
                        OFFICERS_AFTER.matcher(text).region(end, text.length()).lookingAt());
    }

    /**
     * Whether the name opens a clause, perhaps after "the", as the subject of a report's verb ("..., Dauphin said.",
     * "The Beijing News said"): a place does not report. Not a quote's speaker (a name after '," '), nor a name that
     * starts with a given name or a title ("Ms Essex said"): those may be people the gazetteer does not know.
     */
    private static boolean isAReportingSpeaker(String text, String name) {
        String first = name.split("\\s+", 2)[0];
        return !GivenNames.contains(first)
                && !NameWords.TITLES.contains(first.toLowerCase(Locale.ROOT))
                && ContextWords.isWrittenWhere(
                        text,
                        name,
                        (at, end) -> SPEECH_AFTER
                                        .matcher(text)
                                        .region(end, text.length())
                                        .lookingAt()
                                && opensAClause(text, at));
    }

    private static boolean opensAClause(String text, int at) {
        int start = at;
        if (at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4)) {
            start = at - 4;
        }
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == 0 || i < start && ".!?:;,".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * The initials the story writes in brackets after the organisation they spell: "Palestinian Authority (PA)". Not
     * those of a name the gazetteer knows, which the recognizer took for an organisation: "the United Arab Emirates
     * (UAE)" is the country.
     */
    private static Set<String> bracketedInitials(String text, Set<String> organizations, Gazetteer gazetteer) {
        Set<String> bracketed = new HashSet<>();
        for (String name : organizations) {
            String initials = initials(name);
            if (!initials.isEmpty()
                    && text.contains(name + " (" + initials + ")")
                    && gazetteer.candidates(name).isEmpty()) {
                bracketed.add(initials);
            }
        }
        return bracketed;
    }

    /**
     * "U.N." → "UN"; "" for a name that is no acronym written with dots. Initials without dots stand for too many
     * names to tell which place they spell ("BP" is no "Balkan Peninsula"); a wire's dotted ones abbreviate its name.
     */
    private static String dottedLetters(String name) {
        String letters = name.strip().replace(".", "");
        return name.contains(".") && ACRONYM.matcher(letters).matches() ? letters : "";
    }

    /** "European Union" → "EU", "Organisation of Petroleum Exporting Countries" → "OPEC"; "" for a one-word name. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        String[] words = name.strip().split("[\\s-]+");
        for (String word : words) {
            if (!word.isEmpty() && !UNSPELLED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return words.length > 1 ? out.toString() : "";
    }

    private static boolean isAcronymInProse(String name, String text, Gazetteer gazetteer) {
        return ACRONYM.matcher(name).matches()
                && !isCountryOrStateCode(name, gazetteer)
                && isWrittenInProse(name, text);
    }

    private static boolean isCountryOrStateCode(String name, Gazetteer gazetteer) {
        return name.length() == 2
                && (gazetteer.country(name).isPresent()
                        || gazetteer.region("US." + name).isPresent());
    }

    /** Whether a line that writes the name also has a word in lower case, unlike a table or a shouted headline. */
    private static boolean isWrittenInProse(String name, String text) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }
}
