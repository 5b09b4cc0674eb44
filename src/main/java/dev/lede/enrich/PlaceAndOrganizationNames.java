package dev.lede.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Cleans the place and organisation mentions of one article into distinct names. */
final class PlaceAndOrganizationNames {

    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    /** "New York Sept": a dateline's place and the month after it, taken for one name. */
    private static final Pattern DATELINE_MONTH_AT_END =
            Pattern.compile("\\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?$");

    /** A legal form the recognizer split from its company's name ("Co", "Inc."): no organisation on its own. */
    private static final Pattern LEGAL_FORM_ONLY =
            Pattern.compile("(?i)(?:inc|co|cos|corp|ltd|plc|llc|lp|ag|sa|nv|gmbh)\\.?");

    /** Nouns for a kind of organisation, as a story writes them alone to point back to one it names. */
    private static final Set<String> KINDS_OF_ORGANISATION = Set.of(
            "administration",
            "agency",
            "association",
            "authority",
            "bank",
            "board",
            "bureau",
            "commission",
            "committee",
            "community",
            "company",
            "corporation",
            "council",
            "court",
            "department",
            "exchange",
            "federation",
            "foundation",
            "fund",
            "government",
            "group",
            "institute",
            "ministry",
            "office",
            "organisation",
            "organization",
            "party",
            "service",
            "union");

    /**
     * Nouns for what a body does that a story capitalises alone and the recognizer takes for a body: "the Budget" (a
     * government's). Alone, as a kind does, it would gather every one of the archive, and a firm of that name the story
     * names in full ("Budget Rent a Car Corp") keeps that name.
     */
    private static final Set<String> WORKS_OF_BODIES = Set.of("budget");

    /**
     * Public bodies and offices whose adjective a story capitalises ("Congressional leaders", "Parliamentary
     * approval", "Ministerial talks"): the adjective alone, a word the recognizer often labels, names no organisation.
     */
    private static final Set<String> BODIES_WITH_ADJECTIVES =
            Set.of("congress", "parliament", "senator", "government", "minister", "president", "constitution");

    /** How those adjectives are made: "Congress-ional", "Parliament-ary", "Senator-ial", "Government-al". */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ional", "ary", "ial", "al");

    private PlaceAndOrganizationNames() {}

    /** Distinct place names in order of first mention. */
    static List<String> places(List<String> mentions) {
        return distinct(mentions, PlaceAndOrganizationNames::cleanPlace);
    }

    /** Distinct organisation names in order of first mention. */
    static List<String> organizations(List<String> mentions) {
        return distinct(mentions, PlaceAndOrganizationNames::cleanOrganization);
    }

    /**
     * The names the recognizer found without a lone noun for a kind of organisation ("the Bank said") or for what one
     * does ("the Budget"): it points back to one the story names, and as a value it would gather every bank of the
     * archive. Its span stays an organisation
     * ({@link #cleanOrganization}), and a tag the input gives is kept as given.
     */
    static List<String> withoutLoneKinds(List<String> organizations) {
        return organizations.stream()
                .filter(name -> !KINDS_OF_ORGANISATION.contains(name.toLowerCase(Locale.ROOT)))
                .filter(name -> !WORKS_OF_BODIES.contains(name.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Place as written ("The Hague" keeps its article); empty when junk. */
    static Optional<String> cleanPlace(String mention) {
        return keepIfName(common(mention));
    }

    /** Organisation without a leading "the" ("the Kremlin" → "Kremlin"); empty when junk. */
    static Optional<String> cleanOrganization(String mention) {
        String name =
                NameText.trimPunctuation(LEADING_THE.matcher(common(mention)).replaceFirst(""));
        if (isLegalForm(name) || DATELINE_MONTH_AT_END.matcher(name).find() || isAdjectiveOfABody(name)) {
            return Optional.empty();
        }
        return keepIfName(name);
    }

    /** Whether the word is a noun for a kind of organisation ("bank", "Group"), in any case. */
    static boolean isKindOfOrganisation(String word) {
        return KINDS_OF_ORGANISATION.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a company's legal form alone ("Inc", "Plc", "Co."). */
    static boolean isLegalForm(String word) {
        return LEGAL_FORM_ONLY.matcher(word).matches();
    }

    /** "Congressional", "Parliamentary": one word, the adjective of a public body. */
    private static boolean isAdjectiveOfABody(String name) {
        String word = name.toLowerCase(Locale.ROOT);
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending)
                    && BODIES_WITH_ADJECTIVES.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String common(String mention) {
        return NameText.undotAbbreviations(NameText.clean(mention));
    }

    /** Two letters are enough ("US", "EU", "UN"); single characters and digit runs are tokenizer debris. */
    private static Optional<String> keepIfName(String name) {
        return NameText.letterCount(name) >= 2 ? Optional.of(name) : Optional.empty();
    }

    private static List<String> distinct(List<String> mentions, Function<String, Optional<String>> clean) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String mention : mentions) {
            clean.apply(mention).ifPresent(name -> byKey.merge(NameText.key(name), name, NameText::usualSpelling));
        }
        return List.copyOf(byKey.values());
    }
}
