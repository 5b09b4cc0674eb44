package dev.lede.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the person values of a whole index that name the same person, as automatic merges, each with its reason.
 * Precise before eager: a wrong merge puts someone in a story they are not in.
 *
 * <ul>
 *   <li>Names written alike but for spaces, hyphens, dots and capitals ({@link SpacingVariants}: "R.N. Malhotra",
 *       "R. N. Malhotra"; "Margaret Thatcher", "MargaretThatcher").
 *   <li>Spellings of one name: accents, case, hyphens, a joined article ("al-Assad"), transliteration ({@link
 *       PersonNameParts#wordKey}); middle initials must not contradict each other ("Charles G." is not "Charles D.").
 *   <li>A full name misspelt by one letter, used in a third as many articles at most ({@link Misspellings}: "Paul
 *       Vocker", "Paul Volcker"), unless the given names end otherwise in a vowel ("Daniela", "Daniel").
 *   <li>A shorter form whose words all stand, in order, in exactly one longer name with the same surname ("Tayyip
 *       Erdogan", "Lula da Silva", "George W. Bush" with W for Walker).
 *   <li>A familiar given name and the one full name it can stand for, the rest the same ("Jim Wright", "James
 *       Wright"), as {@link FamiliarGivenNames} lists them, when an organisation is named with each.
 *   <li>A bare surname, spelled the same, when one full name dominates it ("Reagan" → Ronald Reagan) and the word
 *       is not mostly a first name in the archive (a lone "Bill" beside Bill Gates).
 *   <li>Initials and a surname ("J. Baker"), only when exactly one full name has that surname and given names those
 *       initials can stand for.
 *   <li>A bare surname that no full name has joins the one peer's title with it ("Falconer" → Lord Falconer). A peer
 *       is no full name: "Lord Nicholls" is seldom the Richard Nicholls of other stories, so peers join no one, and
 *       a bare "Coe" is Sebastian Coe's beside "Lord Coe".
 * </ul>
 *
 * The label is the variant most articles use, the longer on a tie. Curation is applied after these, so a split wins.
 */
public final class PersonVariants {

    /**
     * Titles of peers, in lower case, written before a surname or the name of a place rather than a given name; royal
     * titles ("Prince Charles") go before given names.
     */
    public static final Set<String> PEERAGE_TITLES = Set.of("lord", "lady", "baron", "baroness", "viscount");

    /** How many times more articles the leading full name of a surname needs than the next one to own the surname. */
    private static final int DOMINANCE = 5;

    /** How many last letters of a given name tell its sex or language. */
    private static final int GIVEN_NAME_ENDING = 2;

    /** How many letters two spellings of one name may differ in, added over their words. */
    private static final int MOST_LETTER_EDITS = 2;

    private PersonVariants() {}

    /** The organisations that each person's articles name. */
    @FunctionalInterface
    public interface OrganizationsOfPeople {
        /**
         * By person asked about, the organisations its articles name. The rules ask about all their people in one
         * call, so that an engine that pays per request (SolrCloud) answers them at once.
         */
        Map<String, Set<String>> of(Collection<String> people);

        /**
         * These answers without the organisations named across the archive: more than one article in a hundred, and
         * more than {@value #FEWEST_ARTICLES_OF_A_COMMON_ORGANIZATION}. An outlet names itself in its stories ("told
         * Reuters", "BBC Radio 4"), and a legislature or a party is in thousands of them, so two strangers of one
         * surname share those in a large archive; a firm, a committee, a club or a band they share is evidence.
         *
         * @param articlesPerOrganization how many articles name each organisation
         * @param articles how many articles the archive holds
         */
        default OrganizationsOfPeople distinctive(Map<String, Long> articlesPerOrganization, long articles) {
            long mostArticles =
                    Math.max(FEWEST_ARTICLES_OF_A_COMMON_ORGANIZATION, articles / ARTICLES_PER_COMMON_ORGANIZATION);
            return people -> {
                Map<String, Set<String>> distinctive = new HashMap<>();
                of(people)
                        .forEach((person, organizations) -> distinctive.put(
                                person,
                                organizations.stream()
                                        .filter(name -> articlesPerOrganization.getOrDefault(name, 0L) <= mostArticles)
                                        .collect(Collectors.toSet())));
                return distinctive;
            };
        }
    }

    /** The people, places and organisations named in each person's articles. */
    @FunctionalInterface
    public interface CompanyOfPeople {
        /** For a caller with no articles to ask (pairs of names alone): every bare surname is taken on its count. */
        CompanyOfPeople UNKNOWN = people -> null;

        /**
         * By person asked about, every value its articles name, each as {@link #named}; {@code null} when unknown.
         * The rules ask about all their people in one call.
         */
        Map<String, Set<String>> of(Collection<String> people);

        /** The fields whose values an answer holds. */
        List<FacetField> FIELDS = List.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);

        /** How a value of {@code field} is written in an answer of {@link #of}. */
        static String named(FacetField field, String value) {
            return field.name() + ':' + value;
        }

        /** The articles of each value of {@link #FIELDS}, by {@link #named}, for {@link #distinctive}. */
        static Map<String, Long> articlesPerNamed(Map<FacetField, Map<String, Long>> articlesPerValue) {
            Map<String, Long> named = new HashMap<>();
            for (FacetField field : FIELDS) {
                articlesPerValue
                        .getOrDefault(field, Map.of())
                        .forEach((value, articles) -> named.put(named(field, value), articles));
            }
            return named;
        }

        /**
         * These answers without the values named across the archive, as {@link OrganizationsOfPeople#distinctive}:
         * two strangers of one surname share a country, a party or a famous name; a firm, a club, a town or a
         * colleague they share is evidence.
         *
         * @param articlesPerNamed how many articles name each value, by {@link #named}
         */
        default CompanyOfPeople distinctive(Map<String, Long> articlesPerNamed, long articles) {
            long mostArticles =
                    Math.max(FEWEST_ARTICLES_OF_A_COMMON_ORGANIZATION, articles / ARTICLES_PER_COMMON_ORGANIZATION);
            return people -> {
                Map<String, Set<String>> all = of(people);
                if (all == null) {
                    return null;
                }
                Map<String, Set<String>> distinctive = new HashMap<>();
                all.forEach((person, named) -> distinctive.put(
                        person,
                        named.stream()
                                .filter(value -> articlesPerNamed.getOrDefault(value, 0L) <= mostArticles)
                                .collect(Collectors.toSet())));
                return distinctive;
            };
        }
    }

    /** An organisation named in more than one article in this many is common across the archive. */
    private static final int ARTICLES_PER_COMMON_ORGANIZATION = 100;

    /** A small archive's organisations are common only beyond this many articles. */
    static final int FEWEST_ARTICLES_OF_A_COMMON_ORGANIZATION = 50;

    /** @param articlesPerName how many articles use each indexed person value */
    public static List<CurationChange> merges(
            Map<String, Long> articlesPerName, OrganizationsOfPeople organizations, CompanyOfPeople company) {
        return automatic(articlesPerName, new NamesTakenApart(), organizations, company).stream()
                .map(AutomaticMerge::change)
                .toList();
    }

    /**
     * The merges with their reasons.
     *
     * @param organizations the evidence a familiar given name needs to join the full one: an organisation named in
     *     articles of both
     */
    public static List<AutomaticMerge> automatic(
            Map<String, Long> articlesPerName, OrganizationsOfPeople organizations) {
        return automatic(articlesPerName, new NamesTakenApart(), organizations, CompanyOfPeople.UNKNOWN);
    }

    /**
     * The merges with their reasons, the names taken apart by {@code remembered} (for a caller that merges the same
     * archive again after each commit).
     *
     * @param company the evidence a bare surname needs to join a full name: a value named in articles of both
     */
    public static List<AutomaticMerge> automatic(
            Map<String, Long> articlesPerValue,
            NamesTakenApart remembered,
            OrganizationsOfPeople organizations,
            CompanyOfPeople company) {
        List<AutomaticMerge> spacings = new ArrayList<>();
        Map<String, Long> articlesPerName = withSpacingsJoined(articlesPerValue, spacings);
        List<AutomaticMerge> merges = new ArrayList<>();
        Map<String, PersonNameParts> parts = remembered.of(articlesPerName.keySet());
        List<String> labels = spellingMerges(parts, articlesPerName, merges);
        labels.removeAll(new HashSet<>(misspellingMerges(labels, articlesPerName, merges)));
        labels.removeAll(new HashSet<>(familiarFormMerges(labels, parts, articlesPerName, organizations, merges)));
        labels.removeAll(new HashSet<>(shortFormMerges(labels, parts, articlesPerName, merges)));
        List<String> peers =
                labels.stream().filter(label -> parts.get(label).isPeer()).toList();
        labels.removeAll(new HashSet<>(peers));
        // Every rule below compares a name only with full names of its surname: grouping by it keeps an archive of
        // many thousand people from comparing every pair.
        Map<String, List<String>> labelsBySurname =
                grouped(labels, label -> parts.get(label).surname());
        Map<String, List<String>> labelsByFirstWord = grouped(
                labels.stream()
                        .filter(label -> parts.get(label).words().size() > 1)
                        .toList(),
                label -> parts.get(label).words().getFirst());
        OneWordCandidates oneWord = new OneWordCandidates(labels, parts);
        Map<String, List<String>> peersBySurname =
                grouped(peers, peer -> parts.get(peer).surname());
        List<AutomaticMerge> bareSurnames = new ArrayList<>();
        for (String name : parts.keySet()) {
            PersonNameParts p = parts.get(name);
            List<String> sameSurname = labelsBySurname.getOrDefault(p.surname(), List.of());
            if (p.words().size() == 1 && p.initials().isEmpty()) {
                String reason = " is the surname of ";
                List<String> candidates = sameSurname;
                if (candidates.isEmpty()) {
                    reason = " is a transliteration of the surname of ";
                    candidates = oneWord.transliteratedSurnames(p);
                }
                List<String> givenNameOf = labelsByFirstWord.getOrDefault(p.surname(), List.of());
                Optional<AutomaticMerge> bare = bareSurname(name, candidates, givenNameOf, articlesPerName, reason);
                bare.ifPresent(bareSurnames::add);
                if (bare.isEmpty() && candidates.isEmpty()) {
                    oneWord.distinctivePart(name, p.surname())
                            .or(() -> onlyPeer(name, peersBySurname.getOrDefault(p.surname(), List.of())))
                            .ifPresent(merges::add);
                }
            } else if (p.words().size() == 1 && p.initialsFirst()) {
                initialsAndSurname(name, sameSurname, parts).ifPresent(merges::add);
            }
        }
        merges.addAll(inCompany(bareSurnames, company));
        spacings.addAll(merges);
        return spacings;
    }

    /**
     * Merges the names written alike but for spaces, hyphens, dots and capitals ("R.N. Malhotra", "R. N. Malhotra";
     * "Carlos Romo Leroux", "Carlos Romoleroux"); returns the articles of each name left. A joined name's articles are
     * not added to its label's, as the spellings the rules below join are not: their thresholds were set so.
     */
    private static Map<String, Long> withSpacingsJoined(
            Map<String, Long> articlesPerValue, List<AutomaticMerge> merges) {
        Map<String, String> spacings =
                SpacingVariants.labels(articlesPerValue, name -> List.of(SpacingVariants.closedUp(name)));
        if (spacings.isEmpty()) {
            return articlesPerValue;
        }
        Map<String, Long> articlesPerName = new LinkedHashMap<>(articlesPerValue);
        spacings.forEach((name, label) -> {
            articlesPerName.remove(name);
            merges.add(merge(name, label, SpacingVariants.reason(name, label)));
        });
        return articlesPerName;
    }

    /** Merges spellings of one full name; returns the label of every full name, merged or not. */
    private static List<String> spellingMerges(
            Map<String, PersonNameParts> parts, Map<String, Long> articles, List<AutomaticMerge> merges) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        parts.forEach((name, p) -> {
            if (p.words().size() > 1) {
                groups.computeIfAbsent(p.spellingKey(), k -> new ArrayList<>()).add(name);
            }
        });
        List<String> labels = new ArrayList<>();
        for (List<String> group : withOtherSpellingsJoined(groups, parts)) {
            if (group.size() == 1) {
                labels.add(group.getFirst());
                continue;
            }
            for (List<String> cluster : byCompatibleInitials(group, parts, articles).stream()
                    .flatMap(compatible -> byCloseSpelling(compatible, parts, articles).stream())
                    .toList()) {
                String label = mostUsed(cluster, articles);
                labels.add(label);
                cluster.stream()
                        .filter(name -> !name.equals(label))
                        .forEach(name -> merges.add(merge(
                                name,
                                label,
                                quoted(name) + " and " + quoted(label)
                                        + " are spelled alike but for accents, case, hyphens, initials or"
                                        + " transliteration")));
            }
        }
        return labels;
    }

    /**
     * Joins each full name misspelt by one letter ({@link Misspellings}: "Paul Vocker", "Alan Greespan") to the name it
     * misspells, which the sound key keeps apart when the letter is a consonant. A name of one word joins no one.
     *
     * @return the misspelt names
     */
    private static List<String> misspellingMerges(
            List<String> labels, Map<String, Long> articles, List<AutomaticMerge> merges) {
        Map<String, Long> articlesOfLabel = new HashMap<>();
        labels.forEach(label -> articlesOfLabel.put(label, articles.get(label)));
        merges.forEach(merge -> articlesOfLabel.computeIfPresent(
                merge.target(), (label, count) -> count + articles.get(merge.value())));
        List<String> misspelt = new ArrayList<>();
        Misspellings.ofValues(articlesOfLabel).forEach((name, label) -> {
            if (!endsGivenNameOtherwise(name, label)) {
                misspelt.add(name);
                merges.add(merge(name, label, Misspellings.reason(name, label)));
            }
        });
        return misspelt;
    }

    /**
     * Whether the names differ in the last two letters of their first word, one ending in a vowel: given names of
     * another sex or language end so ("Daniel", "Daniela"; "Christian", "Christina"; "Antonio", "Antonia"), and a
     * sister or a wife is no slip. "Malcom" and "Willian" are.
     */
    private static boolean endsGivenNameOtherwise(String slip, String spelling) {
        String[] slipWords = slip.toLowerCase(Locale.ROOT).split(" ");
        String[] spellingWords = spelling.toLowerCase(Locale.ROOT).split(" ");
        if (slipWords[0].equals(spellingWords[0])) {
            return false;
        }
        String a = slipWords[0];
        String b = spellingWords[0];
        int samePrefix = 0;
        while (samePrefix < Math.min(a.length(), b.length()) && a.charAt(samePrefix) == b.charAt(samePrefix)) {
            samePrefix++;
        }
        return samePrefix >= Math.min(a.length(), b.length()) - GIVEN_NAME_ENDING && (endsInVowel(a) || endsInVowel(b));
    }

    private static boolean endsInVowel(String word) {
        return "aeiou".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * The groups of one sound key, those whose names are other spellings of one another joined: with umlauts written
     * out ("Gerhard Schröder", "Gerhard Schroeder"), a hyphenated name as one word ("Xi Jin-ping"), or transliterations
     * ("Rafik Hariri" and "Rafiq al-Hariri": the sound key tells "k" from "q", which Arabic names are written with
     * either way).
     */
    private static Collection<List<String>> withOtherSpellingsJoined(
            Map<String, List<String>> groups, Map<String, PersonNameParts> parts) {
        return withTransliterationsJoined(withOtherSpellingKeysJoined(groups, parts), parts);
    }

    private static Collection<List<String>> withOtherSpellingKeysJoined(
            Map<String, List<String>> groups, Map<String, PersonNameParts> parts) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        groups.forEach((key, group) -> byKey.put(key, new ArrayList<>(group)));
        groups.forEach((key, group) -> group.stream()
                .flatMap(name -> parts.get(name).otherSpellingKeys().stream())
                .filter(other -> !other.equals(key) && byKey.containsKey(other))
                .findFirst()
                .ifPresent(other -> {
                    List<String> moved = byKey.remove(key);
                    if (moved != null) {
                        byKey.get(other).addAll(moved);
                    }
                }));
        return byKey.values();
    }

    private static Collection<List<String>> withTransliterationsJoined(
            Collection<List<String>> groups, Map<String, PersonNameParts> parts) {
        Map<String, List<List<String>>> byForms = new LinkedHashMap<>();
        for (List<String> group : groups) {
            PersonNameParts first = parts.get(group.getFirst());
            List<List<String>> joined = byForms.computeIfAbsent(first.transliterationKey(), k -> new ArrayList<>());
            joined.stream()
                    .filter(other -> PersonNameParts.transliteratedAlike(parts.get(other.getFirst()), first))
                    .findFirst()
                    .ifPresentOrElse(other -> other.addAll(group), () -> joined.add(group));
        }
        return byForms.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Splits names of one key whose letters are far apart: a sound key evens out what transliterations and slips of
     * the keyboard change ("Gorbachov", "Miyazwa", "Weinburger", "Ichan"), at most {@value #MOST_LETTER_EDITS} letters
     * in all, but English names that sound alike are often other people ("Alan Moore", "Allen Murray"). Each name,
     * most used first, joins the first set whose most used name is that close, else starts a set of its own.
     */
    private static List<List<String>> byCloseSpelling(
            List<String> cluster, Map<String, PersonNameParts> parts, Map<String, Long> articles) {
        List<String> byUse = cluster.stream()
                .sorted(Comparator.<String>comparingLong(articles::get)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder())
                        .reversed())
                .toList();
        List<List<String>> sets = new ArrayList<>();
        for (String name : byUse) {
            sets.stream()
                    .filter(set -> PersonNameParts.letterEdits(parts.get(set.getFirst()), parts.get(name))
                            <= MOST_LETTER_EDITS)
                    .findFirst()
                    .ifPresentOrElse(set -> set.add(name), () -> sets.add(new ArrayList<>(List.of(name))));
        }
        return sets;
    }

    /**
     * Splits names of one key where their middle initials contradict; a name without initials joins the one set of
     * initials there is, and stays alone when there are several.
     */
    private static List<List<String>> byCompatibleInitials(
            List<String> group, Map<String, PersonNameParts> parts, Map<String, Long> articles) {
        Map<List<Character>, List<String>> byInitials = new LinkedHashMap<>();
        group.forEach(name -> byInitials
                .computeIfAbsent(parts.get(name).initials(), k -> new ArrayList<>())
                .add(name));
        List<String> without = byInitials.remove(List.<Character>of());
        List<List<String>> clusters = new ArrayList<>(byInitials.values());
        if (without != null) {
            if (clusters.size() == 1) {
                clusters.getFirst().addAll(without);
            } else {
                clusters.add(without);
            }
        }
        return clusters;
    }

    /**
     * "Jim Wright" and "James Wright" are one person when that is the only full name the familiar given name can stand
     * for with the rest of the name the same, middle initials not contradicting, and an organisation is named both in
     * an article of one and in an article of the other (the House, Refco, WorldCom). Without that, two people who share
     * a common surname are as likely: a congressman "Bob Smith" and an oil executive "Robert Smith", a footballer "Andy
     * Scott" and an actor "Andrew Scott". A familiar form joins no other familiar form ("Jim Carter", "Jimmy Carter"):
     * without the full name written out, two people of one surname share them as often. The label is the form more
     * articles use.
     *
     * @return the names merged into another
     */
    private static List<String> familiarFormMerges(
            List<String> labels,
            Map<String, PersonNameParts> parts,
            Map<String, Long> articles,
            OrganizationsOfPeople organizations,
            List<AutomaticMerge> merges) {
        Map<String, List<String>> labelsByKey =
                grouped(labels, label -> parts.get(label).spellingKey());
        Map<String, String> formalOfFamiliar = new LinkedHashMap<>();
        for (String label : labels) {
            onlyFormalName(parts.get(label), labelsByKey, parts)
                    .ifPresent(formal -> formalOfFamiliar.put(label, formal));
        }
        if (formalOfFamiliar.isEmpty()) {
            return List.of();
        }
        Set<String> asked = new HashSet<>(formalOfFamiliar.keySet());
        asked.addAll(formalOfFamiliar.values());
        Map<String, Set<String>> organizationsOf = organizations.of(asked);
        Map<String, List<String>> familiarByFormal = new LinkedHashMap<>();
        formalOfFamiliar.forEach((familiar, formal) -> {
            Set<String> shared = new HashSet<>(organizationsOf.getOrDefault(familiar, Set.of()));
            shared.retainAll(organizationsOf.getOrDefault(formal, Set.of()));
            if (!shared.isEmpty()) {
                familiarByFormal.computeIfAbsent(formal, k -> new ArrayList<>()).add(familiar);
            }
        });
        List<String> merged = new ArrayList<>();
        familiarByFormal.forEach((formal, familiar) -> {
            List<String> cluster = withLonger(familiar, formal);
            String label = mostUsed(cluster, articles);
            for (String name : cluster) {
                if (!name.equals(label)) {
                    merged.add(name);
                    String other = name.equals(formal) ? label : name;
                    merges.add(merge(
                            name,
                            label,
                            quoted(other) + " writes familiarly the given name of " + quoted(formal)
                                    + ", the only full name it can stand for, and an organisation is named with each"));
                }
            }
        });
        return merged;
    }

    /** The one full name whose given name the name's first word is a familiar form of, the rest the same. */
    private static Optional<String> onlyFormalName(
            PersonNameParts familiar, Map<String, List<String>> labelsByKey, Map<String, PersonNameParts> parts) {
        if (familiar.words().size() < 2 || familiar.initialsFirst()) {
            return Optional.empty();
        }
        Set<String> fitting = new HashSet<>();
        for (String formalName : FamiliarGivenNames.formalNames(familiar.words().getFirst())) {
            List<String> keys = new ArrayList<>(familiar.keys());
            keys.set(0, PersonNameParts.wordKey(formalName));
            labelsByKey.getOrDefault(String.join(" ", keys), List.of()).stream()
                    .filter(label -> parts.get(label).words().getFirst().equals(formalName))
                    .filter(label -> sameAfterGivenName(familiar, parts.get(label)))
                    .filter(label ->
                            initialsAgree(familiar.initials(), parts.get(label).initials()))
                    .forEach(fitting::add);
        }
        return fitting.size() == 1 ? Optional.of(fitting.iterator().next()) : Optional.empty();
    }

    /** "Bob Reid" is no familiar "Robert Reed": past the given name, the words are the same letters, not just sounds. */
    private static boolean sameAfterGivenName(PersonNameParts one, PersonNameParts other) {
        List<String> words = one.words();
        return words.subList(1, words.size())
                .equals(other.words().subList(1, other.words().size()));
    }

    private static boolean initialsAgree(List<Character> one, List<Character> other) {
        return one.isEmpty() || other.isEmpty() || one.equals(other);
    }

    /**
     * "Tayyip Erdogan" and "Recep Tayyip Erdogan" are one person when that is the only longer name holding the
     * shorter's words in order. The label is the form more articles use: "Blairite Alan Milburn", a description the
     * recognizer once took into the name, does not stand for Alan Milburn in every article.
     *
     * @return the names merged into another
     */
    private static List<String> shortFormMerges(
            List<String> labels,
            Map<String, PersonNameParts> parts,
            Map<String, Long> articles,
            List<AutomaticMerge> merges) {
        List<String> merged = new ArrayList<>();
        // A shorter form of a shorter form also stands in the longest name, so it has two longer names and is in no
        // group: each name is in one group at most and merges once.
        shorterFormsByLonger(labels, parts).forEach((longer, shorter) -> {
            String label = mostUsed(withLonger(shorter, longer), articles);
            for (String name : withLonger(shorter, longer)) {
                if (!name.equals(label)) {
                    merged.add(name);
                    merges.add(merge(name, label, shortFormReason(name, label, longer)));
                }
            }
        });
        return merged;
    }

    /** By longer name, the shorter forms whose words stand in it and in no other longer name. */
    private static Map<String, List<String>> shorterFormsByLonger(
            List<String> labels, Map<String, PersonNameParts> parts) {
        // A shorter form ends with the longer name's last word and has fewer words; full names have two or more, so
        // only names of three or more words ending alike are compared.
        Map<String, List<String>> longerByLastWord = grouped(
                labels.stream()
                        .filter(label -> parts.get(label).keys().size() > 2)
                        .toList(),
                label -> parts.get(label).keys().getLast());
        Map<String, List<String>> shorterByLonger = new LinkedHashMap<>();
        for (String shorter : labels) {
            PersonNameParts shorterParts = parts.get(shorter);
            List<String> containing = new ArrayList<>(1);
            for (String longer :
                    longerByLastWord.getOrDefault(shorterParts.keys().getLast(), List.of())) {
                if (!longer.equals(shorter) && standsFor(shorterParts, parts.get(longer))) {
                    containing.add(longer);
                }
            }
            if (containing.size() == 1) {
                shorterByLonger
                        .computeIfAbsent(containing.getFirst(), k -> new ArrayList<>())
                        .add(shorter);
            }
        }
        return shorterByLonger;
    }

    private static List<String> withLonger(List<String> shorter, String longer) {
        List<String> all = new ArrayList<>(shorter);
        all.add(longer);
        return all;
    }

    private static String shortFormReason(String name, String label, String longer) {
        String shorter = name.equals(longer) ? label : name;
        String reason = "every word of " + quoted(shorter) + " stands, in order, in " + quoted(longer)
                + ", the only longer name that has them";
        return label.equals(longer) ? reason : reason + "; more articles use " + quoted(label);
    }

    /** Whether the shorter name's words are the longer's in order, the same surname last, initials fitting. */
    private static boolean standsFor(PersonNameParts shorter, PersonNameParts longer) {
        List<String> small = shorter.keys();
        List<String> large = longer.keys();
        if (small.size() >= large.size() || !small.getLast().equals(large.getLast())) {
            return false;
        }
        int at = 0;
        List<Character> skippedInitials = new ArrayList<>();
        for (int i = 0; i < large.size(); i++) {
            if (at < small.size() && large.get(i).equals(small.get(at))) {
                at++;
            } else if (at > 0) {
                skippedInitials.add(longer.words().get(i).charAt(0));
            }
        }
        return at == small.size() && initialsFit(shorter.initials(), skippedInitials);
    }

    private static boolean initialsFit(List<Character> initials, List<Character> skippedWords) {
        return initials.isEmpty() || skippedWords.containsAll(initials);
    }

    /**
     * A one-word value joins the full name whose surname it is, spelled the same, when the index makes that
     * unambiguous: the only full name with that surname, or one with many times the articles of the next (Ronald
     * Reagan next to a rare Nancy Reagan). "Johnson" beside Boris and Lyndon Johnson stays apart, and a surname that
     * only sounds alike ("Beerman", "Berman") is another person's. News calls people by their surname far more often
     * than by their first name, so a word that is also the first name of full names stays a surname unless those
     * names together have many times its owner's articles: "Howard" is Michael Howard's beside Howard Hughes, while a
     * lone "Bill" is no surname of a "Crossrail Link Bill" the recogniser took for a person, beside Bill Gates and
     * Bill Clinton.
     *
     * @param givenNameOf the full names that start with the word
     */
    private static Optional<AutomaticMerge> bareSurname(
            String name,
            List<String> sameSurname,
            List<String> givenNameOf,
            Map<String, Long> articles,
            String surnameOf) {
        List<String> candidates = sameSurname.stream()
                .sorted(Comparator.comparingLong((String label) -> articles.get(label))
                        .reversed())
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        long top = articles.get(candidates.getFirst());
        long next = candidates.size() > 1 ? articles.get(candidates.get(1)) : 0;
        long asFirstName = givenNameOf.stream().mapToLong(articles::get).sum();
        if (top < DOMINANCE * next || asFirstName >= DOMINANCE * top) {
            return Optional.empty();
        }
        String reason = candidates.size() == 1
                ? quoted(name) + surnameOf + quoted(candidates.getFirst()) + ", the only full name with it"
                : quoted(name) + surnameOf + quoted(candidates.getFirst()) + ", which has at least " + DOMINANCE
                        + " times the articles of any other full name with it";
        return Optional.of(merge(name, candidates.getFirst(), reason));
    }

    /**
     * The bare surname merges whose two names keep company: an article names both, or their articles share a person, a
     * place or an organisation named in few others. A surname that some full name dominates is still often another
     * person's or no person's: a player on a team sheet ("Wyatt", not the MP Derek Wyatt), a firm's partner ("Merrill
     * Lynch, Pierce, Fenner"), a brand or a crop ("Rice season begins"). Such stories name nothing the full name's do.
     */
    private static List<AutomaticMerge> inCompany(List<AutomaticMerge> bareSurnames, CompanyOfPeople company) {
        if (bareSurnames.isEmpty()) {
            return bareSurnames;
        }
        Set<String> asked = new HashSet<>();
        bareSurnames.forEach(merge -> {
            asked.add(merge.value());
            asked.add(merge.target());
        });
        Map<String, Set<String>> named = company.of(asked);
        if (named == null) {
            return bareSurnames;
        }
        return bareSurnames.stream()
                .flatMap(merge -> sharedCompany(merge.value(), merge.target(), named)
                        .map(shared -> new AutomaticMerge(
                                merge.field(), merge.value(), merge.target(), merge.reason() + shared))
                        .stream())
                .toList();
    }

    /** How the two names keep company, said as the end of the merge's reason; empty when they do not. */
    private static Optional<String> sharedCompany(String bare, String full, Map<String, Set<String>> named) {
        Set<String> ofBare = named.getOrDefault(bare, Set.of());
        Set<String> ofFull = named.getOrDefault(full, Set.of());
        String bareItself = CompanyOfPeople.named(FacetField.PERSON, bare);
        String fullItself = CompanyOfPeople.named(FacetField.PERSON, full);
        if (ofBare.contains(fullItself)) {
            return Optional.of(", and an article names both");
        }
        return ofBare.stream()
                .filter(value -> !value.equals(bareItself) && !value.equals(fullItself) && ofFull.contains(value))
                .sorted()
                .findFirst()
                .map(value -> ", and articles of each name " + quoted(value.substring(value.indexOf(':') + 1)));
    }

    /** "Falconer" into Lord Falconer when no full name has the surname and no other peer has it. */
    private static Optional<AutomaticMerge> onlyPeer(String name, List<String> peersOfSurname) {
        if (peersOfSurname.size() != 1) {
            return Optional.empty();
        }
        String peer = peersOfSurname.getFirst();
        return Optional.of(
                merge(name, peer, quoted(name) + " is the surname of " + quoted(peer) + ", the only peer with it"));
    }

    /** "J. Baker" into James Baker only when no other full name with that surname fits the initials. */
    private static Optional<AutomaticMerge> initialsAndSurname(
            String name, List<String> sameSurname, Map<String, PersonNameParts> parts) {
        PersonNameParts initialled = parts.get(name);
        List<String> fitting = sameSurname.stream()
                .filter(label -> givenNamesFit(initialled.initials(), parts.get(label)))
                .toList();
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(merge(
                name,
                fitting.getFirst(),
                "the initials of " + quoted(name) + " fit " + quoted(fitting.getFirst())
                        + ", the only full name with that surname they can stand for"));
    }

    /** Whether the initials are, in order, those of the full name's given names and initials. */
    private static boolean givenNamesFit(List<Character> initials, PersonNameParts full) {
        List<Character> given = new ArrayList<>();
        full.words().subList(0, full.words().size() - 1).forEach(w -> given.add(w.charAt(0)));
        given.addAll(full.initials());
        return !initials.isEmpty() && initials.getFirst().equals(given.getFirst()) && given.containsAll(initials);
    }

    /** The names by {@code key}, each group in the names' own order. */
    private static Map<String, List<String>> grouped(List<String> names, Function<String, String> key) {
        Map<String, List<String>> groups = HashMap.newHashMap(names.size());
        names.forEach(name ->
                groups.computeIfAbsent(key.apply(name), k -> new ArrayList<>()).add(name));
        return groups;
    }

    private static String mostUsed(List<String> names, Map<String, Long> articlesPerName) {
        return names.stream()
                .max(Comparator.<String>comparingLong(articlesPerName::get)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    /** What two spellings of one name share: the sound key of each word, initials left out. */
    public static String key(String name) {
        return PersonNameParts.of(name).spellingKey();
    }

    /**
     * The names of the last merge, taken apart, kept for the next: between two commits an archive's people change
     * little, and taking every name apart again was a third of the merging (BENCHMARKS.md, seventeenth session).
     * Holds the names of the last call only.
     */
    public static final class NamesTakenApart {
        private volatile Map<String, PersonNameParts> last = Map.of();

        Map<String, PersonNameParts> of(Collection<String> names) {
            Map<String, PersonNameParts> previous = last;
            Map<String, PersonNameParts> parts = new LinkedHashMap<>();
            for (String name : names) {
                PersonNameParts known = previous.get(name);
                parts.put(name, known != null ? known : PersonNameParts.of(name));
            }
            last = parts;
            return parts;
        }
    }

    /**
     * Where a one-word value whose surname no full name has may belong: a transliteration of a full name's surname
     * ("Kadhafi" for Muammar Gaddafi), or a distinctive inner part of exactly one full name ("Lula" of Luiz Inácio
     * Lula da Silva, "Tayyip" of Recep Tayyip Erdogan) that no other full name has in any place.
     */
    private static final class OneWordCandidates {
        /** Inner words this short are particles ("da", "de", "bin"), never a name used alone. */
        private static final int SHORTEST_DISTINCTIVE_PART = 3;

        /** Last words after a surname: "Louis Gerstner Jr.". */
        private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

        /** Last words that make a "person" value a firm the recognizer mistook ("Hovis McDougall Plc"). */
        private static final Set<String> NOT_SURNAMES =
                Set.of("plc", "inc", "corp", "co", "ltd", "llc", "ag", "sa", "nv", "gmbh", "group");

        private final List<String> labels;
        private final Map<String, PersonNameParts> parts;
        private Map<String, List<String>> labelsByTransliteration;
        private Map<String, List<String>> labelsByWordKey;

        OneWordCandidates(List<String> labels, Map<String, PersonNameParts> parts) {
            this.labels = labels;
            this.parts = parts;
        }

        /** Built at the first one-word value that needs it: many archives have none. */
        private void index() {
            if (labelsByWordKey != null) {
                return;
            }
            labelsByTransliteration = grouped(labels, label -> parts.get(label).surnameForm());
            labelsByWordKey = new HashMap<>();
            for (String label : labels) {
                List<String> keys = parts.get(label).keys();
                for (int i = 0; i < keys.size(); i++) {
                    if (keys.indexOf(keys.get(i)) == i) {
                        labelsByWordKey
                                .computeIfAbsent(keys.get(i), k -> new ArrayList<>())
                                .add(label);
                    }
                }
            }
        }

        List<String> transliteratedSurnames(PersonNameParts oneWord) {
            index();
            return labelsByTransliteration.getOrDefault(oneWord.surnameForm(), List.of()).stream()
                    .filter(label -> PersonNameParts.transliteratedAlike(
                            oneWord.surname(), parts.get(label).surname()))
                    .toList();
        }

        Optional<AutomaticMerge> distinctivePart(String name, String word) {
            index();
            String key = PersonNameParts.wordKey(word);
            List<String> holders = labelsByWordKey.getOrDefault(key, List.of());
            if (word.length() < SHORTEST_DISTINCTIVE_PART || holders.size() != 1) {
                return Optional.empty();
            }
            String holder = holders.getFirst();
            List<String> words = parts.get(holder).words();
            int at = words.indexOf(word);
            String last = words.getLast();
            // a name the sound key alone ties to the word ("Robbins", "Rubens") is no evidence, nor a firm's name
            if (at <= 0 || at == words.size() - 1 || words.lastIndexOf(word) != at || NOT_SURNAMES.contains(last)) {
                return Optional.empty();
            }
            String what = at == words.size() - 2 && GENERATIONS.contains(last)
                    ? " is the surname of "
                    : " is an inner part of ";
            return Optional.of(merge(
                    name,
                    holder,
                    quoted(name) + what + quoted(holder) + ", the only full name that has that word anywhere"));
        }
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private static AutomaticMerge merge(String value, String into, String reason) {
        return new AutomaticMerge(FacetField.PERSON, value, into, reason);
    }
}
