package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.model.ArticleView;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import dev.lede.search.RelatedStoryRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Related stories on SolrCloud, by the rules of the Lucene engine ({@link RelatedStoryRules}): any of Solr's
 * MoreLikeThis over the title and body ({@code {!mlt}}, which in SolrCloud reads the article by real-time get) and one
 * clause per person, place and organisation it mentions, aliases included, never the article itself nor its
 * near-duplicates ({@link SolrNearDuplicates}). Solr weighs words and entities by each shard's own statistics, so the
 * order can differ from the Lucene engine's.
 */
final class SolrRelatedStories {

    private static final String FIELDS = String.join(
            ",",
            Schema.ID,
            Schema.TITLE,
            Schema.PUBLISHED,
            Schema.SOURCE,
            Schema.URL,
            Schema.PEOPLE,
            Schema.PLACES,
            Schema.ORGS,
            Schema.COUNTRIES);

    private static final String LIKE = "{!mlt qf=" + Schema.TITLE + "," + Schema.BODY + " mintf="
            + RelatedStoryRules.MIN_TERM_FREQ + " mindf=" + RelatedStoryRules.MIN_DOC_FREQ + " maxqt="
            + RelatedStoryRules.MAX_WORDS + " v=$likeId}";

    private SolrRelatedStories() {}

    /** The stories most like the article with {@code id}, most alike first; empty when there is no such article. */
    static Optional<List<RelatedArticle>> find(SolrArticleSearch search, EntityAliases aliases, String id, int limit)
            throws IOException {
        RelatedStoryRules.checkLimit(limit);
        Optional<SolrDocument> stored = search.byId(id, FIELDS + "," + Schema.FINGERPRINT);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ArticleView article = aliases.shown(SolrDocuments.toView(stored.get()));
        Set<String> copies = new HashSet<>();
        for (SolrNearDuplicates.Copy copy :
                SolrNearDuplicates.copies(search, stored.get(), new SolrQuery("*:*"), Set.of())) {
            copies.add(SolrNearDuplicates.id(copy.doc()));
        }
        SolrQuery query = new SolrQuery().setRows(limit + copies.size()).setFields(FIELDS);
        query.set("likeId", id);
        query.set("like", LIKE);
        query.set("self", "{!term f=" + Schema.ID + " v=$likeId}");
        StringBuilder clauses = new StringBuilder("{!bool should=$like must_not=$self");
        for (FacetField field : RelatedStoryRules.SHARED_FIELDS) {
            for (String value : RelatedStoryRules.likeValues(article, field)) {
                String name = "e" + clauses.length();
                query.set(name, SolrSearchQuery.anyOf(field, aliases.members(field, value), aliases));
                clauses.append(" should=$").append(name);
            }
        }
        query.setQuery(clauses.append('}').toString());
        List<RelatedArticle> related = new ArrayList<>();
        for (SolrDocument doc : search.query(query).getResults()) {
            if (related.size() < limit && !copies.contains(SolrNearDuplicates.id(doc))) {
                related.add(RelatedStoryRules.related(article, aliases.shown(SolrDocuments.toView(doc))));
            }
        }
        return Optional.of(related);
    }
}
