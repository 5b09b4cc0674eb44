package dev.lede.eval;

import dev.lede.enrich.Extractor;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.PersonVariants;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lede's extraction on Reuters-21578 stories, read without their tags, scored against the tags: people recall,
 * country recall over the stories that name the tagged country, and country precision; the organisation values that
 * look like the rest of a name cut at its "and" ({@link CutNames}); plus the most frequent people, places and
 * organisations, with the people and places that still name one entity twice. The stories are also scored in two halves by
 * the number in their id: even ids are the half rules may be tuned on, odd ids the held-out half that says whether
 * they generalise.
 */
public final class ReutersEvaluation {

    public static final int TOP = 100;
    private static final int EXAMPLES = 12;
    private static final int PROGRESS_EVERY = 1_000;

    /** A share with its parts. */
    public record Share(int hits, int total) {
        public double value() {
            return total == 0 ? 0 : (double) hits / total;
        }
    }

    /**
     * One half's scores.
     *
     * @param peoplePrecision the people Lede finds (distinct per story, over stories with person tags) that match one
     *     of the story's tags: a lower bound, since Reuters tags only the people a story is about
     * @param cutOrganizations (story, organisation value) pairs whose value the story writes only right after a
     *     capitalised word and "and": lower is better
     */
    public record Half(
            String name,
            int stories,
            Share peopleRecall,
            Share peoplePrecision,
            Share countryRecall,
            Share countryPrecision,
            Share cutOrganizations) {}

    /**
     * @param people (story, person tag) pairs whose person is among the story's people
     * @param countryRecall (story, country tag) pairs whose country is among the story's countries, over the pairs
     *     whose story names that country or a place in it (title, dateline or body)
     * @param countryRecallAllTags the same over every (story, country tag) pair
     * @param countryPrecision the countries Lede assigns (distinct per story, over stories with place tags) that are
     *     among the story's tags
     * @param storiesWithCountries stories for which Lede assigned any country: 0 when extraction fills no countries
     * @param unmappedTags place tags the gazetteer cannot turn into a country
     * @param unmappedCountries country values of Lede's that the gazetteer does not know, with their counts
     * @param partyWords judged words of the held-out draw naming a party whose story has an organisation of that party
     *     ({@link PartyWords})
     * @param partyWordsRead the same in the draws read while the rules were written
     * @param otherWordsAsParties judged words of every draw naming no party whose story has an organisation named as a
     *     party by the word ({@link PartyWords.Judged#isPartyNameIn})
     * @param partyWordMisses the first of those and of the party words not found
     */
    public record Result(
            int stories,
            long millis,
            Share people,
            List<String> peopleMisses,
            Share countryRecall,
            Share countryRecallAllTags,
            List<String> countryMisses,
            Share countryPrecision,
            List<String> countryFalseAlarms,
            int storiesWithCountries,
            Set<String> unmappedTags,
            Map<String, Integer> unmappedCountries,
            List<FacetValue> topPeople,
            List<FacetValue> topPlaces,
            List<FacetValue> topOrganizations,
            List<DuplicateValues.Pair> duplicatePeople,
            List<DuplicateValues.Pair> duplicatePlaces,
            List<Half> halves,
            List<String> cutOrganizationExamples,
            Share partyWords,
            Share partyWordsRead,
            Share otherWordsAsParties,
            List<String> partyWordMisses) {}

    private final Extractor extractor;
    private final CountryGazetteer gazetteer;

    public ReutersEvaluation(Extractor extractor, CountryGazetteer gazetteer) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Result run(List<ReutersRecord> records, int threads, PrintWriter progress) {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<Enrichment> enrichments = Parallel.map(records, threads, record -> {
            Enrichment enrichment = extractor.extract(record.article());
            int count = done.incrementAndGet();
            if (progress != null && count % PROGRESS_EVERY == 0) {
                long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000);
                progress.printf("  Reuters: %d of %d stories (%d/s)%n", count, records.size(), count / seconds);
            }
            return enrichment;
        });
        Tally tally = new Tally();
        Tally tuning = new Tally();
        Tally heldOut = new Tally();
        for (int i = 0; i < records.size(); i++) {
            ReutersRecord record = records.get(i);
            tally.add(record, enrichments.get(i));
            (isHeldOut(record.article().id()) ? heldOut : tuning).add(record, enrichments.get(i));
        }
        List<FacetValue> topPeople = top(tally.peopleAsFacetsShowThem());
        List<FacetValue> topPlaces = top(tally.placeCounts);
        return new Result(
                records.size(),
                (System.nanoTime() - started) / 1_000_000,
                new Share(tally.peopleHits, tally.peoplePairs),
                tally.peopleMisses,
                new Share(tally.namedCountryHits, tally.namedCountryPairs),
                new Share(tally.countryHits, tally.countryPairs),
                tally.countryMisses,
                new Share(tally.assignedCorrect, tally.assigned),
                tally.falseAlarms,
                tally.storiesWithCountries,
                tally.unmappedTags,
                tally.unmappedCountries,
                topPeople,
                topPlaces,
                top(tally.organizationCounts),
                DuplicateValues.people(values(topPeople)),
                DuplicateValues.places(values(topPlaces), gazetteer::sameCountryAs),
                List.of(tuning.half("tuning (even ids)"), heldOut.half("held-out (odd ids)")),
                heldOut.cutExamples,
                new Share(tally.partyWordsFound[1], tally.partyWords[1]),
                new Share(tally.partyWordsFound[0], tally.partyWords[0]),
                new Share(tally.otherWordsAsParties, tally.otherWords),
                tally.partyWordMisses);
    }

    /** Whether a story is in the held-out half: the number its id ends with is odd. */
    static boolean isHeldOut(String id) {
        int start = id.length();
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        int lastDigits = start == id.length() ? id.hashCode() : id.charAt(id.length() - 1) - '0';
        return Math.floorMod(lastDigits, 2) == 1;
    }

    /** The counts, added one story at a time on one thread. */
    private final class Tally {
        int peoplePairs;
        int peopleHits;
        final List<String> peopleMisses = new ArrayList<>();
        int countryPairs;
        int countryHits;
        int namedCountryPairs;
        int namedCountryHits;
        final List<String> countryMisses = new ArrayList<>();
        int assigned;
        int assignedCorrect;
        final List<String> falseAlarms = new ArrayList<>();
        int storiesWithCountries;
        final Set<String> unmappedTags = new TreeSet<>();
        final Map<String, Integer> unmappedCountries = new HashMap<>();
        final Map<String, Integer> peopleCounts = new HashMap<>();
        final List<List<String>> peoplePerStory = new ArrayList<>();
        final Map<String, Set<String>> organizationsOfPeople = new HashMap<>();
        final Map<String, Long> articlesPerOrganization = new HashMap<>();
        final Map<String, Set<String>> companyOfPeople = new HashMap<>();
        final Map<String, Long> articlesPerNamed = new HashMap<>();

        /**
         * People counted as the people facet shows them: variants merged across the corpus (as the search does),
         * each story once.
         */
        Map<String, Integer> peopleAsFacetsShowThem() {
            Map<String, Long> raw = new HashMap<>();
            peopleCounts.forEach((name, count) -> raw.put(name, count.longValue()));
            PersonVariants.OrganizationsOfPeople named = people -> organizationsOfPeople;
            PersonVariants.CompanyOfPeople company = people -> companyOfPeople;
            EntityAliases aliases = new EntityAliases(PersonVariants.merges(
                    raw,
                    named.distinctive(articlesPerOrganization, peoplePerStory.size()),
                    company.distinctive(articlesPerNamed, peoplePerStory.size())));
            Map<String, Integer> counts = new HashMap<>();
            for (List<String> people : peoplePerStory) {
                aliases.shown(FacetField.PERSON, people).forEach(name -> counts.merge(name, 1, Integer::sum));
            }
            return counts;
        }

        final Map<String, Integer> placeCounts = new HashMap<>();
        final Map<String, Integer> organizationCounts = new HashMap<>();
        int organizationPairs;
        int cutOrganizationPairs;
        final List<String> cutExamples = new ArrayList<>();
        final Map<String, List<PartyWords.Judged>> judgedPartyWords = PartyWords.byStory();
        /** By draw: those read while the rules were written, then the held-out one. */
        final int[] partyWords = new int[2];

        final int[] partyWordsFound = new int[2];
        int otherWords;
        int otherWordsAsParties;
        final List<String> partyWordMisses = new ArrayList<>();
        int stories;
        int peopleFound;
        int peopleFoundTagged;

        /** What each person of the story is named with, as engines answer {@link PersonVariants.CompanyOfPeople}. */
        private void addCompany(Enrichment enrichment) {
            Set<String> named = new HashSet<>();
            enrichment.people().forEach(p -> named.add(PersonVariants.CompanyOfPeople.named(FacetField.PERSON, p)));
            enrichment.places().forEach(p -> named.add(PersonVariants.CompanyOfPeople.named(FacetField.PLACE, p)));
            enrichment.organizations().forEach(o -> named.add(PersonVariants.CompanyOfPeople.named(FacetField.ORG, o)));
            named.forEach(value -> articlesPerNamed.merge(value, 1L, Long::sum));
            enrichment
                    .people()
                    .forEach(person -> companyOfPeople
                            .computeIfAbsent(person, k -> new HashSet<>())
                            .addAll(named));
        }

        Half half(String name) {
            return new Half(
                    name,
                    stories,
                    new Share(peopleHits, peoplePairs),
                    new Share(peopleFoundTagged, peopleFound),
                    new Share(namedCountryHits, namedCountryPairs),
                    new Share(assignedCorrect, assigned),
                    new Share(cutOrganizationPairs, organizationPairs));
        }

        void add(ReutersRecord record, Enrichment enrichment) {
            enrichment.people().forEach(person -> peopleCounts.merge(person, 1, Integer::sum));
            peoplePerStory.add(enrichment.people());
            enrichment
                    .people()
                    .forEach(person -> organizationsOfPeople
                            .computeIfAbsent(person, k -> new HashSet<>())
                            .addAll(enrichment.organizations()));
            new HashSet<>(enrichment.organizations())
                    .forEach(organization -> articlesPerOrganization.merge(organization, 1L, Long::sum));
            addCompany(enrichment);
            enrichment.places().forEach(place -> placeCounts.merge(place, 1, Integer::sum));
            String id = record.article().id();
            String titleAndBody =
                    record.article().title() + "\n" + record.article().body();
            addOrganizations(id, titleAndBody, enrichment);
            addPartyWords(id, titleAndBody, enrichment.organizations());
            stories++;
            if (!record.people().isEmpty()) {
                for (String person : new LinkedHashSet<>(enrichment.people())) {
                    peopleFound++;
                    peopleFoundTagged +=
                            record.people().stream().anyMatch(tag -> PersonTags.anyMatches(tag, List.of(person)))
                                    ? 1
                                    : 0;
                }
            }
            for (String tag : record.people()) {
                peoplePairs++;
                if (PersonTags.anyMatches(tag, enrichment.people())) {
                    peopleHits++;
                } else if (peopleMisses.size() < EXAMPLES) {
                    peopleMisses.add(id + ": " + tag + " not in " + enrichment.people());
                }
            }
            Set<String> assignedCountries = new LinkedHashSet<>();
            for (String country : enrichment.countries()) {
                Optional<String> iso = gazetteer.countryOf(country);
                if (iso.isPresent()) {
                    assignedCountries.add(iso.get());
                } else {
                    unmappedCountries.merge(country, 1, Integer::sum);
                }
            }
            if (!enrichment.countries().isEmpty()) {
                storiesWithCountries++;
            }
            String text = record.article().title() + "\n"
                    + Objects.toString(record.article().dateline(), "") + "\n"
                    + record.article().body();
            Set<String> named = record.places().isEmpty() ? Set.of() : gazetteer.countriesNamedIn(text);
            Set<String> tagged = new LinkedHashSet<>();
            for (String tag : record.places()) {
                Set<String> countries = gazetteer.countriesOfReutersCode(tag);
                if (countries.isEmpty()) {
                    unmappedTags.add(tag);
                    continue;
                }
                tagged.addAll(countries);
                boolean hit = countries.stream().anyMatch(assignedCountries::contains);
                boolean isNamed = countries.stream().anyMatch(named::contains);
                countryPairs++;
                countryHits += hit ? 1 : 0;
                if (isNamed) {
                    namedCountryPairs++;
                    namedCountryHits += hit ? 1 : 0;
                    if (!hit && countryMisses.size() < EXAMPLES) {
                        countryMisses.add(id + ": " + tag + " not in " + enrichment.countries());
                    }
                }
            }
            if (!record.places().isEmpty()) {
                for (String iso : assignedCountries) {
                    assigned++;
                    if (tagged.contains(iso)) {
                        assignedCorrect++;
                    } else if (falseAlarms.size() < EXAMPLES) {
                        falseAlarms.add(id + ": " + iso + " not among " + record.places());
                    }
                }
            }
        }

        private void addPartyWords(String id, String text, List<String> organizations) {
            for (PartyWords.Judged judged : judgedPartyWords.getOrDefault(id, List.of())) {
                if (!judged.isAt(text)) {
                    continue;
                }
                int draw = judged.draw() == PartyWords.HELD_OUT_DRAW ? 1 : 0;
                if (!judged.party()) {
                    otherWords++;
                    if (judged.isPartyNameIn(organizations)) {
                        otherWordsAsParties++;
                        addPartyWordExample(id + ": \"" + judged.word() + "\" at " + judged.offset()
                                + " names no party, but one is in " + organizations);
                    }
                } else if (judged.isFoundIn(organizations)) {
                    partyWords[draw]++;
                    partyWordsFound[draw]++;
                } else {
                    partyWords[draw]++;
                    addPartyWordExample(
                            id + ": \"" + judged.word() + "\" at " + judged.offset() + " not in " + organizations);
                }
            }
        }

        private void addPartyWordExample(String example) {
            if (partyWordMisses.size() < EXAMPLES) {
                partyWordMisses.add(example);
            }
        }

        private void addOrganizations(String id, String text, Enrichment enrichment) {
            for (String organization : new LinkedHashSet<>(enrichment.organizations())) {
                organizationCounts.merge(organization, 1, Integer::sum);
                organizationPairs++;
                if (CutNames.isCut(text, organization)) {
                    cutOrganizationPairs++;
                    if (cutExamples.size() < EXAMPLES) {
                        cutExamples.add(id + ": " + organization);
                    }
                }
            }
        }
    }

    private static List<FacetValue> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static List<String> values(List<FacetValue> facetValues) {
        return facetValues.stream().map(FacetValue::value).toList();
    }
}
