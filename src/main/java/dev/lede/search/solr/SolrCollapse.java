package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.search.NearDuplicateRules;
import dev.lede.search.QuotedMarks;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

/**
 * {@code collapse=true} on SolrCloud, with the Lucene engine's groups: walking the matches in the search's order, a
 * group is the first hit not yet grouped and its own near-duplicates among the matches not grouped yet, shown through
 * the member {@link NearDuplicateRules#shown} picks, with how many copies and from which sources it stands for.
 */
final class SolrCollapse {

    private static final int MIN_BATCH = 50;

    /** The most hits whose copies one request reads: each adds 32 band keys to its filter. */
    private static final int MAX_CHUNK = 100;

    private record Group(String shownId, int copies, List<String> copySources, Instant latestCopy) {}

    private SolrCollapse() {}

    /** The collapsed hits of the request's page. */
    static List<Hit> page(SolrArticleSearch search, SearchRequest request, EntityAliases aliases, Instant newest)
            throws IOException {
        int offset = (request.page() - 1) * request.size();
        List<Group> groups = groups(search, request, aliases, newest, offset + request.size());
        if (groups.size() <= offset) {
            return List.of();
        }
        List<Group> shown = groups.subList(offset, groups.size());
        SolrQuery query = SolrSearchQuery.of(firstPage(request), aliases, newest);
        query.setFacet(false).setStart(0).setRows(shown.size());
        query.addFilterQuery(Schema.ID + ":("
                + shown.stream()
                        .map(group -> ClientUtils.escapeQueryChars(group.shownId()))
                        .collect(Collectors.joining(" OR "))
                + ")");
        Map<String, Hit> byId = new HashMap<>();
        SolrArticleSearch.hits(search.query(query), aliases, QuotedMarks.of(request.query()))
                .forEach(hit -> byId.put(hit.id(), hit));
        List<Hit> hits = new ArrayList<>(shown.size());
        for (Group group : shown) {
            // An article deleted between grouping and this read is left out rather than failing the page.
            Hit hit = byId.get(group.shownId());
            if (hit != null) {
                hits.add(hit.withCopies(group.copies(), group.copySources(), group.latestCopy()));
            }
        }
        return hits;
    }

    private static List<Group> groups(
            SolrArticleSearch search, SearchRequest request, EntityAliases aliases, Instant newest, int wanted)
            throws IOException {
        SolrQuery inOrder = SolrSearchQuery.of(firstPage(request), aliases, newest);
        inOrder.setFields(SolrNearDuplicates.FIELDS);
        Set<String> grouped = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        List<SolrDocument> pending = new ArrayList<>();
        SolrMatches.walk(search, inOrder, Math.max(2 * wanted, MIN_BATCH), hit -> {
            if (!grouped.contains(SolrNearDuplicates.id(hit))) {
                pending.add(hit);
            }
            if (pending.size() >= Math.min(wanted - groups.size(), MAX_CHUNK)) {
                formGroups(search, request, aliases, pending, grouped, groups);
            }
            return groups.size() < wanted;
        });
        if (!pending.isEmpty()) {
            formGroups(search, request, aliases, pending, grouped, groups);
        }
        return groups;
    }

    /**
     * Groups the hits in {@code pending} (emptied), in order: each hit not grouped yet with its near-duplicates among
     * the matches not grouped yet, all read in one walk.
     */
    private static void formGroups(
            SolrArticleSearch search,
            SearchRequest request,
            EntityAliases aliases,
            List<SolrDocument> pending,
            Set<String> grouped,
            List<Group> groups)
            throws IOException {
        SolrNearDuplicates.Candidates near =
                SolrNearDuplicates.Candidates.near(search, pending, SolrSearchQuery.counting(request, aliases));
        // pending never holds more hits than groups are still wanted, so none is grouped beyond the page.
        for (SolrDocument hit : pending) {
            if (grouped.add(SolrNearDuplicates.id(hit))) {
                List<SolrDocument> members = new ArrayList<>(List.of(hit));
                for (SolrNearDuplicates.Copy copy : near.copiesOf(hit, grouped)) {
                    members.add(copy.doc());
                    grouped.add(SolrNearDuplicates.id(copy.doc()));
                }
                groups.add(group(members));
            }
        }
        pending.clear();
    }

    private static Group group(List<SolrDocument> members) {
        List<NearDuplicateRules.Member> dated = new ArrayList<>(members.size());
        for (SolrDocument member : members) {
            var published = SolrNearDuplicates.published(member);
            dated.add(new NearDuplicateRules.Member(
                    published == null ? null : published.toInstant(), (String) member.getFirstValue(Schema.SOURCE)));
        }
        int shown = NearDuplicateRules.shown(dated);
        return new Group(
                SolrNearDuplicates.id(members.get(shown)),
                members.size() - 1,
                NearDuplicateRules.copySources(dated, shown),
                NearDuplicateRules.latestCopy(dated, shown));
    }

    /** The same search from its first match: the walk and the shown hits place themselves. */
    private static SearchRequest firstPage(SearchRequest request) {
        return request.toBuilder().page(1).build();
    }
}
