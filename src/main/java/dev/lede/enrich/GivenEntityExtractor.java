package dev.lede.enrich;

import dev.lede.config.EntitySource;
import dev.lede.enrich.places.ArticlePlaces;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.PlaceResolver;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.GivenEntities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Keeps the entities an input names for an article ({@link Article#given()}), made canonical like extracted ones:
 * people through {@link PersonNames}, places through the gazetteer's {@link PlaceResolver} (so their countries and
 * regions follow), organisations through {@link PlaceAndOrganizationNames}. A decorator over the NLP extractor: with
 * {@link EntitySource#GIVEN} the given entities replace what NLP found (its mentioned dates and dateline stay), with
 * {@link EntitySource#BOTH} they are merged with it.
 */
public final class GivenEntityExtractor implements Extractor {

    private static final int MAX_ACRONYM_LETTERS = 5;

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
        ArticlePlaces givenPlaces = places.resolve(PlaceAndOrganizationNames.places(readable(given.places())), null);
        return new Enrichment(
                PersonNames.canonicalize(concat(readable(given.people()), kept.people())),
                PlaceAndOrganizationNames.places(concat(givenPlaces.places(), kept.places())),
                PlaceAndOrganizationNames.organizations(
                        concat(organizations(given.organizations()), kept.organizations())),
                distinct(concat(givenPlaces.countries(), kept.countries())),
                found.mentionedDates(),
                found.dateline(),
                distinct(concat(givenPlaces.regions(), kept.regions())));
    }

    private static Enrichment withoutEntities(Enrichment found) {
        return new Enrichment(
                List.of(), List.of(), List.of(), List.of(), found.mentionedDates(), found.dateline(), List.of());
    }

    /**
     * Tags written as lower-case slugs ("el-salvador", "reagan") read as names ("El Salvador", "Reagan"); anything
     * with a capital letter is taken as the input spells it.
     */
    static List<String> readable(List<String> values) {
        List<String> names = new ArrayList<>(values.size());
        for (String value : values) {
            String trimmed = value.strip();
            names.add(trimmed.equals(trimmed.toLowerCase(Locale.ROOT)) ? titleCase(trimmed) : trimmed);
        }
        return names;
    }

    /** As {@link #readable}, except that a lower-case single short word ("opec", "ec") is an acronym. */
    static List<String> organizations(List<String> values) {
        List<String> names = new ArrayList<>(values.size());
        for (String value : readable(values)) {
            boolean acronym = value.length() <= MAX_ACRONYM_LETTERS
                    && value.chars().allMatch(Character::isLetter)
                    && values.contains(value.toLowerCase(Locale.ROOT));
            names.add(acronym ? value.toUpperCase(Locale.ROOT) : value);
        }
        return names;
    }

    private static String titleCase(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.replace('-', ' ').replace('_', ' ').split("\\s+")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ")
                        .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
