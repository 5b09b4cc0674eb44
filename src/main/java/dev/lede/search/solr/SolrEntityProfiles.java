package dev.lede.search.solr;

import dev.lede.index.solr.SolrDocuments;
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
import dev.lede.search.SearchRules;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Profiles of one entity on SolrCloud, with the Lucene engine's rules ({@code search.EntityProfiles}): the articles
 * that mention it (or an alias) in the period, their months, and the people, places and organisations mentioned with
 * it, curated like a search's facets.
 */
final class SolrEntityProfiles {

    private static final Set<FacetField> CO_MENTIONED = Set.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);

    private final SolrArticleSearch solr;
    private final EntityAliases aliases;
    private final FacetField field;

    private SolrEntityProfiles(SolrArticleSearch solr, EntityAliases aliases, FacetField field) {
        this.solr = solr;
        this.aliases = aliases;
        this.field = field;
    }

    /** Empty when the name (or the value it is an alias of) is blocked or no article mentions it at all. */
    static Optional<EntityProfile> profile(
            SolrArticleSearch solr, EntityAliases aliases, FacetField field, String name, LocalDate from, LocalDate to)
            throws IOException {
        EntityProfileRules.requireEntity(field);
        return new SolrEntityProfiles(solr, aliases, field).profile(name.strip(), from, to);
    }

    private Optional<EntityProfile> profile(String name, LocalDate from, LocalDate to) throws IOException {
        String canonical = mentioned(name);
        SearchRequest inPeriod = mentioning(canonical, from, to, SortOrder.NEWEST);
        SearchRules.validate(inPeriod);
        if (aliases.isBlocked(field, canonical) || count(mentioning(canonical, null, null, SortOrder.NEWEST)) == 0) {
            return Optional.empty();
        }
        QueryResponse counted = counted(inPeriod, EntityProfileRules.TOP);
        // One spare value a field, for the entity itself.
        Map<YearMonth, Map<String, List<FacetValue>>> topOfMonth =
                SolrMonthlyCoMentions.count(solr, inPeriod, aliases, EntityProfileRules.TOP_PER_MONTH + 1);
        List<EntityMonth> months = new ArrayList<>();
        for (FacetValue month : SolrFacets.everyMonth(counted)) {
            YearMonth period = YearMonth.parse(month.value());
            months.add(month(canonical, period, month.count(), topOfMonth.getOrDefault(period, Map.of()), from, to));
        }
        return Optional.of(new EntityProfile(
                field.parameter(),
                canonical,
                aliases.aliases(field, canonical),
                aliases.mergeReasons(field, canonical),
                from,
                to,
                counted.getResults().getNumFound(),
                firstPublished(mentioning(canonical, from, to, SortOrder.OLDEST)),
                firstPublished(inPeriod),
                SearchLinks.mentioning(field, canonical, from, to),
                months,
                coMentions(canonical, inPeriod, counted, EntityProfileRules.TOP, from, to)));
    }

    /** The name a profile is about: the canonical name, or that of the value the name is another name of. */
    private String mentioned(String name) throws IOException {
        List<String> names = aliases.typed(field, name);
        for (String candidate : names) {
            if (isIndexed(candidate)) {
                return candidate;
            }
        }
        return names.getFirst();
    }

    /**
     * Whether an article holds {@code name} or a value shown as it. Not through the typed-name filter of a search,
     * which would find Mumbai's articles for "Bombay" and so name the profile Bombay.
     */
    private boolean isIndexed(String name) throws IOException {
        SolrQuery exact = new SolrQuery("*:*").setRows(0);
        exact.addFilterQuery(SolrSearchQuery.anyOf(field, aliases.members(field, name), aliases));
        return solr.query(exact).getResults().getNumFound() > 0;
    }

    private EntityMonth month(
            String canonical,
            YearMonth month,
            long articles,
            Map<String, List<FacetValue>> top,
            LocalDate from,
            LocalDate to) {
        if (articles == 0) {
            return new EntityMonth(month.toString(), 0, CoMentions.NONE);
        }
        LocalDate first = from != null && from.isAfter(month.atDay(1)) ? from : month.atDay(1);
        LocalDate last = to != null && to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
        return new EntityMonth(
                month.toString(),
                articles,
                EntityProfileRules.coMentions(field, canonical, top, EntityProfileRules.TOP_PER_MONTH, first, last));
    }

    /** The matches of {@code request} with their months and their top co-mentioned values (one spare, for itself). */
    private QueryResponse counted(SearchRequest request, int limit) throws IOException {
        return solr.query(SolrSearchQuery.of(
                request.toBuilder()
                        .size(0)
                        .facetLimit(limit + 1)
                        .counting(CO_MENTIONED, Set.of(Timeline.PUBLISHED))
                        .build(),
                aliases,
                null));
    }

    private CoMentions coMentions(
            String canonical, SearchRequest request, QueryResponse counted, int limit, LocalDate from, LocalDate to)
            throws IOException {
        SearchRequest counting = request.toBuilder()
                .facetLimit(limit + 1)
                .counting(CO_MENTIONED, Set.of())
                .build();
        Map<String, List<FacetValue>> top = SolrFacets.topValues(
                counted,
                counting,
                aliases,
                groups -> solr.countGroups(counting, aliases, groups),
                field -> solr.everyValue(counting, aliases, field));
        return EntityProfileRules.coMentions(field, canonical, top, limit, from, to);
    }

    private long count(SearchRequest request) throws IOException {
        return solr.query(SolrSearchQuery.counting(request, aliases))
                .getResults()
                .getNumFound();
    }

    /** The publication instant of the first article in {@code request}'s order. */
    private Instant firstPublished(SearchRequest request) throws IOException {
        SolrQuery first = SolrSearchQuery.of(request.toBuilder().size(1).build(), aliases, null);
        first.setFacet(false).setHighlight(false);
        var docs = solr.query(first).getResults();
        return docs.isEmpty() ? null : SolrDocuments.toView(docs.getFirst()).published();
    }

    private SearchRequest mentioning(String value, LocalDate from, LocalDate to, SortOrder order) {
        return EntityProfileRules.mentioning(field, value, from, to, order);
    }
}
