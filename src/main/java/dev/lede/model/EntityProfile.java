package dev.lede.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index knows about one person, place, country, region or organisation, over all articles or a period.
 *
 * @param kind the field, as its request parameter ("person")
 * @param name the canonical value, also when the profile was asked for by an alias
 * @param aliases the other indexed values curation counts as this one
 * @param merges why each alias Lede merged on its own shows under this name
 * @param from first publication day of the period, or {@code null} for no limit
 * @param to last publication day of the period, or {@code null} for no limit
 * @param articles articles in the period that mention it
 * @param firstSeen publication instant of the earliest of them, or {@code null} when none is dated
 * @param lastSeen publication instant of the latest of them, or {@code null} when none is dated
 * @param search the API search for those articles
 * @param months articles per month, oldest first, quiet months included, each with its top co-mentions
 * @param mentionedWith the entities most often mentioned in the same articles, the entity itself left out
 */
public record EntityProfile(
        String kind,
        String name,
        List<String> aliases,
        List<MergeReason> merges,
        LocalDate from,
        LocalDate to,
        long articles,
        Instant firstSeen,
        Instant lastSeen,
        String search,
        List<EntityMonth> months,
        CoMentions mentionedWith) {

    public EntityProfile {
        aliases = List.copyOf(aliases);
        merges = List.copyOf(merges);
        months = List.copyOf(months);
    }
}
