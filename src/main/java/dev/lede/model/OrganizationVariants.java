package dev.lede.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the organisation values of a whole index that name one organisation, as automatic merges with reasons: the name
 * with and without its legal form, a generic last word, a possessive or minor words ("Texaco Inc", "Texaco"; "Federal
 * Reserve Board", "Federal Reserve"; "Goldman, Sachs and Co", "Goldman Sachs"; "Institute of Fiscal Studies",
 * "Institute for Fiscal Studies"; "Ministry of Finance", "Finance Ministry"), or a letter of a much more used name
 * ({@link Misspellings}: "Morgan Stanely and Co Inc", "Morgan Stanley and Co Inc"); a name in the singular and the
 * plural ("Tory", "Tories") where an article names both, and a party's nickname with its name ("Tories",
 * "Conservatives") likewise; an acronym with the expansion its articles spell out ("OPEC", "Organization of Petroleum
 * Exporting Countries"; or one that takes more than initials, where two articles name both: "ICCO", "International
 * Cocoa Organization"), and a clipped form likewise ("Fed", "Federal Reserve"); a name after a country's code with the
 * name alone, used at least as often, likewise, or where an article names it with the name's acronym ("US Federal
 * Reserve", "Federal Reserve"; "US Securities and Exchange Commission" with "SEC"); and a firm's short name with its
 * full name where most of its articles name both ("Ford", "Ford Motor Co"; "Kodak", "Eastman Kodak Co"), or with the
 * name of one more word, no legal form and no fewer articles likewise ("Airbus", "Airbus Industrie"). Names that
 * only share words ("Bank of England", "Bank of Japan") stay apart. The label is the variant most articles use, one
 * written with a capital before one in lower case, on a tie one without a final full stop, then the longer; an
 * acronym's, a short name's or a nickname's is the full name, and a name after a country's code takes the name alone.
 */
public final class OrganizationVariants {

    /** Legal forms, which do not change which organisation a name means and which acronyms leave out. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "co",
            "corp",
            "ltd",
            "plc",
            "ag",
            "sa",
            "nv",
            "bv",
            "gmbh",
            "llc",
            "lp",
            "spa",
            "se",
            "ab",
            "as",
            "asa",
            "oyj",
            "pjsc",
            "jsc",
            "pte",
            "bhd",
            "tbk",
            "kk",
            "a/s",
            "aps",
            "sab",
            "sarl",
            "sas",
            "srl",
            "kgaa",
            "oao",
            "pao",
            "ojsc",
            "company",
            "corporation",
            "incorporated",
            "limited");

    /**
     * Generic last words, which do not change which organisation a name means either ("Labour Party", "Labour") but
     * which its acronym often spells ("LDP", "FHLBB").
     */
    private static final Set<String> GENERIC_WORDS = Set.of("group", "holdings", "board", "party");

    /** Kinds of government body written both "Ministry of Finance" and "Finance Ministry". */
    private static final Set<String> GOVERNMENT_BODIES = Set.of("ministry", "department", "bureau", "office");

    /** The words between such a kind and what it is for. */
    private static final Set<String> ORDER_WORDS = Set.of("of", "for");

    /**
     * The legal forms an acronym may spell, the last letter of "CCC" (Commodity Credit Corporation) or "NBC" (National
     * Broadcasting Co); "Inc", "Ltd" and the like it leaves out.
     */
    private static final Set<String> COMPANY_WORDS = Set.of("co", "corp", "company", "corporation", "ab");

    private static final Set<String> UNSPELLED_LEGAL_FORMS =
            LEGAL_FORMS.stream().filter(form -> !COMPANY_WORDS.contains(form)).collect(Collectors.toUnmodifiableSet());

    /** British spellings of words in organisations' names and their American ones, "-isation" aside. */
    private static final Map<String, String> SPELLINGS = Map.of(
            "centre", "center",
            "centres", "centers",
            "theatre", "theater",
            "programme", "program",
            "programmes", "programs",
            "defence", "defense");

    /** Words that may be left out of a name without making it another's ("Institute for/of Fiscal Studies"). */
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "de", "du", "des", "la", "&");

    /**
     * Words an acronym usually skips: the minor words and the short prepositions a name rarely differs by alone
     * ("General Agreement on Tariffs and Trade", "Committee to Protect Journalists").
     */
    private static final Set<String> UNSPELLED_WORDS = Stream.concat(
                    MINOR_WORDS.stream(), Stream.of("on", "in", "to", "at", "a", "an"))
            .collect(Collectors.toUnmodifiableSet());

    /** Two compass points as one word, each of which an acronym spells ("Southeast" in "ASEAN"). */
    private static final Pattern TWO_COMPASS_POINTS = Pattern.compile("(?:north|south)(east|west)(?:ern)?");

    /** How many of the names an acronym may abbreviate are asked about, most used first: each costs a query. */
    private static final int MOST_EXPANSIONS_ASKED = 5;

    /** How many times the articles of another name an acronym's expansion needs to be chosen over it. */
    private static final int DOMINANCE = 5;

    /**
     * Articles of an acronym, and pairs of it and a name that spells it with more than initials in articles naming
     * both: one is too little for so loose a spelling ("FAI" and "Faroe Islands" in one story of a football match).
     */
    private static final int LEAST_ARTICLES_SPELLING_LETTERS = 2;

    /** The words an acronym that takes more than initials spells by their first letter or skips: "Ltd" in "BIL". */
    private static final Set<String> LETTERLESS_WORDS =
            Stream.concat(UNSPELLED_WORDS.stream(), LEGAL_FORMS.stream()).collect(Collectors.toUnmodifiableSet());

    /** An acronym's expansion is named in at least one of this many of the acronym's articles. */
    private static final int SPELLED_OUT_SHARE = 5;

    /**
     * Articles naming both that a short form's most used full name needs, where they are a fifth of its own, to be
     * chosen whatever share of the short form's articles they are.
     */
    private static final int LEAST_INTRODUCING_ARTICLES = 3;

    /**
     * Parties' nicknames (by core) and the cores of the names they stand for, the members' first: news calls the
     * Conservatives "the Tories" and the Republicans "the GOP" as often as by name.
     */
    private static final Map<String, List<String>> NICKNAMES = Map.of(
            "tories", List.of("conservatives", "conservative"),
            "gop", List.of("republicans", "republican"),
            "grand old", List.of("republicans", "republican"));

    /** How many times the plural's articles a singular needs to name a name used in both. */
    private static final int PLURAL_LABEL_ODDS = 2;

    /** How many words a full name may add to the short name it starts with ("Shearson Lehman Brothers Inc"). */
    private static final int MOST_WORDS_ADDED = 3;

    /**
     * A short name of one article stays as it is: the article names its firm in full anyway, and asking the index
     * about the many such names would cost more than they gain.
     */
    private static final int LEAST_SHORT_NAME_ARTICLES = 2;

    /** Words that join a name to its legal form. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "&");

    /** "Finance Ministry (Japan)": a body that enrichment gave its country. */
    private static final Pattern BRACKETED_COUNTRY = Pattern.compile("(.+) \\(([^()]+)\\)");

    /** The possessive the recognizer's clean-up takes off a name written alone ("Standard and Poor's" said…). */
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");

    private static final Pattern POSSESSIVE_WORD_END = Pattern.compile("['\u2019]s\\b");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Countries' names of one word in lower case (from the JDK's English names) and the continents: a unit's last word
     * ("Lycos Europe", "Shell Canada").
     */
    private static final Set<String> PLACE_WORDS = Stream.concat(
                    Arrays.stream(Locale.getISOCountries())
                            .map(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH))
                            .filter(country -> !country.contains(" "))
                            .map(country -> country.toLowerCase(Locale.ROOT)),
                    Stream.of("europe", "asia", "africa", "america", "americas", "australasia", "usa", "uk", "us"))
            .collect(Collectors.toUnmodifiableSet());

    /** What joins the parts of a word an acronym may spell apart ("Tanzania-Zambia", "Audio/Video"). */
    private static final Pattern WORD_PARTS = Pattern.compile("[-/]");

    /**
     * Countries' two-letter codes as a name writes them before a body's name: ISO 3166's, with "UK" for the United
     * Kingdom, "EU" and "UN".
     */
    private static final Set<String> COUNTRY_CODES = Stream.concat(
                    Arrays.stream(Locale.getISOCountries()), Stream.of("UK", "EU", "UN"))
            .collect(Collectors.toUnmodifiableSet());

    /** The words a name needs after a country's code for the code to be no part of it. */
    private static final int LEAST_WORDS_AFTER_CODE = 2;

    private OrganizationVariants() {}

    /** How many articles of the archive name both organisations. */
    @FunctionalInterface
    public interface NamedTogether {
        long articles(String first, String second);

        /**
         * By first value (a key of {@code secondsOfFirst}) and second value (one of its set), how many articles name
         * both. The rules ask all their questions in one call, so that an engine that pays per request (SolrCloud)
         * answers them at once; this one asks pair by pair.
         */
        default Map<String, Map<String, Long>> articles(Map<String, ? extends Collection<String>> secondsOfFirst) {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            secondsOfFirst.forEach((first, seconds) -> seconds.forEach(second ->
                    counts.computeIfAbsent(first, k -> new HashMap<>()).put(second, articles(first, second))));
            return counts;
        }
    }

    /**
     * @param articlesPerName how many articles use each indexed organisation value
     * @param namedTogether the evidence an acronym needs to join its expansion: an article that names both, as a story
     *     does that spells the acronym out. Without it a name written once could take over an acronym used in
     *     thousands of articles ("NHS" and a "Norfolk High School" named in one).
     */
    public static List<AutomaticMerge> automatic(Map<String, Long> articlesPerName, NamedTogether namedTogether) {
        Map<String, String> coreOfName = new LinkedHashMap<>();
        articlesPerName.keySet().forEach(name -> coreOfName.put(name, core(name)));
        Map<String, String> spacedCore = spacedCores(coreOfName.values());
        Map<String, List<String>> byCoreAsWritten = new LinkedHashMap<>();
        coreOfName.forEach((name, core) -> {
            if (!core.isEmpty()) {
                byCoreAsWritten
                        .computeIfAbsent(spacedCore.getOrDefault(core, core), k -> new ArrayList<>())
                        .add(name);
            }
        });
        Map<String, List<String>> byCore = apartFromDepartments(byCoreAsWritten);
        Set<String> misspelt = withMisspellingsJoined(byCore, articlesPerName);
        Map<String, String> labelOfCore = new LinkedHashMap<>();
        Map<String, List<String>> variantsOfLabel = new LinkedHashMap<>();
        List<AutomaticMerge> merges = new ArrayList<>();
        byCore.forEach((core, names) -> {
            List<String> spelledRight =
                    names.stream().filter(name -> !misspelt.contains(name)).toList();
            String label = SpacingVariants.withInnerCapitals(
                    mostUsed(spelledRight, articlesPerName), spelledRight, articlesPerName);
            labelOfCore.put(core, label);
            variantsOfLabel.put(label, names);
            names.stream()
                    .filter(name -> !name.equals(label))
                    .forEach(name -> merges.add(merge(name, label, sameNameReason(name, label, misspelt))));
        });
        Map<String, Long> articlesOfLabel = articlesOfLabel(variantsOfLabel, articlesPerName);
        InitialsIndex initialsIndex = initialsIndex(byCore, labelOfCore);
        Map<String, List<String>> expansionsAsked = expansionsToAsk(initialsIndex, labelOfCore, articlesOfLabel);
        Map<String, List<String>> lettersAsked =
                spelledByLettersToAsk(initialsIndex, variantsOfLabel, labelOfCore, articlesOfLabel, expansionsAsked);
        Map<String, List<String>> singularsAsked = singularsToAsk(labelOfCore);
        Map<String, List<String>> clippedFromAsked = clippedFromToAsk(labelOfCore, articlesOfLabel);
        Map<String, List<String>> namesOfNicknames = namesOfNicknamesToAsk(labelOfCore);
        Map<String, List<String>> namesAlone = namesAloneToAsk(labelOfCore, articlesOfLabel);
        Answers spelledOutOrBoth = Answers.ask(
                namedTogether,
                variantsOfLabel,
                List.of(expansionsAsked, lettersAsked, singularsAsked, clippedFromAsked, namesOfNicknames, namesAlone));
        List<AutomaticMerge> joined =
                new ArrayList<>(acronymMerges(expansionsAsked, articlesOfLabel, spelledOutOrBoth));
        joined.addAll(letterAcronymMerges(lettersAsked, articlesOfLabel, spelledOutOrBoth, joined));
        joined.addAll(clippingMerges(clippedFromAsked, articlesOfLabel, spelledOutOrBoth));
        joined.addAll(pluralMerges(singularsAsked, articlesPerName, spelledOutOrBoth));
        joined.addAll(nicknameMerges(namesOfNicknames, spelledOutOrBoth));
        List<AutomaticMerge> codedJoined = countryCodeMerges(namesAlone, spelledOutOrBoth);
        joined.addAll(codedJoined);
        Map<String, List<String>> joinedNamesAsked = joinedNamesToAsk(namesAlone, codedJoined, joined);
        Map<String, List<String>> fullNamesAsked =
                fullNamesToAsk(labelOfCore, variantsOfLabel, articlesOfLabel, joined);
        Map<String, List<String>> unformedNamesAsked =
                unformedFullNamesToAsk(labelOfCore, variantsOfLabel, articlesOfLabel, joined);
        Answers secondRound = Answers.ask(
                namedTogether, variantsOfLabel, List.of(fullNamesAsked, unformedNamesAsked, joinedNamesAsked));
        List<AutomaticMerge> shortNamesJoined = shortNameMerges(fullNamesAsked, articlesOfLabel, secondRound);
        joined.addAll(shortNamesJoined);
        joined.addAll(unformedShortNameMerges(unformedNamesAsked, articlesOfLabel, secondRound, shortNamesJoined));
        Map<String, String> labelOfPlainCore = labelOfPlainCore(labelOfCore);
        joined.addAll(betweenNameMerges(shortNamesJoined, labelOfPlainCore, joined));
        joined.addAll(countryCodeMergesByJoinedNames(namesAlone, joinedNamesAsked, secondRound));
        joined.addAll(shortPrefixMerges(labelOfCore, labelOfPlainCore, joined));
        merges.addAll(joined);
        merges.addAll(spacingMerges(articlesPerName, merges));
        return merges;
    }

    /**
     * Joins the organisations left apart whose names are written alike but for spaces, hyphens, dots and capitals
     * ({@link SpacingVariants}: "Time Warner" and "TimeWarner", "Paine Webber Inc" and "PaineWebber Inc", "Hongkong
     * Land" and "Hong Kong Land"), each by all the names the rules above gave it, to the one in most articles. Done
     * last, so that the rules above compare the names as the archive writes them most. Every word counts, so that
     * "BankAmerica" stays apart from "Bank of America", and "Treasury Board" from "Treasury".
     */
    private static List<AutomaticMerge> spacingMerges(Map<String, Long> articlesPerName, List<AutomaticMerge> merges) {
        Map<String, String> targetOf = new HashMap<>();
        merges.forEach(merge -> targetOf.put(merge.value(), merge.target()));
        Map<String, List<String>> keysOfLabel = new LinkedHashMap<>();
        Map<String, Long> articlesOfLabel = new LinkedHashMap<>();
        articlesPerName.forEach((name, articles) -> {
            String label = finalTarget(name, targetOf);
            keysOfLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(SpacingVariants.closedUp(name));
            articlesOfLabel.merge(label, articles, Long::sum);
        });
        Map<String, String> spacings = SpacingVariants.labels(articlesOfLabel, keysOfLabel::get);
        return spacings.entrySet().stream()
                .map(spacing -> merge(
                        spacing.getKey(),
                        spacing.getValue(),
                        SpacingVariants.reason(spacing.getKey(), spacing.getValue()) + ", or a legal form"))
                .toList();
    }

    private static String finalTarget(String name, Map<String, String> targetOf) {
        String target = name;
        for (int step = 0; step < targetOf.size() && targetOf.containsKey(target); step++) {
            target = targetOf.get(target);
        }
        return target;
    }

    /**
     * A name that begins with an acronym joined to its expansion, or with a country's code, joins the name that
     * spells that beginning out ("EC Commission", "European Community Commission"; "US District Court", "United
     * States District Court"): the acronym's own merge, or the code, is the evidence, and the rest of the names is the
     * same.
     */
    private static List<AutomaticMerge> shortPrefixMerges(
            Map<String, String> labelOfCore, Map<String, String> labelOfPlainCore, List<AutomaticMerge> joined) {
        Map<String, String> expansionOfAcronym = new HashMap<>();
        Set<String> alreadyJoined = new HashSet<>();
        joined.forEach(merge -> {
            alreadyJoined.add(merge.value());
            if (isAcronym(merge.value())) {
                expansionOfAcronym.put(merge.value(), merge.target());
            }
        });
        List<AutomaticMerge> merges = new ArrayList<>();
        labelOfCore.values().stream().distinct().forEach(label -> {
            int space = label.indexOf(' ');
            if (space < 0 || alreadyJoined.contains(label)) {
                return;
            }
            String prefix = label.substring(0, space).replace(".", "");
            String rest = label.substring(space + 1);
            if (words(rest.toLowerCase(Locale.ROOT)).stream()
                    .allMatch(word -> LEGAL_FORMS.contains(word) || GENERIC_WORDS.contains(word))) {
                return; // "AE Plc" is a firm, not the United Arab Emirates
            }
            Optional.ofNullable(expansionOfAcronym.get(prefix))
                    .or(() -> countryNameOfCode(prefix))
                    .map(expansion -> labelOfPlainCore.get(withoutPossessives(core(expansion + " " + rest))))
                    .filter(spelledOut -> !spelledOut.equals(label) && !alreadyJoined.contains(spelledOut))
                    .ifPresent(spelledOut -> merges.add(merge(
                            label,
                            spelledOut,
                            "\"" + label + "\" is \"" + spelledOut + "\" with its first words written as \"" + prefix
                                    + "\"")));
        });
        return merges;
    }

    /** The English name of the country of a code that names bodies: "US" is the United States, "UK" Britain. */
    private static Optional<String> countryNameOfCode(String code) {
        if (!COUNTRY_CODES.contains(code)) {
            return Optional.empty();
        }
        String name = switch (code) {
            case "UK" -> "United Kingdom";
            case "EU" -> "European Union";
            case "UN" -> "United Nations";
            default -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        };
        return Optional.of(name);
    }

    /**
     * Joins each name group whose core misspells another's by a letter ({@link Misspellings}) to that group.
     *
     * @return the names that were joined so
     */
    private static Set<String> withMisspellingsJoined(
            Map<String, List<String>> byCore, Map<String, Long> articlesPerName) {
        Map<String, Long> articlesOfCore = new HashMap<>();
        byCore.forEach((core, names) -> articlesOfCore.put(
                core, names.stream().mapToLong(articlesPerName::get).sum()));
        Set<String> misspelt = new HashSet<>();
        Misspellings.corrections(articlesOfCore, byCore).forEach((slip, spelling) -> {
            List<String> names = byCore.remove(slip);
            misspelt.addAll(names);
            byCore.get(spelling).addAll(names);
        });
        return misspelt;
    }

    private static String sameNameReason(String name, String label, Set<String> misspelt) {
        if (misspelt.contains(name)) {
            return Misspellings.reason(name, label);
        }
        return "\"" + name + "\" and \"" + label + "\" differ only in a legal form, a generic word or a possessive";
    }

    /**
     * A one-word name that is a field of government ("Treasury", "Energy", "Commerce") names a department: the names
     * that add a legal form or a generic word to it ("Treasury Board", "Treasury Corp", "Energy Holdings") are other
     * bodies. Those join only names that add the same words ("Energy Holdings", "Energy Holdings Inc").
     */
    private static Map<String, List<String>> apartFromDepartments(Map<String, List<String>> byCore) {
        Map<String, List<String>> apart = new LinkedHashMap<>();
        byCore.forEach((core, names) -> {
            if (!GovernmentFields.DEPARTMENT_NAMES.contains(core)) {
                apart.put(core, names);
                return;
            }
            names.forEach(name -> apart.computeIfAbsent(
                            words(withoutMarks(name).toLowerCase(Locale.ROOT)).size() == 1 ? core : ownKey(name),
                            k -> new ArrayList<>())
                    .add(name));
        });
        return apart;
    }

    /**
     * By core written with hyphens, the same core written with spaces where a name has it so ("saab-scania", "saab
     * scania"): one organisation. A name only ever written with the hyphen keeps it as one word for the short-name
     * rule ("Marlow" is no short name of "Marlow-Pike Co").
     */
    private static Map<String, String> spacedCores(Collection<String> cores) {
        Set<String> all = new HashSet<>(cores);
        Map<String, String> spaced = new HashMap<>();
        for (String core : all) {
            if (core.indexOf('-') >= 0 && all.contains(core.replace('-', ' '))) {
                spaced.put(core, core.replace('-', ' '));
            }
        }
        return spaced;
    }

    /** A name's words without its legal form, or with it when nothing but the common word would be left. */
    private static String ownKey(String name) {
        List<String> withoutForm = withoutEnding(name, LEGAL_FORMS);
        return String.join(
                " ",
                withoutForm.size() > 1 ? withoutForm : words(withoutMarks(name).toLowerCase(Locale.ROOT)));
    }

    /**
     * A short name joins the one full name that starts with it (a possessive aside: "Moody", "Moody's Investors Service
     * Inc") or, where none does, the one that ends in it after one word ({@link #byLastWords}: "Kodak", "Eastman Kodak
     * Co"; "Nabisco" is "Nabisco Brands Inc", not "RJR Nabisco Inc"), adds at most three words and ends in a legal
     * form, where more than half of the short name's articles name both: news writes a firm's name in full and then
     * short ("Ford Motor Co ... Ford said"). A parent firm's articles seldom name one of its units, so the unit stays
     * apart ("Cargill" in 32 Reuters stories, 9 of them with "Cargill UK Ltd"; "Chevron", "Chevron USA Inc"), as does a
     * unit named with a bracket ("Nikko Securities Co (Europe) Ltd"), and a name most often written with a legal form
     * of its own ("Dana Corp", "Dana Credit Corp"). A name the acronym, clipping and plural rules joined, or joined
     * another to, is no short name here; a full name that took its acronym can still take its short name ("DEC" and
     * "Digital", "Digital Equipment Corp").
     */
    private static List<AutomaticMerge> shortNameMerges(
            Map<String, List<String>> fullNamesAsked, Map<String, Long> articlesOfLabel, Answers namingBoth) {
        List<AutomaticMerge> merges = new ArrayList<>();
        fullNamesAsked.forEach((shortName, fullNames) -> {
            long needed = articlesOfLabel.get(shortName) / 2 + 1;
            Map<Boolean, List<String>> namedByStart = fullNames.stream()
                    .filter(fullName -> namingBoth.of(shortName, fullName) >= needed)
                    .collect(Collectors.partitioningBy(fullName -> startsWith(fullName, shortName)));
            boolean byStart = !namedByStart.get(true).isEmpty();
            List<String> named = namedByStart.get(byStart);
            if (named.size() == 1) {
                String fullName = named.getFirst();
                String shape = byStart
                        ? "\" starts with \"" + shortName + "\" and ends in a legal form"
                        : "\" ends in \"" + shortName + "\" and a legal form";
                merges.add(merge(
                        shortName,
                        fullName,
                        "\"" + fullName + shape + ", and most articles that name \"" + shortName + "\" name it too"));
            }
        });
        return merges;
    }

    /** The names used in at least the articles needed, most used first, as many as are asked about. */
    private static Stream<String> mostUsed(Stream<String> names, long needed, Map<String, Long> articlesOfLabel) {
        return names.filter(name -> articlesOfLabel.get(name) >= needed)
                .sorted(Comparator.comparingLong(articlesOfLabel::get).reversed())
                .limit(MOST_EXPANSIONS_ASKED);
    }

    /** Of the full names that end in the short name, those written with every legal form the short name has. */
    private static List<String> endingIn(
            String shortName, List<String> fullNames, Map<String, List<String>> variantsOfLabel) {
        if (fullNames == null) {
            return List.of();
        }
        Set<String> ownForms = legalForms(variantsOfLabel.get(shortName));
        return fullNames.stream()
                .filter(fullName -> legalForms(variantsOfLabel.get(fullName)).containsAll(ownForms))
                .toList();
    }

    /** The legal forms a name's variants end in: "Disney Co" has the "Walt Disney Co"'s, "Bull SA" none of its. */
    private static Set<String> legalForms(List<String> variants) {
        return variants.stream()
                .filter(OrganizationVariants::endsInLegalForm)
                .map(variant ->
                        words(withoutMarks(variant).toLowerCase(Locale.ROOT)).getLast())
                .collect(Collectors.toSet());
    }

    private static boolean startsWith(String fullName, String shortName) {
        return withoutPossessives(core(fullName)).startsWith(withoutPossessives(core(shortName)) + " ");
    }

    /** By short name, the full names it could join, most used first, each used by more than half its articles. */
    private static Map<String, List<String>> fullNamesToAsk(
            Map<String, String> labelOfCore,
            Map<String, List<String>> variantsOfLabel,
            Map<String, Long> articlesOfLabel,
            List<AutomaticMerge> joined) {
        Set<String> joinedIntoOthers =
                joined.stream().map(AutomaticMerge::value).collect(Collectors.toSet());
        Set<String> inAMerge = namesInMerges(joined);
        TreeMap<String, String> fullNames = new TreeMap<>();
        labelOfCore.forEach((core, label) -> {
            if (!label.contains("(")
                    && !joinedIntoOthers.contains(label)
                    && variantsOfLabel.get(label).stream().anyMatch(OrganizationVariants::endsInLegalForm)) {
                fullNames.merge(withoutPossessives(core), label, moreUsed(articlesOfLabel));
            }
        });
        Map<String, List<String>> fullNamesByLastWords = byLastWords(fullNames);
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.forEach((core, shortName) -> {
            long articles = articlesOfLabel.get(shortName);
            String key = withoutPossessives(core);
            SortedMap<String, String> longer = fullNames.subMap(key + " ", key + " \uffff");
            List<String> endingInIt = endingIn(shortName, fullNamesByLastWords.get(key), variantsOfLabel);
            if (articles < LEAST_SHORT_NAME_ARTICLES
                    || (longer.isEmpty() && endingInIt.isEmpty())
                    || inAMerge.contains(shortName)
                    || endsInLegalForm(shortName)) {
                return;
            }
            long needed = articles / 2 + 1;
            int mostWords = wordCount(core) + MOST_WORDS_ADDED;
            // the names it starts are asked about apart, so that the many ending in "Systems" cannot crowd them out
            List<String> candidates = Stream.concat(
                            mostUsed(
                                    longer.entrySet().stream()
                                            .filter(entry -> wordCount(entry.getKey()) <= mostWords)
                                            .map(Map.Entry::getValue),
                                    needed,
                                    articlesOfLabel),
                            mostUsed(endingInIt.stream(), needed, articlesOfLabel))
                    .toList();
            if (!candidates.isEmpty()) {
                asked.put(shortName, candidates);
            }
        });
        return asked;
    }

    /**
     * By short name, the names written as it and one more word, without a legal form ("Airbus", "Airbus Industrie";
     * "Northwest", "Northwest Airlines"; "Ways and Means", "Ways and Means Committee"), most used first, each used in
     * as many articles as the short name at least and by more than half of its articles: a unit is named less than its
     * parent ("BBC News"). Not a name whose added word is a country or a continent, which names a unit too ("Lycos
     * Europe", "Shell Canada"), and no acronym's ("LG Card"). A short name is asked as for {@link #fullNamesToAsk}.
     */
    private static Map<String, List<String>> unformedFullNamesToAsk(
            Map<String, String> labelOfCore,
            Map<String, List<String>> variantsOfLabel,
            Map<String, Long> articlesOfLabel,
            List<AutomaticMerge> joined) {
        Set<String> inAMerge = namesInMerges(joined);
        TreeMap<String, String> unformed = new TreeMap<>();
        labelOfCore.forEach((core, label) -> {
            if (articlesOfLabel.get(label) >= LEAST_SHORT_NAME_ARTICLES
                    && wordCount(core) > 1
                    && !label.contains("(")
                    && !inAMerge.contains(label)
                    && variantsOfLabel.get(label).stream().noneMatch(OrganizationVariants::endsInLegalForm)
                    && !PLACE_WORDS.contains(core.substring(core.lastIndexOf(' ') + 1))) {
                unformed.merge(withoutPossessives(core), label, moreUsed(articlesOfLabel));
            }
        });
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.forEach((core, shortName) -> {
            long articles = articlesOfLabel.get(shortName);
            String key = withoutPossessives(core);
            if (articles < LEAST_SHORT_NAME_ARTICLES
                    || inAMerge.contains(shortName)
                    || endsInLegalForm(shortName)
                    || isAcronym(shortName)) {
                return;
            }
            List<String> candidates = mostUsed(
                            unformed.subMap(key + " ", key + " \uffff").values().stream()
                                    .filter(fullName -> isOneWordLonger(fullName, shortName))
                                    .filter(fullName -> articlesOfLabel.get(fullName) >= articles),
                            articles / 2 + 1,
                            articlesOfLabel)
                    .toList();
            if (!candidates.isEmpty()) {
                asked.put(shortName, candidates);
            }
        });
        return asked;
    }

    /** Of two labels, the one in more articles; the first on a tie. */
    private static BinaryOperator<String> moreUsed(Map<String, Long> articlesOfLabel) {
        return (one, other) -> articlesOfLabel.get(one) >= articlesOfLabel.get(other) ? one : other;
    }

    /** The names the merges join, and those they join them to. */
    private static Set<String> namesInMerges(List<AutomaticMerge> merges) {
        Set<String> names = new HashSet<>();
        merges.forEach(merge -> {
            names.add(merge.value());
            names.add(merge.target());
        });
        return names;
    }

    /**
     * A name that lies between a short name and the full name it joined, starting with the one and starting the other,
     * joins the full name too ("Shearson Lehman" between "Shearson" and "Shearson Lehman Brothers Inc"; "Drexel
     * Burnham"): the short name's articles already said whom the words mean, and the longer name says more of it.
     */
    private static List<AutomaticMerge> betweenNameMerges(
            List<AutomaticMerge> shortNamesJoined, Map<String, String> labelOfPlainCore, List<AutomaticMerge> joined) {
        Set<String> joinedAlready = joined.stream().map(AutomaticMerge::value).collect(Collectors.toSet());
        List<AutomaticMerge> merges = new ArrayList<>();
        for (AutomaticMerge shortName : shortNamesJoined) {
            if (!startsWith(shortName.target(), shortName.value())) {
                continue;
            }
            List<String> fullWords = words(withoutPossessives(core(shortName.target())));
            int shortWords = wordCount(withoutPossessives(core(shortName.value())));
            for (int length = shortWords + 1; length < fullWords.size(); length++) {
                String between = labelOfPlainCore.get(String.join(" ", fullWords.subList(0, length)));
                if (between != null && !joinedAlready.contains(between) && !between.equals(shortName.target())) {
                    merges.add(merge(
                            between,
                            shortName.target(),
                            "\"" + between + "\" starts with \"" + shortName.value() + "\" and starts \""
                                    + shortName.target() + "\", which \"" + shortName.value() + "\" joined"));
                    joinedAlready.add(between);
                }
            }
        }
        return merges;
    }

    /** Each label by its core without possessives, the first label of a core written both ways. */
    private static Map<String, String> labelOfPlainCore(Map<String, String> labelOfCore) {
        Map<String, String> labelOfPlainCore = new HashMap<>();
        labelOfCore.forEach((core, label) -> labelOfPlainCore.putIfAbsent(withoutPossessives(core), label));
        return labelOfPlainCore;
    }

    /** "Airbus Industrie", "Airbus"; not "Johnson and Johnson", "Johnson". */
    private static boolean isOneWordLonger(String fullName, String shortName) {
        return fullName.startsWith(shortName + " ") && fullName.indexOf(' ', shortName.length() + 1) < 0;
    }

    /**
     * A short name joins the one name of one more word without a legal form that more than half its articles also
     * name, as for a full name with a legal form ({@link #shortNameMerges}), where no such full name took it.
     */
    private static List<AutomaticMerge> unformedShortNameMerges(
            Map<String, List<String>> unformedNamesAsked,
            Map<String, Long> articlesOfLabel,
            Answers namingBoth,
            List<AutomaticMerge> shortNamesJoined) {
        Set<String> joinedAlready =
                shortNamesJoined.stream().map(AutomaticMerge::value).collect(Collectors.toSet());
        List<AutomaticMerge> merges = new ArrayList<>();
        unformedNamesAsked.forEach((shortName, fullNames) -> {
            long needed = articlesOfLabel.get(shortName) / 2 + 1;
            List<String> named = fullNames.stream()
                    .filter(fullName -> namingBoth.of(shortName, fullName) >= needed)
                    .toList();
            if (named.size() == 1 && !joinedAlready.contains(shortName)) {
                String fullName = named.getFirst();
                merges.add(merge(
                        shortName,
                        fullName,
                        "\"" + fullName + "\" is \"" + shortName
                                + "\" and one more word, and most articles that name \"" + shortName
                                + "\" name it too"));
            }
        });
        return merges;
    }

    /**
     * By the words after its first, the full names of more than one word: a firm known by its last name, after a
     * founder's first name or initials ("Walt Disney Co", "JC Penney Co") or its country ("Deutsche Lufthansa AG").
     * Two words before the rest are a name of their own, and the firm a parent of the one the rest names ("Santa Fe
     * Southern Pacific Corp", "Southern Pacific"). A short name written with a legal form the full name never has is
     * another firm ("Bull SA", "Honeywell Bull Inc").
     */
    private static Map<String, List<String>> byLastWords(Map<String, String> fullNameOfCore) {
        Map<String, List<String>> byLastWords = new HashMap<>();
        fullNameOfCore.forEach((core, fullName) -> {
            int space = core.indexOf(' ');
            if (space > 0) {
                byLastWords
                        .computeIfAbsent(core.substring(space + 1), k -> new ArrayList<>())
                        .add(fullName);
            }
        });
        return byLastWords;
    }

    private static Map<String, Long> articlesOfLabel(
            Map<String, List<String>> variantsOfLabel, Map<String, Long> articlesPerName) {
        Map<String, Long> articlesOfLabel = new HashMap<>();
        variantsOfLabel.forEach((label, variants) -> articlesOfLabel.put(
                label, variants.stream().mapToLong(articlesPerName::get).sum()));
        return articlesOfLabel;
    }

    private static boolean endsInLegalForm(String name) {
        return LEGAL_FORMS.contains(lastWord(name));
    }

    /** The last of a name's {@link #words} in lower case, read from its end: asked of every name of an index. */
    private static String lastWord(String name) {
        StringBuilder reversed = new StringBuilder();
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                if (!reversed.isEmpty()) {
                    break;
                }
            } else if (c != '.') {
                reversed.append(c);
            }
        }
        return withoutMarks(reversed.reverse().toString()).toLowerCase(Locale.ROOT);
    }

    /** "moody's investors service" → "moody investors service": the short name is written without ("Moody said"). */
    private static String withoutPossessives(String core) {
        return core.contains("'") || core.contains("\u2019")
                ? POSSESSIVE_WORD_END.matcher(core).replaceAll("")
                : core;
    }

    private static int wordCount(String core) {
        return core.split(" ").length;
    }

    /**
     * By acronym, the names with its initials that could spell it out, most used first: those used in enough articles
     * to name it in one of every five of its articles. Names whose short words in capitals spell it letter by letter
     * ("US Department of Agriculture" for "USDA") are asked only when no such name spelled by first letters is.
     */
    private static Map<String, List<String>> expansionsToAsk(
            InitialsIndex index, Map<String, String> labelOfCore, Map<String, Long> articlesOfLabel) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.values().forEach(acronym -> {
            if (!isAcronym(acronym)) {
                return;
            }
            String letters = acronym.toLowerCase(Locale.ROOT);
            List<String> candidates =
                    mostUsedCandidates(acronym, index.labelsByInitials().get(letters), articlesOfLabel);
            if (candidates.isEmpty()) {
                // "US Mint" must not crowd "Unlisted Securities Market" out of the names asked about "USM"
                candidates =
                        mostUsedCandidates(acronym, index.labelsByCapitals().get(letters), articlesOfLabel);
            }
            if (!candidates.isEmpty()) {
                asked.put(acronym, candidates);
            }
        });
        return asked;
    }

    /**
     * The labels by the letters an acronym of them may be made of: their initials, spelled in each way of {@link
     * InitialsSpelling} and with a company word or a country; and apart, the letters of their short words in capitals
     * and the initials of the rest, where those are other letters.
     */
    private record InitialsIndex(
            Map<String, List<String>> labelsByInitials, Map<String, List<String>> labelsByCapitals) {}

    private static InitialsIndex initialsIndex(Map<String, List<String>> byCore, Map<String, String> labelOfCore) {
        Map<String, List<String>> labelsByInitials = new HashMap<>();
        Map<String, List<String>> labelsByCapitals = new HashMap<>();
        byCore.forEach((core, names) -> {
            Set<String> initials = new LinkedHashSet<>();
            initials.add(initialsOfCore(core));
            names.forEach(name -> {
                String words = String.join(" ", withoutEnding(name, LEGAL_FORMS));
                for (InitialsSpelling spelling : InitialsSpelling.values()) {
                    initials.add(initialsOfCore(words, spelling));
                }
            });
            names.forEach(name -> initialsWithCompanyWord(name).ifPresent(initials::add));
            names.forEach(name -> spelledWithCountry(name).forEach(spelled -> {
                for (InitialsSpelling spelling : InitialsSpelling.values()) {
                    initials.add(initialsOfCore(spelled, spelling));
                }
            }));
            String label = labelOfCore.get(core);
            initials.forEach(letters -> labelsByInitials
                    .computeIfAbsent(letters, k -> new ArrayList<>())
                    .add(label));
            names.stream()
                    .map(OrganizationVariants::lettersOfShortCapitals)
                    .filter(letters -> !initials.contains(letters))
                    .distinct()
                    .forEach(letters -> labelsByCapitals
                            .computeIfAbsent(letters, k -> new ArrayList<>())
                            .add(label));
        });
        return new InitialsIndex(labelsByInitials, labelsByCapitals);
    }

    /**
     * By acronym of two articles or more, the names that spell it with more letters of some words than their initials
     * ({@link AcronymLetters}: "ICCO", "International Cocoa Organization"; "UKA", "UK Athletics"), most used first, as
     * for an acronym; the names asked about it as its initials are left out. They are found by their initials, the
     * acronym's letters with some left out ({@link AcronymLetters#shorterInitials}), in the index the initials rule
     * reads.
     */
    private static Map<String, List<String>> spelledByLettersToAsk(
            InitialsIndex index,
            Map<String, List<String>> variantsOfLabel,
            Map<String, String> labelOfCore,
            Map<String, Long> articlesOfLabel,
            Map<String, List<String>> expansionsAsked) {
        List<String> acronyms = labelOfCore.values().stream()
                .filter(label -> isAcronym(label) && articlesOfLabel.get(label) >= LEAST_ARTICLES_SPELLING_LETTERS)
                .toList();
        Map<String, List<String>> asked = new LinkedHashMap<>();
        acronyms.forEach(acronym -> {
            List<String> spelling = AcronymLetters.shorterInitials(acronym).stream()
                    .flatMap(initials -> index.labelsByInitials().getOrDefault(initials, List.of()).stream())
                    .filter(label -> articlesOfLabel.get(label) >= LEAST_ARTICLES_SPELLING_LETTERS)
                    .distinct()
                    .filter(label ->
                            !expansionsAsked.getOrDefault(acronym, List.of()).contains(label))
                    .filter(label -> variantsOfLabel.get(label).stream()
                            .anyMatch(name -> AcronymLetters.hasLettersInOrder(acronym, name)
                                    && AcronymLetters.spells(acronym, spelledWords(name), LETTERLESS_WORDS)))
                    .toList();
            List<String> candidates = mostUsedCandidates(acronym, spelling, articlesOfLabel);
            if (!candidates.isEmpty()) {
                asked.put(acronym, candidates);
            }
        });
        return asked;
    }

    /**
     * The words of a name an acronym spells, in lower case, a hyphenated or slashed word as its parts.
     */
    private static List<String> spelledWords(String name) {
        List<String> spelled = new ArrayList<>();
        for (String word : words(withoutMarks(name).toLowerCase(Locale.ROOT))) {
            if (word.indexOf('-') < 0 && word.indexOf('/') < 0) {
                spelled.add(word);
            } else {
                Arrays.stream(WORD_PARTS.split(word))
                        .filter(part -> !part.isEmpty())
                        .forEach(spelled::add);
            }
        }
        return spelled;
    }

    /**
     * By clipped form, the names it could be cut from, most used first: a one-word name written with a capital and then
     * small letters ("Fed") that begins, but is not, the first word of a name of two words or more ("Federal
     * Reserve"), where that word goes on in small letters for at least as many more (so "Warner" is no clipping of
     * "Warner-Lambert Co", nor "Islam" of "Islamic Human Rights Commission"); or a name of several such words, each
     * the start of the same word of a name as long, or that word, maybe both in the plural ("Lib Dems", "Liberal
     * Democrats"). As for
     * an acronym, only names used in enough articles to name it in one of every five of its articles are asked about;
     * a name that is the whole first word of another is left to the short-name rule.
     */
    private static Map<String, List<String>> clippedFromToAsk(
            Map<String, String> labelOfCore, Map<String, Long> articlesOfLabel) {
        TreeMap<String, String> longerNames = new TreeMap<>();
        labelOfCore.forEach((core, label) -> {
            if (wordCount(core) >= 2) {
                longerNames.put(core, label);
            }
        });
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.forEach((core, clipped) -> {
            if (!isClippedForm(clipped)
                    || articlesOfLabel.get(clipped) < LEAST_SHORT_NAME_ARTICLES
                    || !longerNames.subMap(core + " ", core + " \uffff").isEmpty()) {
                return; // a name it starts as a whole word is its full name, if any is ("Transco", "Transco Energy Co")
            }
            String firstWord = core.split(" ", 2)[0];
            List<String> from = longerNames.subMap(firstWord, firstWord + "\uffff").values().stream()
                    .filter(name -> isCutFrom(clipped, name))
                    .toList();
            List<String> candidates = mostUsedCandidates(clipped, from, articlesOfLabel);
            if (!candidates.isEmpty()) {
                asked.put(clipped, candidates);
            }
        });
        return asked;
    }

    /** "Fed", "Lib Dem": words of three letters or more, a capital and then small letters only. */
    private static boolean isClippedForm(String name) {
        return Arrays.stream(name.split(" ")).allMatch(OrganizationVariants::isClippedWord);
    }

    private static boolean isClippedWord(String name) {
        if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name's first word starts with the clipped form and goes on in small letters for at least as many more
     * ("Fed", "Federal Reserve"); a shorter rest is an ending that makes another word of it ("Islam", "Islamic").
     */
    private static boolean isCutFrom(String clipped, String name) {
        String[] cut = clipped.split(" ");
        if (cut.length == 1) {
            return isStartCutFrom(clipped, name);
        }
        String[] whole = name.split(" ");
        if (whole.length != cut.length) {
            return false;
        }
        for (int i = 0; i < cut.length; i++) {
            if (!cut[i].equals(whole[i]) && !isStartCutFrom(cut[i], whole[i]) && !isPluralCutFrom(cut[i], whole[i])) {
                return false;
            }
        }
        return true;
    }

    /** "Dems", "Democrats": the plural of a word cut from the plural of another. */
    private static boolean isPluralCutFrom(String clipped, String word) {
        return clipped.endsWith("s")
                && word.endsWith("s")
                && isStartCutFrom(clipped.substring(0, clipped.length() - 1), word.substring(0, word.length() - 1));
    }

    private static boolean isStartCutFrom(String clipped, String name) {
        int end = clipped.length();
        while (end < name.length() && Character.isLowerCase(name.charAt(end))) {
            end++;
        }
        return name.startsWith(clipped) && end - clipped.length() >= clipped.length();
    }

    private static List<String> mostUsedCandidates(
            String acronym, List<String> labels, Map<String, Long> articlesOfLabel) {
        if (labels == null) {
            return List.of();
        }
        long leastSpelledOut = leastSpelledOut(acronym, articlesOfLabel);
        return labels.stream()
                .filter(name -> !name.equals(acronym))
                .sorted(Comparator.comparingLong(articlesOfLabel::get).reversed())
                .limit(MOST_EXPANSIONS_ASKED)
                .filter(name -> articlesOfLabel.get(name) >= Math.min(leastSpelledOut, LEAST_INTRODUCING_ARTICLES))
                .toList();
    }

    private static long leastSpelledOut(String acronym, Map<String, Long> articlesOfLabel) {
        return (articlesOfLabel.get(acronym) + SPELLED_OUT_SHARE - 1) / SPELLED_OUT_SHARE;
    }

    private static List<AutomaticMerge> acronymMerges(
            Map<String, List<String>> expansionsAsked, Map<String, Long> articlesOfLabel, Answers spelledOut) {
        return expansionMerges(
                expansionsAsked,
                articlesOfLabel,
                spelledOut,
                (acronym, expansion) -> "\"" + acronym + "\" is made of the initials of \"" + expansion
                        + "\", which at least one in five of its articles also name, and no other name with those"
                        + " initials that they name is close in use");
    }

    /** The acronyms that take more than initials joined as above, where no name spelled by initials took them. */
    private static List<AutomaticMerge> letterAcronymMerges(
            Map<String, List<String>> lettersAsked,
            Map<String, Long> articlesOfLabel,
            Answers spelledOut,
            List<AutomaticMerge> byInitials) {
        Map<String, List<String>> notJoined = new LinkedHashMap<>(lettersAsked);
        byInitials.forEach(merge -> notJoined.remove(merge.value()));
        return expansionMerges(
                notJoined,
                articlesOfLabel,
                spelledOut.atLeast(LEAST_ARTICLES_SPELLING_LETTERS),
                (acronym, expansion) -> "\"" + acronym + "\" is spelled by the words of \"" + expansion
                        + "\", each giving its first letter and maybe more, which at least one in five of its articles,"
                        + " and two at least, also name, and no other name so spelled that they name is close in use");
    }

    private static List<AutomaticMerge> clippingMerges(
            Map<String, List<String>> clippedFromAsked, Map<String, Long> articlesOfLabel, Answers namedWith) {
        return expansionMerges(
                clippedFromAsked,
                articlesOfLabel,
                namedWith,
                (clipped, fullName) -> "\"" + clipped + "\" is the start of \"" + fullName
                        + "\" cut short, which at least one in five of its articles also name, and no other name it"
                        + " starts that they name is close in use");
    }

    /** Each short form joined to the {@link #expansion} its articles name, for the reason given. */
    private static List<AutomaticMerge> expansionMerges(
            Map<String, List<String>> asked,
            Map<String, Long> articlesOfLabel,
            Answers namedWith,
            BinaryOperator<String> reason) {
        List<AutomaticMerge> merges = new ArrayList<>();
        asked.forEach((shortForm, candidates) -> expansion(shortForm, candidates, articlesOfLabel, namedWith)
                .ifPresent(expansion -> merges.add(merge(shortForm, expansion, reason.apply(shortForm, expansion)))));
        return merges;
    }

    /**
     * Of the names the acronym abbreviates, most used first, the one the acronym's articles spell out, unless another
     * one they spell out has at least a fifth of its articles. Misspellings and unrelated names share the initials of
     * most acronyms ("Internatinal Monetary Fund", "Intrepid Museum Foundation" for "IMF"), so the only name with the
     * initials is too strict; two names close in use ("World Health Organization", "World Hockey Organization") leave
     * the acronym on its own. Spelt out means in at least one of every five articles that use the acronym: one story
     * of Labour's "National Executive Committee" does not make the NEC of ten stories about electronics the party's.
     * An acronym that news mostly writes bare ("OPEC" in 145 Reuters stories, its full name in 22) is spelt out too
     * where the most used name with its initials names it in one in five of its own articles, three at least: the
     * stories that introduce it ("UN" in 22 BBC stories, "United Nations" in 15, 3 of them with both; a name written
     * once never takes an acronym so).
     */
    private static Optional<String> expansion(
            String acronym, List<String> candidates, Map<String, Long> articlesOfLabel, Answers spelledOut) {
        long leastSpelledOut = leastSpelledOut(acronym, articlesOfLabel);
        String chosen = null;
        for (String candidate : candidates) {
            if (chosen != null && articlesOfLabel.get(candidate) * DOMINANCE < articlesOfLabel.get(chosen)) {
                break;
            }
            long both = spelledOut.of(acronym, candidate);
            boolean mostUsed = candidate.equals(candidates.getFirst());
            if (both >= leastSpelledOut || mostUsed && introduces(both, articlesOfLabel.get(candidate))) {
                if (chosen != null) {
                    return Optional.empty();
                }
                chosen = candidate;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** Whether one in five of a name's articles, and three at least, also write its short form. */
    private static boolean introduces(long articlesNamingBoth, long articlesOfName) {
        return articlesNamingBoth >= LEAST_INTRODUCING_ARTICLES
                && SPELLED_OUT_SHARE * articlesNamingBoth >= articlesOfName;
    }

    /**
     * A name in the singular and in the plural ("Tory", "Tories"; "All Black", "All Blacks"), where an article names
     * both: apart, they are as often two organisations ("Time" and "Times", "Rolling Stone" and "Rolling Stones"). The
     * plural names them unless the singular is used in more than {@value #PLURAL_LABEL_ODDS} times as many articles:
     * news names a party or a team in the plural ("the Tories") and its members in the singular ("a Tory MP").
     */
    private static List<AutomaticMerge> pluralMerges(
            Map<String, List<String>> singularsAsked, Map<String, Long> articlesPerName, Answers namingBoth) {
        List<AutomaticMerge> merges = new ArrayList<>();
        singularsAsked.forEach((plural, singulars) -> {
            List<String> joining = namedWithThePlural(plural, singulars, namingBoth);
            String into = pluralLabel(plural, joining, articlesPerName);
            for (String singular : joining) {
                String forms = isAdjective(singular)
                        ? "\" are one party, named by its adjective and by its members,"
                        : "\" are one name in the singular and the plural,";
                String reason = "\"" + singular + "\" and \"" + plural + forms + " and an article names both";
                merges.add(merge(singular.equals(into) ? plural : singular, into, reason));
            }
        });
        return merges;
    }

    /** The first singular an article names with the plural, and every adjective one does ("Democrat", "Democratic"). */
    private static List<String> namedWithThePlural(String plural, List<String> singulars, Answers namingBoth) {
        List<String> named = singulars.stream()
                .filter(singular -> namingBoth.of(plural, singular) > 0)
                .toList();
        List<String> joining = new ArrayList<>(named.stream()
                .filter(singular -> !isAdjective(singular))
                .limit(1)
                .toList());
        named.stream().filter(OrganizationVariants::isAdjective).forEach(joining::add);
        return joining;
    }

    private static String pluralLabel(String plural, List<String> joining, Map<String, Long> articlesPerName) {
        String label = plural;
        for (String singular : joining) {
            long toBeat = articlesPerName.get(label) * (label.equals(plural) ? PLURAL_LABEL_ODDS : 1);
            if (articlesPerName.get(singular) > toBeat) {
                label = singular;
            }
        }
        return label;
    }

    /** By party nickname's label, the label of the name it stands for, where the archive holds both. */
    private static Map<String, List<String>> namesOfNicknamesToAsk(Map<String, String> labelOfCore) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        NICKNAMES.forEach((nickname, names) -> {
            String nicknameLabel = labelOfCore.get(nickname);
            if (nicknameLabel != null) {
                names.stream()
                        .map(labelOfCore::get)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .ifPresent(name -> asked.put(nicknameLabel, List.of(name)));
            }
        });
        return asked;
    }

    /** A party's nickname joins its name where an article writes both ("Tories", "Conservatives"). */
    private static List<AutomaticMerge> nicknameMerges(Map<String, List<String>> namesOfNicknames, Answers namingBoth) {
        List<AutomaticMerge> merges = new ArrayList<>();
        namesOfNicknames.forEach((nickname, names) -> {
            String name = names.getFirst();
            if (namingBoth.of(nickname, name) > 0) {
                merges.add(merge(
                        nickname,
                        name,
                        "\"" + nickname + "\" is a nickname of the \"" + name + "\", and an article names both"));
            }
        });
        return merges;
    }

    /**
     * By label of a name of two words or more after a country's code ("US Federal Reserve"), the label of the name
     * alone, where the archive holds it in as many articles at least: news adds the code to a body's usual name for
     * readers abroad. A code before one word stays apart ("UK Coal", "US Sprint"): with one word left, the code is as
     * often part of the name.
     */
    private static Map<String, List<String>> namesAloneToAsk(
            Map<String, String> labelOfCore, Map<String, Long> articlesOfLabel) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.forEach((core, label) -> {
            List<String> words = List.of(core.split(" "));
            String code = label.substring(0, Math.max(0, label.indexOf(' '))).replace(".", "");
            if (words.size() > LEAST_WORDS_AFTER_CODE && COUNTRY_CODES.contains(code)) {
                String alone = labelOfCore.get(String.join(" ", words.subList(1, words.size())));
                if (alone != null && !alone.equals(label) && articlesOfLabel.get(alone) >= articlesOfLabel.get(label)) {
                    asked.put(label, List.of(alone));
                }
            }
        });
        return asked;
    }

    /**
     * A name after a country's code joins the name alone where an article names both ("the U.S. Federal Reserve" …
     * "the Federal Reserve"): a body every country has under one name ("Court of Appeal") is named so with its code in
     * stories of another country than those that name it alone.
     */
    private static List<AutomaticMerge> countryCodeMerges(Map<String, List<String>> namesAlone, Answers namingBoth) {
        List<AutomaticMerge> merges = new ArrayList<>();
        namesAlone.forEach((coded, names) -> {
            String alone = names.getFirst();
            if (namingBoth.of(coded, alone) > 0) {
                merges.add(merge(
                        coded,
                        alone,
                        "\"" + coded + "\" is \"" + alone + "\" with a country's code before it, and an article"
                                + " names both"));
            }
        });
        return merges;
    }

    /**
     * By label of a name after a country's code that no article names with the name alone, the names the first round
     * joined into the name alone: a story writes "the U.S. Securities and Exchange Commission" and then "the SEC",
     * never the name alone. Another country's code before the name is not the name ("US Court of Appeal" named with
     * "UK Court of Appeal").
     */
    private static Map<String, List<String>> joinedNamesToAsk(
            Map<String, List<String>> namesAlone, List<AutomaticMerge> codedJoined, List<AutomaticMerge> joined) {
        Set<String> merged = codedJoined.stream().map(AutomaticMerge::value).collect(Collectors.toSet());
        Map<String, List<String>> asked = new LinkedHashMap<>();
        namesAlone.forEach((coded, names) -> {
            List<String> joinedIntoAlone = joined.stream()
                    .filter(merge -> merge.target().equals(names.getFirst()) && !merged.contains(merge.value()))
                    .map(AutomaticMerge::value)
                    .toList();
            if (!merged.contains(coded) && !joinedIntoAlone.isEmpty()) {
                asked.put(coded, joinedIntoAlone);
            }
        });
        return asked;
    }

    /** A name after a country's code joins the name alone where an article names it with one joined into that name. */
    private static List<AutomaticMerge> countryCodeMergesByJoinedNames(
            Map<String, List<String>> namesAlone, Map<String, List<String>> joinedNamesAsked, Answers namingBoth) {
        List<AutomaticMerge> merges = new ArrayList<>();
        joinedNamesAsked.forEach((coded, others) -> others.stream()
                .filter(other -> namingBoth.of(coded, other) > 0)
                .findFirst()
                .ifPresent(other -> {
                    String alone = namesAlone.get(coded).getFirst();
                    merges.add(merge(
                            coded,
                            alone,
                            "\"" + coded + "\" is \"" + alone + "\" with a country's code before it, and an article"
                                    + " names it with \"" + other + "\", which is \"" + alone + "\" too"));
                }));
        return merges;
    }

    /** "Democratic", "Democratic Party": the adjective of a plural such as "Democrats". */
    private static boolean isAdjective(String label) {
        return core(label).endsWith("cratic");
    }

    /** By label in the plural, the labels of the same name in the singular. */
    private static Map<String, List<String>> singularsToAsk(Map<String, String> labelOfCore) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        labelOfCore.forEach((core, plural) -> {
            List<String> singulars = singularsOf(core).stream()
                    .map(labelOfCore::get)
                    .filter(singular -> singular != null && !singular.equals(plural))
                    .toList();
            if (!singulars.isEmpty()) {
                asked.put(plural, singulars);
            }
        });
        return asked;
    }

    /** The cores the core would be in the singular, when its last word is an English plural. */
    private static List<String> singularsOf(String core) {
        if (!core.endsWith("s") || core.endsWith("ss") || core.length() < 3) {
            return List.of();
        }
        List<String> singulars = new ArrayList<>();
        if (core.endsWith("ies")) {
            singulars.add(core.substring(0, core.length() - 3) + "y");
        }
        if (core.endsWith("es")) {
            singulars.add(core.substring(0, core.length() - 2));
        }
        singulars.add(core.substring(0, core.length() - 1));
        if (core.endsWith("crats")) {
            singulars.add(core.substring(0, core.length() - 1) + "ic"); // "democrats", "democratic"
        }
        return singulars;
    }

    /** How many articles name both a label (a variant of it) and each of the labels asked about with it. */
    private record Answers(Map<String, Map<String, Long>> byLabel) {

        /**
         * Every question of {@code asked} (label → labels) in one call of {@code namedTogether}, as pairs of variants;
         * an article naming two such pairs counts twice.
         */
        static Answers ask(
                NamedTogether namedTogether,
                Map<String, List<String>> variantsOfLabel,
                List<Map<String, List<String>>> asked) {
            Map<String, Set<String>> secondsOfFirst = new LinkedHashMap<>();
            asked.forEach(questions -> questions.forEach((label, others) -> variantsOfLabel
                    .get(label)
                    .forEach(first -> others.forEach(other -> secondsOfFirst
                            .computeIfAbsent(first, k -> new LinkedHashSet<>())
                            .addAll(variantsOfLabel.get(other))))));
            Map<String, Map<String, Long>> byVariant =
                    secondsOfFirst.isEmpty() ? Map.of() : namedTogether.articles(secondsOfFirst);
            Map<String, Map<String, Long>> byLabel = new HashMap<>();
            asked.forEach(questions -> questions.forEach((label, others) -> others.forEach(other -> {
                long articles = 0;
                for (String first : variantsOfLabel.get(label)) {
                    Map<String, Long> counts = byVariant.getOrDefault(first, Map.of());
                    for (String second : variantsOfLabel.get(other)) {
                        articles += counts.getOrDefault(second, 0L);
                    }
                }
                byLabel.computeIfAbsent(label, k -> new HashMap<>()).put(other, articles);
            })));
            return new Answers(byLabel);
        }

        long of(String label, String other) {
            return byLabel.get(label).get(other);
        }

        /** These answers, with fewer than {@code least} articles counted as none. */
        Answers atLeast(long least) {
            Map<String, Map<String, Long>> counted = new HashMap<>();
            byLabel.forEach((label, counts) ->
                    counts.forEach((other, articles) -> counted.computeIfAbsent(label, k -> new HashMap<>())
                            .put(other, articles >= least ? articles : 0L)));
            return new Answers(counted);
        }
    }

    /**
     * The name without case, accents, dots, trailing legal forms or generic words, and the minor words after its
     * first ("Institute for Fiscal Studies" and "Institute of Fiscal Studies", "Cable & Wireless" and "Cable and
     * Wireless" are written for one organisation).
     */
    public static String core(String name) {
        List<String> words = governmentOrder(withoutEnding(name, LEGAL_FORMS, GENERIC_WORDS));
        List<String> significant = new ArrayList<>(List.of(oneSpelling(words.getFirst())));
        words.stream()
                .skip(1)
                .filter(word -> !MINOR_WORDS.contains(word))
                .map(OrganizationVariants::oneSpelling)
                .forEach(significant::add);
        return POSSESSIVE_END.matcher(String.join(" ", significant).strip()).replaceFirst("");
    }

    /**
     * A word as American spelling writes it, where British spelling writes it otherwise with no change of meaning
     * ("organisation", "centre", "programme", "defence"): the same body named by outlets on both sides of the
     * Atlantic. "Labour" stays, since the Labor and Labour parties are not one.
     */
    private static String oneSpelling(String word) {
        String american = SPELLINGS.get(word);
        if (american != null) {
            return american;
        }
        if (word.endsWith("isation") || word.endsWith("isations")) {
            return word.replace("isation", "ization");
        }
        return word;
    }

    /**
     * A government body's name in the order news writes it most: "Ministry of Finance" as "Finance Ministry", "US
     * Department of Agriculture" as "US Agriculture Department", "Office of Management and Budget" as "Management and
     * Budget Office", "Department of the Treasury" as "Treasury Department". Banks, councils and institutes keep their
     * order: "Bank of Tokyo" and "Tokyo Bank", "Council of State" and "State Council" are often two bodies.
     */
    private static List<String> governmentOrder(List<String> words) {
        for (int kind = 0; kind <= 1 && kind + 2 < words.size(); kind++) {
            if (GOVERNMENT_BODIES.contains(words.get(kind)) && ORDER_WORDS.contains(words.get(kind + 1))) {
                int what = words.get(kind + 2).equals("the") && kind + 3 < words.size() ? kind + 3 : kind + 2;
                List<String> reordered = new ArrayList<>(words.subList(0, kind));
                reordered.addAll(words.subList(what, words.size()));
                reordered.add(words.get(kind));
                return reordered;
            }
        }
        return words;
    }

    /**
     * The name's words without case, accents and dots, and without the last ones while they are of the given kinds
     * or the "and" before them ("Merrill Lynch and Co Inc", "Morgan Stanley & Co"); the first word always stays.
     */
    @SafeVarargs
    private static List<String> withoutEnding(String name, Set<String>... endings) {
        List<String> words = words(withoutMarks(name).toLowerCase(Locale.ROOT));
        while (words.size() > 1 && isEnding(words.getLast(), endings)) {
            words.removeLast();
        }
        return words;
    }

    /** Most names are plain ASCII, and an index holds many names: only others are decomposed. */
    static String withoutMarks(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return name;
    }

    /** The words between spaces and commas, without dots ("J.P. Morgan, Inc." → "jp", "morgan", "inc"). */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == ',') {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else if (c != '.') {
                word.append(c);
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    private static boolean isEnding(String word, Set<String>[] endings) {
        return JOINING_WORDS.contains(word) || Arrays.stream(endings).anyMatch(kind -> kind.contains(word));
    }

    private static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The initials with every letter of a short word in capitals, as acronyms spell them ("US Department of
     * Agriculture" → "usda", "UK Atomic Energy Authority" → "ukaea"); legal forms at the end left out.
     */
    private static String lettersOfShortCapitals(String name) {
        List<String> words = words(withoutMarks(name));
        while (words.size() > 1 && isLegalFormEnding(words.getLast().toLowerCase(Locale.ROOT))) {
            words.removeLast();
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (UNSPELLED_WORDS.contains(lower)) {
                continue;
            }
            boolean shortCapitals = word.length() <= 3 && word.chars().allMatch(Character::isUpperCase);
            out.append(shortCapitals ? lower : lower.substring(0, 1));
        }
        return out.toString();
    }

    private static boolean isLegalFormEnding(String word) {
        return JOINING_WORDS.contains(word) || LEGAL_FORMS.contains(word);
    }

    /**
     * A public body with its country in brackets as an acronym may spell it out, with the country first and without:
     * "Agriculture Department (United States)" as "united states department of agriculture" ("USDA") and "department of
     * agriculture"; empty for any other name.
     */
    private static List<String> spelledWithCountry(String name) {
        Matcher bracketed = BRACKETED_COUNTRY.matcher(name);
        if (!bracketed.matches()) {
            return List.of();
        }
        List<String> office = words(withoutMarks(bracketed.group(1)).toLowerCase(Locale.ROOT));
        if (office.size() > 1 && GOVERNMENT_BODIES.contains(office.getLast())) {
            List<String> ofOrder = new ArrayList<>(List.of(office.getLast(), "of"));
            ofOrder.addAll(office.subList(0, office.size() - 1));
            office = ofOrder;
        }
        String spelled = String.join(" ", office);
        String country = String.join(" ", words(withoutMarks(bracketed.group(2)).toLowerCase(Locale.ROOT)));
        return List.of(country + " " + spelled, spelled);
    }

    /**
     * The initials of a name that ends in a company word, that word included ("Commodity Credit Corp" → "ccc"), other
     * legal forms after it left out.
     */
    private static Optional<String> initialsWithCompanyWord(String name) {
        List<String> words = withoutEnding(name, UNSPELLED_LEGAL_FORMS);
        return words.size() > 1 && COMPANY_WORDS.contains(words.getLast())
                ? Optional.of(initialsOfCore(String.join(" ", words)))
                : Optional.empty();
    }

    /** The first letters of the significant words ("international monetary fund" → "imf"). */
    private static String initialsOfCore(String core) {
        return initialsOfCore(core, InitialsSpelling.FIRST_LETTERS);
    }

    /** How an acronym may spell the words of a name beyond their first letters. */
    private enum InitialsSpelling {
        FIRST_LETTERS,
        /** Each part of a hyphenated word ("APEC", Asia-Pacific Economic Cooperation) and of two compass points. */
        COMPOUNDS_APART,
        /** "of" as an "o" ("BOJ", Bank of Japan; "DOT", Department of Transportation). */
        WITH_OF
    }

    private static String initialsOfCore(String core, InitialsSpelling spelling) {
        StringBuilder out = new StringBuilder();
        for (String word : core.split(" ")) {
            if (spelling == InitialsSpelling.WITH_OF && word.equals("of")) {
                out.append('o');
            } else if (spelling == InitialsSpelling.COMPOUNDS_APART) {
                for (String part : word.split("-")) {
                    appendInitial(out, part);
                    secondCompassPoint(part).ifPresent(out::append);
                }
            } else {
                appendInitial(out, word);
            }
        }
        return out.toString();
    }

    private static void appendInitial(StringBuilder out, String word) {
        if (!word.isEmpty() && !UNSPELLED_WORDS.contains(word)) {
            out.append(word.charAt(0));
        }
    }

    /** The initial of the second of two compass points written as one word ("southeast" → 'e'). */
    private static Optional<Character> secondCompassPoint(String word) {
        Matcher twoPoints = TWO_COMPASS_POINTS.matcher(word);
        return twoPoints.matches() ? Optional.of(twoPoints.group(1).charAt(0)) : Optional.empty();
    }

    private static String mostUsed(List<String> names, Map<String, Long> articlesPerName) {
        return names.stream()
                // "Finance Ministry" over a sentence's "finance ministry", however few articles capitalise it
                .max(Comparator.<String, Boolean>comparing(name -> !name.equals(name.toLowerCase(Locale.ROOT)))
                        .thenComparingLong(articlesPerName::get)
                        // "Fairchild Semiconductor Corp" over "Fairchild Semiconductor Corp.", a sentence's stop kept
                        .thenComparing(name -> !name.endsWith("."))
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static AutomaticMerge merge(String value, String into, String reason) {
        return new AutomaticMerge(FacetField.ORG, value, into, reason);
    }
}
