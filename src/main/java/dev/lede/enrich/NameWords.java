package dev.lede.enrich;

import java.util.List;
import java.util.Set;

/** The word lists {@link PersonNames} cleans person mentions with, all lower case and without dots. */
final class NameWords {

    /** Mentions that are not names at all. */
    static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
            "we", "us", "our", "ours", "they", "them", "their", "theirs", "who", "whom", "whose");

    /** The days of the week, in lower case. */
    static final Set<String> DAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The months, in lower case. */
    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    /** Royal and noble titles, which stay part of the name they are written with ("Prince Harry", "Lady Morgan"). */
    static final Set<String> NOBLE_TITLES = Set.of(
            "king",
            "queen",
            "prince",
            "princess",
            "emperor",
            "empress",
            "sheikh",
            "sultan",
            "emir",
            "lord",
            "lady",
            "baron",
            "baroness",
            "count",
            "countess",
            "duke",
            "duchess",
            "earl",
            "viscount");

    /**
     * Offices and honorifics that precede a name. Royal and noble titles are left out on purpose: "Prince Harry"
     * or "Lord Sugar" without the title is no longer the name people know.
     */
    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "president",
            "minister",
            "premier",
            "chancellor",
            "secretary",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "mayor",
            "governor",
            "gov",
            "general",
            "gen",
            "lt",
            "col",
            "colonel",
            "maj",
            "capt",
            "captain",
            "sgt",
            "sergeant",
            "admiral",
            "adm",
            "commander",
            "rev",
            "reverend",
            "judge",
            "justice",
            "ambassador",
            "commissioner",
            "chairman",
            "chairwoman",
            "speaker");

    /**
     * What a ministry or a job is about, which wire copy puts before a name when it drops the job word ("Energy
     * Subroto" for "Energy Minister Subroto"): never the first word of a person's name.
     */
    static final Set<String> PORTFOLIOS = Set.of(
            "energy",
            "finance",
            "foreign",
            "trade",
            "defence",
            "defense",
            "interior",
            "justice",
            "agriculture",
            "oil",
            "economy",
            "economics",
            "labour",
            "labor",
            "health",
            "education",
            "transport",
            "commerce",
            "industry",
            "treasury",
            "budget",
            "fisheries",
            "mines",
            "petroleum",
            "planning",
            "information");

    /**
     * Words the recogniser sweeps into a name from the start of a sentence or a job description ("But Reagan",
     * "Friday Reagan", "Herder Musa Lenkaina"). Month and weekday names that are also first names (May, June, April,
     * August) are not among them.
     */
    static final Set<String> LEADING_NON_NAMES = Set.of(
            "a",
            "an",
            "the",
            "and",
            "but",
            "or",
            "so",
            "yet",
            "while",
            "although",
            "though",
            "athough",
            "besides",
            "if",
            "when",
            "after",
            "before",
            "as",
            "since",
            "then",
            "now",
            "also",
            "meanwhile",
            "still",
            "one",
            "with",
            "for",
            "from",
            "in",
            "on",
            "at",
            "by",
            "under",
            "over",
            "says",
            "said",
            "today",
            "yesterday",
            "tomorrow",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "september",
            "october",
            "november",
            "december",
            "senior",
            "former",
            "new",
            "senate",
            "house",
            "herder",
            "farmer",
            "analyst",
            "economist",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "coach",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "chief",
            "executive",
            "director",
            "manager",
            "founder",
            "expert",
            "researcher",
            "scientist",
            "officer",
            "official",
            "trader",
            "dealer",
            "broker");

    /** Offices of more than one word, stripped as a whole ("Prime Minister Keir Starmer"). */
    static final List<List<String>> MULTI_WORD_TITLES = List.of(
            List.of("prime", "minister"),
            List.of("vice", "president"),
            List.of("foreign", "minister"),
            List.of("foreign", "secretary"),
            List.of("defence", "secretary"),
            List.of("defense", "secretary"),
            List.of("secretary", "of", "state"),
            List.of("secretary", "general"),
            List.of("attorney", "general"),
            List.of("chief", "executive"),
            List.of("first", "lady"));

    /** Lower-case words of four letters or more that belong to a name ("Piero della Francesca"). */
    static final Set<String> LONG_PARTICLES = Set.of("della", "dello", "delle", "degli", "bint", "ould");

    /** Suffixes that set a son apart from his father ("Donald Trump Jr."). */
    static final Set<String> GENERATIONAL_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Letters written after a name for a seat, a rank at the bar or an honour ("Frank Field MP", "Cherie Booth QC",
     * "Jane Doe OBE"): no part of the name. Matched as written, in capitals.
     */
    static final Set<String> POST_NOMINALS = Set.of("MP", "MEP", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE");

    private NameWords() {}
}
