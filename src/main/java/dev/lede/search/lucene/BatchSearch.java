package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.BatchResult;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import dev.lede.search.BatchLines;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private final LuceneArticleSearch search;

    BatchSearch(LuceneArticleSearch search) {
        this.search = search;
    }

    List<BatchResult> run(List<String> lines, SearchRequest filters) throws IOException {
        return search.onSnapshot((searcher, aliases) -> {
            BatchLines names = BatchLines.of(aliases, field -> search.indexedValues(searcher.getIndexReader(), field));
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
            BatchLines names,
            SearchRequest filters,
            Query base,
            String line)
            throws IOException {
        var named = names.named(line);
        if (named.isPresent()) {
            FacetField field = named.get().field();
            String canonical = named.get().canonical();
            Query query = new BooleanQuery.Builder()
                    .add(base, Occur.FILTER)
                    .add(search.anyOf(field, List.of(canonical), aliases), Occur.FILTER)
                    .build();
            return result(
                    searcher,
                    aliases,
                    query,
                    line,
                    field.parameter(),
                    canonical,
                    named.get().alias());
        }
        Query query = search.matching(BatchLines.keywords(filters, line), aliases);
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
}
