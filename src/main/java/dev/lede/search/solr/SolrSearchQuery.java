package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.WordForms;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.model.Timeline;
import dev.lede.search.QuerySyntax;
import dev.lede.search.QuotedMarks;
import dev.lede.search.SearchRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * A {@link SearchRequest} as a Solr query with the Lucene engine's meaning: keywords over title (boosted) and body,
 * every word required; "all of" selections as filters, "any of" selections as tagged filters that their own field's
 * counts exclude (Solr's tag/ex, what Lucene's DrillSideways does), excluded values as negative filters, each value
 * through its aliases.
 */
final class SolrSearchQuery {

    /** As in the Lucene engine: a headline match says more than one deep in the body. */
    private static final String FIELDS = Schema.TITLE + "^2 " + Schema.BODY;

    private static final String PUBLISHED_TAG = "published";
    /**
     * Values each shard sends beyond those a facet asks for. Solr picks the values to show from what the shards sent
     * and then completes their counts; a value cut from one shard's list (a long tail of ones, cut in index order) can
     * lose its place to one with a lower sum (on Reuters with two shards, 2 of 1,920 people, place and organisation
     * lists differed from the Lucene engine's with Solr's default of 10). With this many, a list is whole on each
     * shard unless the matches name over a hundred values more than it shows.
     */
    static final int SHARD_OVERREQUEST = 100;
    /** The recency bonus of the Lucene engine ({@code search.RecencyBoost}): its weight and the age that halves it. */
    private static final float RECENCY_WEIGHT = 3f;

    private static final Duration RECENCY_HALF_BONUS_AGE = Duration.ofDays(30);
    private static final int PASSAGE_LENGTH = 180;
    /** The passages a snippet shows, as in the Lucene engine. */
    static final int PASSAGES = 2;
    /** The passages read to choose {@link #PASSAGES} from where quotes restrict the marks, as in the Lucene engine. */
    private static final int CANDIDATE_PASSAGES = 32;

    private final SearchRequest request;
    private final EntityAliases aliases;
    private final SolrQuery query;

    private SolrSearchQuery(SearchRequest request, EntityAliases aliases) {
        this.request = request;
        this.aliases = aliases;
        this.query = keywords(request);
        addFilters();
    }

    /**
     * The query for the hits of {@code request}, its facet counts and its timelines.
     *
     * @param newest the newest publication time in the collection, for {@code sort=recent}; {@code null} without
     */
    static SolrQuery of(SearchRequest request, EntityAliases aliases, Instant newest) {
        SolrSearchQuery built = new SolrSearchQuery(request, aliases);
        if (newest != null && request.hasKeywords()) {
            built.query.set("bf", recencyBonus(newest));
        }
        built.addWrittenFormBonus();
        built.addPaging();
        built.addFacets();
        built.addHighlighting();
        return built.query;
    }

    /** The same matches, no hits, counting each of {@code groups} (merged values) under its key. */
    static SolrQuery countingGroups(SearchRequest request, EntityAliases aliases, List<Group> groups) {
        SolrSearchQuery built = new SolrSearchQuery(request, aliases);
        built.query.setRows(0).setFacet(true);
        for (Group group : groups) {
            built.query.addFacetQuery("{!ex=" + tag(group.field()) + " key=" + group.key() + "}"
                    + anyOf(group.field(), group.members(), aliases));
        }
        return built.query;
    }

    /** Only how many articles match. */
    static SolrQuery counting(SearchRequest request, EntityAliases aliases) {
        return new SolrSearchQuery(request, aliases).query.setRows(0);
    }

    /** The same matches, no hits, every value of {@code field} counted (without its own "any of" selection). */
    static SolrQuery countingEveryValue(SearchRequest request, EntityAliases aliases, FacetField field) {
        SolrSearchQuery built = new SolrSearchQuery(request, aliases);
        built.query.setRows(0).setFacet(true).setFacetMinCount(1);
        built.query.addFacetField("{!ex=" + tag(field) + " key=" + field.plural() + "}" + SolrFields.of(field));
        built.query.set("f." + SolrFields.of(field) + ".facet.limit", -1);
        return built.query;
    }

    /** Values that curation or an automatic merge show as one, counted together. */
    record Group(String key, FacetField field, List<String> members) {}

    private static SolrQuery keywords(SearchRequest request) {
        if (!request.hasKeywords()) {
            return new SolrQuery("*:*");
        }
        String text = QuerySyntax.symbolOperatorsAsWords(
                QuerySyntax.read(request.query()).text());
        String asWritten = QuerySyntax.quotesAsWritten(text, SolrSearchQuery::asWritten);
        SolrQuery query = new SolrQuery(QuerySyntax.quoteWords(asWritten, Schema::isReadApartToo));
        if (!asWritten.equals(text)) {
            // The highlighter weighs the whole query against the body alone, where the written forms are not.
            query.set("hl.q", QuerySyntax.quoteWords(text, Schema::isReadApartToo));
        }
        query.set("defType", "edismax");
        query.set("qf", FIELDS);
        query.set("q.op", "AND");
        query.set("sow", true);
        // Lucene's multi-field parser adds the fields' scores up.
        query.set("tie", "1.0");
        List<String> entityFields = new ArrayList<>();
        for (FacetField field : FacetField.values()) {
            query.set("f." + field.parameter() + ".qf", SolrFields.of(field));
            entityFields.add(field.parameter());
        }
        query.set(
                "uf",
                Schema.TITLE + " " + Schema.BODY + " " + Schema.WRITTEN_FORMS + " " + String.join(" ", entityFields));
        return query;
    }

    /** {@link SearchRules#WRITTEN_FORM_BONUS} for each typed word a story holds as written ({@code WordForms}). */
    private void addWrittenFormBonus() {
        if (!SearchRules.ranksByScore(request)) {
            return;
        }
        List<String> forms = WordForms.changedByStemming(QuerySyntax.wordsAsTyped(request.query()));
        if (!forms.isEmpty()) {
            query.set(
                    "bq",
                    forms.stream()
                            .map(form -> "(" + writtenForm(form) + ")^=" + SearchRules.WRITTEN_FORM_BONUS)
                            .collect(Collectors.joining(" ")));
        }
    }

    /**
     * What a quoted word asks of a story as written ({@code WordForms}), as a clause that requires and does not
     * score, as the Lucene engine's filter; {@code null} when it asks nothing.
     */
    private static String asWritten(String phrase) {
        List<List<String>> words = WordForms.asWritten(phrase);
        if (words.isEmpty()) {
            return null;
        }
        return words.stream()
                .map(spellings -> Schema.WRITTEN_FORMS + ":("
                        + spellings.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR "))
                        + ")^0")
                .collect(Collectors.joining(" AND "));
    }

    /** The form as typed or in another spelling of it, as the Lucene index's bonus reads it. */
    private static String writtenForm(String form) {
        return Stream.concat(Stream.of(form), WordForms.otherSpellings(form).stream())
                .map(spelling -> Schema.WRITTEN_FORMS + ":" + ClientUtils.escapeQueryChars(spelling))
                .collect(Collectors.joining(" "));
    }

    private void addFilters() {
        for (FacetField field : FacetField.values()) {
            List<String> selected = request.selected(field);
            if (request.anyOf().contains(field) && !selected.isEmpty()) {
                List<String> members = new ArrayList<>();
                selected.forEach(value -> members.addAll(aliases.membersOfTyped(field, value)));
                query.addFilterQuery("{!tag=" + tag(field) + "}" + anyOf(field, members, aliases));
            } else {
                selected.forEach(
                        value -> query.addFilterQuery(anyOf(field, aliases.membersOfTyped(field, value), aliases)));
            }
            request.excluded(field)
                    .forEach(value ->
                            query.addFilterQuery("-" + anyOf(field, aliases.membersOfTyped(field, value), aliases)));
        }
        if (request.from() != null || request.to() != null) {
            query.addFilterQuery("{!tag=" + PUBLISHED_TAG + "}" + Schema.PUBLISHED + ":["
                    + (request.from() == null ? "*" : SolrDocuments.day(request.from())) + " TO "
                    + (request.to() == null
                            ? "*"
                            : SolrDocuments.day(request.to().plusDays(1))) + "}");
        }
        if (request.mentionedFrom() != null || request.mentionedTo() != null) {
            query.addFilterQuery(MentionedWithin.query(request.mentionedFrom(), request.mentionedTo()));
        }
    }

    private void addPaging() {
        query.setStart((request.page() - 1) * request.size()).setRows(request.size());
        SortOrder order = SearchRules.effectiveOrder(request);
        if (order == SortOrder.RELEVANCE || order == SortOrder.RECENT) {
            query.addSort("score", SolrQuery.ORDER.desc);
        }
        query.addSort(Schema.PUBLISHED, order == SortOrder.OLDEST ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
        // The id breaks ties, so that Solr's cursor mark can say where a page ends.
        query.addSort(Schema.ID, SolrQuery.ORDER.asc);
        query.setFields("*");
    }

    private void addFacets() {
        query.setFacet(true).setFacetMinCount(1);
        query.set("facet.overrequest.count", SHARD_OVERREQUEST);
        for (FacetField field : request.counted()) {
            String solrField = SolrFields.of(field);
            query.addFacetField("{!ex=" + tag(field) + " key=" + field.plural() + "}" + solrField);
            query.set("f." + solrField + ".facet.limit", facetDepth(field, request.facetLimit(), aliases));
        }
        if (request.timelines().contains(Timeline.PUBLISHED)) {
            // Multi-select: the publication timeline counts as if from and to were absent.
            String ex = request.multiSelect() ? "{!ex=" + PUBLISHED_TAG + "}" : "";
            everyValue(ex, SolrFields.YEAR);
            everyValue(ex, SolrFields.MONTH);
        }
        if (request.timelines().contains(Timeline.MENTIONED)) {
            everyValue("", SolrFields.MENTIONED_YEAR);
            everyValue("", SolrFields.MENTIONED_MONTH);
        }
    }

    private void everyValue(String localParams, String field) {
        query.addFacetField(localParams + field);
        query.set("f." + field + ".facet.limit", -1);
        query.set("f." + field + ".facet.sort", "index");
    }

    /** Snippets as the Lucene engine makes them: two sentence-sized passages, the opening when nothing matched. */
    private void addHighlighting() {
        if (request.size() == 0) {
            return;
        }
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", Schema.BODY);
        boolean quoted = QuotedMarks.of(request.query()).restricts();
        // With quotes, Solr marks every form of a quoted word's stem; the passages to show are chosen from more.
        query.set("hl.snippets", quoted ? CANDIDATE_PASSAGES : PASSAGES);
        query.set("hl.fragsize", PASSAGE_LENGTH);
        query.set("hl.fragAlignRatio", "0.33");
        query.set("hl.bs.type", "SENTENCE");
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
        if (!quoted) {
            query.set("hl.tag.ellipsis", " … ");
        }
        query.set("hl.encoder", "html");
        query.set("hl.defaultSummary", true);
        if (!request.highlight() || !request.hasKeywords()) {
            query.set("hl.q", "*:*");
            query.set("hl.qparser", "lucene");
        }
    }

    /**
     * Lede's recency bonus, added to the keyword score: {@code WEIGHT × HALF / (HALF + age)}, the age counted from the
     * newest article (not from today), as Lucene's distance feature query computes it in the Lucene engine.
     */
    private static String recencyBonus(Instant newest) {
        return "recip(ms(" + newest + "," + Schema.PUBLISHED + ")," + (1.0 / RECENCY_HALF_BONUS_AGE.toMillis()) + ","
                + RECENCY_WEIGHT + ",1)";
    }

    /**
     * How many values of {@code field} Solr is asked for to show {@code limit}: twice as many, and one more for each
     * value the curator blocked or renamed. Merged values beyond them are checked apart ({@link SolrFacets}).
     */
    static int facetDepth(FacetField field, int limit, EntityAliases aliases) {
        return 2 * limit + aliases.curatorChangedValueCount(field);
    }

    static String tag(FacetField field) {
        return "sel_" + field.parameter();
    }

    /** Matches no article: the filter of values that are all blocked; excluded, it excludes nothing. */
    private static final String NOTHING = "(*:* -*:*)";

    /**
     * Articles with any of {@code values} in {@code field} as curation shows them: not those a country or region was
     * taken from because only a blocked place brought it ({@link EntityAliases#articlesWithdrawnFrom}).
     */
    static String anyOf(FacetField field, List<String> values, EntityAliases aliases) {
        if (!aliases.withdrawnFromAny(field, values)) {
            return anyOf(field, values);
        }
        return "("
                + values.stream()
                        .map(value -> withoutWithdrawn(field, value, aliases.articlesWithdrawnFrom(field, value)))
                        .collect(Collectors.joining(" OR "))
                + ")";
    }

    private static String withoutWithdrawn(FacetField field, String value, Set<String> withdrawn) {
        String has = SolrFields.of(field) + ":" + ClientUtils.escapeQueryChars(value);
        if (withdrawn.isEmpty()) {
            return has;
        }
        return "(+" + has + " -" + idsIn(withdrawn) + ")";
    }

    /** Separators the terms parser may split ids on; the first that no id holds is used. */
    private static final String SEPARATORS = "\u001f\u001e\u001d\u001c|;,";

    /**
     * Articles with any of {@code ids}, through Solr's terms parser: a set of terms, with no limit on how many, where a
     * Boolean query of one clause per id would fail past Solr's 1,024 clauses. The parser cannot escape its separator,
     * so the separator is a character none of the ids holds.
     */
    static String idsIn(Set<String> ids) {
        char separator = separatorFor(ids);
        String terms = "{!terms f=" + Schema.ID + " separator='" + separator + "'}"
                + String.join(String.valueOf(separator), ids);
        return "_query_:\"" + terms.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A separator for the terms parser that none of {@code ids} holds. */
    static char separatorFor(Collection<String> ids) {
        return SEPARATORS
                .chars()
                .filter(c -> ids.stream().noneMatch(id -> id.indexOf(c) >= 0))
                .mapToObj(c -> (char) c)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("every separator occurs in the article ids"));
    }

    /** Articles with any of {@code values} in {@code field}. */
    static String anyOf(FacetField field, List<String> values) {
        if (values.isEmpty()) {
            return NOTHING;
        }
        return SolrFields.of(field) + ":("
                + values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
    }
}
