package dev.lede.search.lucene;

import static dev.lede.search.EntityProfileRules.TOP;
import static dev.lede.search.EntityProfileRules.TOP_PER_MONTH;
import static dev.lede.search.EntityProfileRules.mentioning;

import dev.lede.index.Schema;
import dev.lede.model.CoMentions;
import dev.lede.model.EntityAliases;
import dev.lede.model.EntityMonth;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchLinks;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.model.Timeline;
import dev.lede.search.EntityProfileRules;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Profiles of one entity: how many articles mention it, when, and with whom. Counted by the snapshot's {@link
 * CanonicalOrdinals} over the articles that mention it (the entity or any alias), so merged values count once per
 * article, as in a search.
 */
final class EntityProfiles {

    /** The fields a profile lists as mentioned with the entity. */
    private static final Set<FacetField> CO_MENTIONED = EnumSet.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);

    private final LuceneArticleSearch engine;

    EntityProfiles(LuceneArticleSearch engine) {
        this.engine = engine;
    }

    /** Empty when the name (or the value it is an alias of) is blocked or no article mentions it at all. */
    Optional<EntityProfile> profile(FacetField field, String name, LocalDate from, LocalDate to) throws IOException {
        EntityProfileRules.requireEntity(field);
        return engine.onSnapshot((searcher, aliases) -> {
            String canonical = mentioned(searcher, aliases, field, name.strip());
            Query inPeriod = engine.matching(mentioning(field, canonical, from, to, SortOrder.NEWEST), aliases);
            if (aliases.isBlocked(field, canonical)
                    || searcher.count(engine.matching(mentioning(field, canonical, null, null, null), aliases)) == 0) {
                return Optional.empty();
            }
            Counting counting = new Counting(
                    searcher, aliases, engine.ordinals(searcher.getIndexReader(), aliases), field, canonical);
            CanonicalOrdinals.Counts counts = counting.counts(inPeriod);
            List<EntityMonth> months = new ArrayList<>();
            for (FacetValue month : FacetReader.withEmptyPeriods(
                    FacetReader.chronological(
                            counts == null ? List.of() : counts.values(Schema.monthDimension(Timeline.PUBLISHED))),
                    YearMonth::parse,
                    YearMonth::plusMonths)) {
                months.add(counting.month(YearMonth.parse(month.value()), month.count(), from, to));
            }
            return Optional.of(new EntityProfile(
                    field.parameter(),
                    canonical,
                    aliases.aliases(field, canonical),
                    aliases.mergeReasons(field, canonical),
                    from,
                    to,
                    searcher.count(inPeriod),
                    counting.published(mentioning(field, canonical, from, to, SortOrder.OLDEST)),
                    counting.published(mentioning(field, canonical, from, to, SortOrder.NEWEST)),
                    SearchLinks.mentioning(field, canonical, from, to),
                    months,
                    counting.coMentions(counts, TOP, from, to)));
        });
    }

    /** The name a profile is about: the canonical name, or that of the value the name is another name of. */
    private String mentioned(IndexSearcher searcher, EntityAliases aliases, FacetField field, String name)
            throws IOException {
        List<String> names = aliases.typed(field, name);
        for (String candidate : names) {
            if (searcher.count(engine.anyOf(field, List.of(candidate), aliases)) > 0) {
                return candidate;
            }
        }
        return names.getFirst();
    }

    /**
     * The facet counting of one profile, over one snapshot: the entity's articles are searched once, then counted
     * as a whole and month by month.
     */
    private final class Counting {

        private final IndexSearcher searcher;
        private final EntityAliases aliases;
        private final CanonicalOrdinals ordinals;
        private final FacetField field;
        private final String canonical;
        /** The entity's articles of each publication month, once {@link #counts} has searched them. */
        private CanonicalOrdinals.Grouped byMonth;

        /** @param ordinals {@code null} while the index holds no facet value */
        Counting(
                IndexSearcher searcher,
                EntityAliases aliases,
                CanonicalOrdinals ordinals,
                FacetField field,
                String canonical) {
            this.searcher = searcher;
            this.aliases = aliases;
            this.ordinals = ordinals;
            this.field = field;
            this.canonical = canonical;
        }

        /**
         * The co-mentioned fields and the publication timeline counted over the matches of {@code query}, which are
         * kept by month for {@link #month}; {@code null} while the index holds no facet value at all (then nothing
         * matches either).
         */
        CanonicalOrdinals.Counts counts(Query query) throws IOException {
            if (ordinals == null) {
                return null;
            }
            FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
            byMonth = ordinals.group(collected, Schema.monthDimension(Timeline.PUBLISHED), CO_MENTIONED);
            return ordinals.count(collected, CO_MENTIONED, Set.of(Timeline.PUBLISHED));
        }

        /**
         * One month of the period from {@code from} to {@code to}, in which {@code articles} of the entity's articles
         * were published.
         */
        EntityMonth month(YearMonth month, long articles, LocalDate from, LocalDate to) throws IOException {
            if (articles == 0) {
                return new EntityMonth(month.toString(), 0, CoMentions.NONE);
            }
            CanonicalOrdinals.Counts counts = byMonth.counts(month.toString());
            LocalDate first = later(month.atDay(1), from);
            LocalDate last = earlier(month.atEndOfMonth(), to);
            return new EntityMonth(month.toString(), articles, coMentions(counts, TOP_PER_MONTH, first, last));
        }

        /** The publication instant of the first article in {@code request}'s order that has one. */
        Instant published(SearchRequest request) throws IOException {
            ScoreDoc[] first =
                    searcher.search(engine.matching(request, aliases), 1, SearchSort.sortFor(request)).scoreDocs;
            return first.length == 0
                    ? null
                    : engine.view(searcher, first[0].doc, aliases).published();
        }

        /** The top values of each co-mentioned field, curated like a search's facets, the entity itself left out. */
        CoMentions coMentions(CanonicalOrdinals.Counts counts, int limit, LocalDate from, LocalDate to) {
            Map<String, List<FacetValue>> top = new HashMap<>();
            for (FacetField other : counts == null ? Set.<FacetField>of() : CO_MENTIONED) {
                top.put(other.plural(), counts.top(other, limit + 1));
            }
            return EntityProfileRules.coMentions(field, canonical, top, limit, from, to);
        }
    }

    private static LocalDate later(LocalDate day, LocalDate bound) {
        return bound != null && bound.isAfter(day) ? bound : day;
    }

    private static LocalDate earlier(LocalDate day, LocalDate bound) {
        return bound != null && bound.isBefore(day) ? bound : day;
    }
}
