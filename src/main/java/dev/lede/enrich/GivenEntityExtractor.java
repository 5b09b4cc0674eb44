package dev.lede.enrich;

import dev.lede.config.EntitySource;
import dev.lede.enrich.places.ArticlePlaces;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.PlaceResolver;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.GivenEntities;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the entities an input names for an article ({@link Article#given()}), made canonical like extracted ones:
 * people through {@link PersonNames}, places through the gazetteer's {@link PlaceResolver} (so their countries and
 * regions follow), organisations through {@link PlaceAndOrganizationNames}. A decorator over the NLP extractor: with
 * {@link EntitySource#GIVEN} the given entities replace what NLP found (its mentioned dates and dateline stay), with
 * {@link EntitySource#BOTH} they are merged with it.
 */
public final class GivenEntityExtractor implements Extractor {

    private final Extractor nlp;
    private final EntitySource source;
    private final PlaceResolver places;

    GivenEntityExtractor(Extractor nlp, EntitySource source, Gazetteer gazetteer) {
        this.nlp = nlp;
        this.source = source;
        this.places = new PlaceResolver(gazetteer);
    }

    /** The extractor for {@code source}: {@code nlp} itself for {@link EntitySource#NLP}, else a decorator over it. */
    public static Extractor over(Extractor nlp, EntitySource source) {
        return source == EntitySource.NLP ? nlp : new GivenEntityExtractor(nlp, source, Gazetteer.load());
    }

    @Override
    public Enrichment extract(Article article) {
        Enrichment found = nlp.extract(article);
        GivenEntities given = article.given();
        if (given.isEmpty() && source == EntitySource.BOTH) {
            return found;
        }
        Enrichment kept = source == EntitySource.BOTH ? found : withoutEntities(found);
        String text = textOf(article);
        ArticlePlaces givenPlaces = places.resolve(PlaceAndOrganizationNames.places(places(given.places())), null);
        return new Enrichment(
                PersonNames.canonicalize(concat(people(given.people(), text), kept.people())),
                PlaceAndOrganizationNames.places(concat(givenPlaces.places(), kept.places())),
                PlaceAndOrganizationNames.organizations(
                        concat(organizations(given.organizations(), text), kept.organizations())),
                distinct(concat(givenPlaces.countries(), kept.countries())),
                found.mentionedDates(),
                found.dateline(),
                distinct(concat(givenPlaces.regions(), kept.regions())));
    }

    private static Enrichment withoutEntities(Enrichment found) {
        return new Enrichment(
                List.of(), List.of(), List.of(), List.of(), found.mentionedDates(), found.dateline(), List.of());
    }

    private static String textOf(Article article) {
        return (article.title() == null ? "" : article.title()) + "\n" + (article.body() == null ? "" : article.body());
    }

    /** Tags written as lower-case slugs read as names ({@link SluggedTags}); one with a capital is kept as written. */
    static List<String> people(List<String> tags, String text) {
        return tags.stream().map(tag -> SluggedTags.person(tag, text)).toList();
    }

    static List<String> places(List<String> tags) {
        return tags.stream().map(SluggedTags::place).toList();
    }

    static List<String> organizations(List<String> tags, String text) {
        return tags.stream().map(tag -> SluggedTags.organization(tag, text)).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
