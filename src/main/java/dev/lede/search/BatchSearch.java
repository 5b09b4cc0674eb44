package dev.lede.search;

import dev.lede.index.Schema;
import dev.lede.model.BatchResult;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Many searches at once, on one snapshot: each line is either the name of a person, organisation, place or country
 * (matched whole, ignoring case and accents, through aliases and curation, as {@code person:} does in a query) or else
 * a keyword query; each gets its number of matches and first and last publication time.
 */
final class BatchSearch {

    /** Tried in this order: a name that is both a place and a country counts as the place. */
    private static final List<FacetField> ENTITY_FIELDS =
            List.of(FacetField.PERSON, FacetField.ORG, FacetField.PLACE, FacetField.COUNTRY);

    private final LuceneArticleSearch search;

    BatchSearch(LuceneArticleSearch search) {
        this.search = search;
    }

    List<BatchResult> run(List<String> lines, SearchRequest filters) throws IOException {
        return search.onSnapshot((searcher, aliases) -> {
            Map<FacetField, Map<String, String>> names = names(searcher.getIndexReader(), aliases);
            Query base = search.matching(filters, aliases);
            List<BatchResult> results = new ArrayList<>(lines.size());
            for (String line : lines) {
                results.add(one(searcher, aliases, names, filters, base, line));
            }
            return results;
        });
    }

    private BatchResult one(
            IndexSearcher searcher,
            EntityAliases aliases,
            Map<FacetField, Map<String, String>> names,
            SearchRequest filters,
            Query base,
            String line)
            throws IOException {
        String wanted = EntityMatcher.fold(line);
        for (FacetField field : ENTITY_FIELDS) {
            String alias = named(names.get(field), aliases, field, line, wanted);
            if (alias != null) {
                String canonical = aliases.canonical(field, alias);
                Query query = new BooleanQuery.Builder()
                        .add(base, Occur.FILTER)
                        .add(search.anyOf(field, List.of(canonical), aliases), Occur.FILTER)
                        .build();
                return result(searcher, aliases, query, line, field.parameter(), canonical, alias);
            }
        }
        String keywords = filters.hasKeywords() ? "(" + filters.query() + ") AND (" + line + ")" : line;
        Query query = search.matching(withQuery(filters, keywords), aliases);
        return result(searcher, aliases, query, line, null, null, null);
    }

    private BatchResult result(
            IndexSearcher searcher,
            EntityAliases aliases,
            Query query,
            String line,
            String field,
            String value,
            String alias)
            throws IOException {
        int count = searcher.count(query);
        Instant first = count == 0 ? null : published(searcher, aliases, query, false);
        Instant last = count == 0 ? null : published(searcher, aliases, query, true);
        return new BatchResult(line, count, first, last, field, value, alias);
    }

    /** The indexed value or name a line names, directly or as another name of it ("Bombay" for Mumbai). */
    private static String named(
            Map<String, String> byFolded, EntityAliases aliases, FacetField field, String line, String wanted) {
        String direct = byFolded.get(wanted);
        if (direct != null) {
            return direct;
        }
        for (String name : aliases.typed(field, line)) {
            String value = byFolded.get(EntityMatcher.fold(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The publication time of the newest or oldest match; articles without one sort last either way. */
    private Instant published(IndexSearcher searcher, EntityAliases aliases, Query query, boolean newest)
            throws IOException {
        var sort = new Sort(
                new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest, newest ? Long.MIN_VALUE : Long.MAX_VALUE));
        TopDocs top = searcher.search(query, 1, sort);
        return top.scoreDocs.length == 0
                ? null
                : search.view(searcher, top.scoreDocs[0].doc, aliases).published();
    }

    /**
     * Per field, every indexed value and every name values are shown as, by its folded form, mapped to that value;
     * blocked values are left out.
     */
    private Map<FacetField, Map<String, String>> names(IndexReader reader, EntityAliases aliases) throws IOException {
        Map<FacetField, Map<String, String>> names = new EnumMap<>(FacetField.class);
        for (FacetField field : ENTITY_FIELDS) {
            Map<String, String> byFolded = new HashMap<>();
            for (String value : search.indexedValues(reader, field)) {
                if (!aliases.isBlocked(field, value)) {
                    byFolded.putIfAbsent(EntityMatcher.fold(value), value);
                    String canonical = aliases.canonical(field, value);
                    byFolded.putIfAbsent(EntityMatcher.fold(canonical), canonical);
                }
            }
            names.put(field, byFolded);
        }
        return names;
    }

    private static SearchRequest withQuery(SearchRequest request, String query) {
        return SearchRequest.builder()
                .query(query)
                .filters(request.filters())
                .anyOf(request.anyOf())
                .published(request.from(), request.to())
                .mentioned(request.mentionedFrom(), request.mentionedTo())
                .sort(request.sort())
                .size(1)
                .build();
    }
}
