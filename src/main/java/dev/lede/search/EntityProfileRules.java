package dev.lede.search;

import dev.lede.model.CoMention;
import dev.lede.model.CoMentions;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchLinks;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What an entity profile holds whatever the engine: which articles it counts and how its co-mentions read. */
public final class EntityProfileRules {

    /** How many co-mentions of each field a profile shows for the whole period. */
    public static final int TOP = 10;
    /** How many co-mentions of each field a profile shows for each month. */
    public static final int TOP_PER_MONTH = 3;

    private EntityProfileRules() {}

    /** @throws InvalidSearchException for the source field, which names no entity */
    public static void requireEntity(FacetField field) {
        if (field == FacetField.SOURCE) {
            throw new InvalidSearchException("kind", "kind must be person, place, country, region or org, not source");
        }
    }

    /** The articles that mention {@code value} or an alias of it, published in the period. */
    public static SearchRequest mentioning(
            FacetField field, String value, LocalDate from, LocalDate to, SortOrder order) {
        return SearchRequest.builder()
                .filter(field, List.of(value))
                .published(from, to)
                .sort(order)
                .build();
    }

    /**
     * The people, places and organisations mentioned with the entity, from its articles' top values (one more than
     * {@code limit}, as the entity itself is among them and left out).
     */
    public static CoMentions coMentions(
            FacetField field,
            String canonical,
            Map<String, List<FacetValue>> top,
            int limit,
            LocalDate from,
            LocalDate to) {
        return new CoMentions(
                mentionedWith(field, canonical, FacetField.PERSON, top, limit, from, to),
                mentionedWith(field, canonical, FacetField.PLACE, top, limit, from, to),
                mentionedWith(field, canonical, FacetField.ORG, top, limit, from, to));
    }

    private static List<CoMention> mentionedWith(
            FacetField field,
            String canonical,
            FacetField other,
            Map<String, List<FacetValue>> top,
            int limit,
            LocalDate from,
            LocalDate to) {
        return top.getOrDefault(other.plural(), List.of()).stream()
                .filter(value -> other != field || !value.value().equals(canonical))
                .limit(limit)
                .map(value -> new CoMention(
                        value.value(),
                        value.count(),
                        value.aliases(),
                        SearchLinks.mentioningBoth(field, canonical, other, value.value(), from, to)))
                .toList();
    }
}
