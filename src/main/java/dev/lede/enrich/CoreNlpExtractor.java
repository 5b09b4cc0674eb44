package dev.lede.enrich;

import dev.lede.enrich.places.ArticlePlaces;
import dev.lede.enrich.places.Dateline;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.Place;
import dev.lede.enrich.places.PlaceFinder;
import dev.lede.enrich.places.PlaceNames;
import dev.lede.enrich.places.PlaceResolver;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityKind;
import dev.lede.model.MentionedDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Entities from the CRF recognizer, places made canonical with the gazetteer (and the well-known ones the recognizer
 * missed added), the dateline, and, when given a date finder, mentioned dates from SUTime.
 */
final class CoreNlpExtractor implements Extractor {

    private final EntityRecognizer recognizer;
    private final Optional<DateMentionFinder> dateFinder;
    private final Gazetteer gazetteer;
    private final PlaceResolver placeResolver;
    private final PlaceFinder placeFinder;
    private final AbbreviationCapitals abbreviationCapitals;
    private final Optional<String> homeCountry;

    /**
     * @param dateFinder {@code null} to extract entities only
     * @param homeCountry the ISO code of the country a story without a dateline abroad is about unless it says
     *     otherwise ({@link NationalBodies}, {@link PlaceResolver}), or {@code null}
     */
    CoreNlpExtractor(
            EntityRecognizer recognizer, DateMentionFinder dateFinder, Gazetteer gazetteer, String homeCountry) {
        this.recognizer = recognizer;
        this.dateFinder = Optional.ofNullable(dateFinder);
        this.gazetteer = gazetteer;
        this.homeCountry = Optional.ofNullable(homeCountry);
        this.placeResolver = new PlaceResolver(gazetteer, homeCountry);
        this.placeFinder = new PlaceFinder(gazetteer);
        this.abbreviationCapitals =
                new AbbreviationCapitals(recognizer.wordsKnownInLowerCase(), this::isCountryOrState);
    }

    @Override
    public Enrichment extract(Article written) {
        // names only: dates read with the first wrap joined were no better (EVALUATION.md, "Eighty-sixth session")
        String unwrapped = Paragraphs.withFirstWrapJoined(written.body(), written.dateline());
        Article article = unwrapped.equals(written.body()) ? written : written.withBody(unwrapped);
        List<EntityMention> body = recognizer.find(article.body(), abbreviationCapitals.readingOf(article.body()));
        List<EntityMention> mentions = new ArrayList<>(titleMentions(article.title(), article.body(), body));
        mentions.addAll(body);
        String unwrappedBody = Paragraphs.withWrapsJoined(article.body());
        String text = article.title() + "\n" + unwrappedBody;
        String untagged = PartyTags.masked(text);
        mentions = PartyTags.withoutTags(text, untagged, mentions);
        mentions = WorkTitles.without(text, mentions);
        mentions = ShortGivenNames.apply(text, mentions);
        mentions = OwnedFirms.splitNamedOwners(text, mentions);
        mentions = PossessiveFirmNames.apply(text, mentions);
        mentions = PartyNames.apply(text, mentions);
        mentions = PlacesOpeningNames.apply(text, mentions);
        mentions = QuotedNicknames.apply(text, mentions);
        Predicate<String> isPlace = name -> !gazetteer.candidates(name).isEmpty();
        Dateline dateline =
                Dateline.find(article.dateline(), unwrappedBody, isPlace).orElse(null);
        List<EntityMention> reconciled = TeamSheets.apply(text, MentionKinds.reconcile(text, mentions));
        List<String> otherPlaces = otherPlaces(reconciled, dateline);
        mentions = FirmShortNames.apply(
                text, reconciled, name -> isNoPlaceTheWorldKnows(name) || isRegionOfNoCountryNamed(name, otherPlaces));
        mentions = HyphenatedFirms.apply(text, mentions, isPlace, gazetteer::isDemonym);
        mentions = HyphenatedSurnames.apply(text, mentions);
        mentions = FirmUnits.apply(text, mentions, isPlace.negate());
        mentions = PartnerFirms.apply(text, mentions);
        mentions = PartnerSeries.apply(text, mentions);
        mentions = CommaFirms.apply(text, mentions);
        mentions = JoinedOrganizations.apply(mentions, isPlace);
        mentions = FixtureSides.apply(mentions, isPlace);
        mentions = ClubNames.apply(mentions, gazetteer);
        mentions = TeamPlaces.apply(text, mentions, gazetteer);
        mentions = InstitutionNames.apply(text, mentions, gazetteer);
        mentions = EventNames.apply(mentions, gazetteer);
        mentions = PlaceContexts.apply(text, mentions, gazetteer);
        mentions = OrganizationLists.apply(text, mentions, isPlace);
        mentions = BodiesTakenForPlaces.apply(text, mentions, gazetteer);
        mentions = BracketedShortNames.apply(text, mentions, isPlace);
        mentions = NamedThings.without(unwrappedBody, mentions);
        mentions = NationalityCompounds.without(text, mentions, gazetteer::isDemonym);
        mentions = CreditRatings.without(text, mentions);
        mentions = InterbankRates.without(mentions, isPlace);
        mentions = PluralOffices.without(mentions);
        mentions = GovernmentSecurities.without(text, mentions);
        mentions = SharedSurnames.apply(text, mentions);
        mentions = AffiliatedPeople.apply(mentions);
        mentions = EnclosedNames.without(text, mentions, this::isCountry);

        String untaggedBody = untagged.substring(article.title().length() + 1);
        List<String> people = PersonNames.canonicalize(NobleTitles.restore(
                text,
                DemonymLedNames.without(
                        notDateline(notShouted(texts(mentions, EntityKind.PERSON), text), dateline), gazetteer)));
        ArticlePlaces places =
                placeResolver.resolve(placeMentions(untaggedBody, untagged, body, mentions), dateline, untagged);
        List<String> organizations = PossessiveFirms.restore(
                text,
                NationalBodies.qualify(
                        QualifiedShortNames.apply(
                                PlaceAndOrganizationNames.withoutLoneKinds(PlaceAndOrganizationNames.organizations(
                                        notDateline(texts(mentions, EntityKind.ORGANIZATION), dateline))),
                                gazetteer),
                        text,
                        places,
                        gazetteer,
                        homeCountry));
        return new Enrichment(
                people,
                places.places(),
                organizations,
                places.countries(),
                mentionedDates(written),
                places.dateline(),
                places.regions());
    }

    private List<EntityMention> titleMentions(String title, String bodyText, List<EntityMention> body) {
        List<EntityMention> mentions = new ArrayList<>();
        if (TitleMentions.mayBeConfirmed(title, body)) {
            mentions.addAll(TitleMentions.withoutPlacesInFirmNames(
                    title, TitleMentions.confirmedByBody(recognizer.find(title), body)));
        }
        WireBrackets.firmsOfHeadline(title).stream()
                .filter(firm -> !mentions.contains(firm))
                .forEach(mentions::add);
        mentions.addAll(HeadlineTickers.firms(title, bodyText, mentions, body));
        return mentions;
    }

    private boolean isCountryOrState(String name) {
        return gazetteer.candidates(name).stream()
                .anyMatch(candidate -> candidate.place().kind() != Place.PlaceKind.CITY);
    }

    private boolean isCountry(String name) {
        return gazetteer.candidates(name).stream()
                .anyMatch(candidate -> candidate.place().kind() == Place.PlaceKind.COUNTRY);
    }

    private boolean isNoPlaceTheWorldKnows(String name) {
        return gazetteer.candidates(name).stream()
                .map(Gazetteer.Candidate::place)
                .allMatch(place -> place.kind() == Place.PlaceKind.CITY && !PlaceResolver.isKnownAbroad(place));
    }

    /** The places the recognizer found, and the dateline's. */
    private static List<String> otherPlaces(List<EntityMention> mentions, Dateline dateline) {
        List<String> places = new ArrayList<>(texts(mentions, EntityKind.PLACE));
        if (dateline != null) {
            places.add(dateline.place());
        }
        return places;
    }

    /**
     * Whether every place of this name is a region in a country that none of the article's other places (its dateline
     * among them) may lie in: "Piedmont" beside "Piedmont Aviation Inc" in a story from New York is the airline, not
     * the Italian region; "Michigan" of "Michigan General Corp" in a story from Detroit stays the state.
     */
    private boolean isRegionOfNoCountryNamed(String name, List<String> places) {
        List<Place> named = gazetteer.candidates(name).stream()
                .map(Gazetteer.Candidate::place)
                .toList();
        if (named.isEmpty() || !named.stream().allMatch(place -> place.kind() == Place.PlaceKind.REGION)) {
            return false;
        }
        Set<String> countriesNamed = places.stream()
                .filter(other -> !other.strip().equalsIgnoreCase(name))
                .flatMap(other -> gazetteer.candidates(other.strip()).stream())
                .map(candidate -> candidate.place().countryCode())
                .collect(Collectors.toSet());
        return named.stream().noneMatch(place -> countriesNamed.contains(place.countryCode()));
    }

    /**
     * The recognizer's places, then those it missed that the gazetteer knows well, but for a country the story names
     * only as an amount's currency.
     */
    private List<String> placeMentions(
            String body, String story, List<EntityMention> raw, List<EntityMention> reconciled) {
        List<String> others = new ArrayList<>();
        for (List<EntityMention> list : List.of(raw, reconciled)) {
            list.stream()
                    .filter(m -> m.kind() != EntityKind.PLACE)
                    .map(EntityMention::text)
                    .forEach(others::add);
        }
        List<String> places = new ArrayList<>(texts(reconciled, EntityKind.PLACE));
        places.addAll(placeFinder.find(body, others, places));
        return PlaceAndOrganizationNames.places(CurrencyCountries.without(places, story)).stream()
                .map(place -> PlaceNames.marked(place, body, gazetteer))
                .toList();
    }

    /** A shouted dateline ("WASHINGTON —") that the recognizer took for a person or an organisation is a place. */
    private static List<String> notDateline(List<String> names, Dateline dateline) {
        if (dateline == null) {
            return names;
        }
        return names.stream()
                .filter(name -> !NameText.key(NameText.clean(name)).equals(NameText.key(dateline.place())))
                .toList();
    }

    private List<MentionedDate> mentionedDates(Article article) {
        LocalDate published =
                article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        return dateFinder
                .map(finder -> finder.find(article.fullText(), published))
                .orElse(List.of());
    }

    private static List<String> notShouted(List<String> names, String text) {
        return names.stream()
                .filter(name -> !MentionKinds.isAcronym(name) && !MentionKinds.isWrittenOnlyInCapitals(name, text))
                .toList();
    }

    private static List<String> texts(List<EntityMention> mentions, EntityKind kind) {
        return mentions.stream()
                .filter(mention -> mention.kind() == kind)
                .map(EntityMention::text)
                .toList();
    }
}
