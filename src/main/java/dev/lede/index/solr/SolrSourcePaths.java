package dev.lede.index.solr;

import dev.lede.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The source files of a collection's articles, for {@code lede index --prune}. The field has no doc values (a Lede
 * schema change would need every collection rebuilt), so the paths are read from the stored field of every article
 * that has one, a page at a time on Solr's cursor mark; memory grows with the distinct paths, not the articles.
 */
final class SolrSourcePaths {

    private static final int PAGE = 2_000;

    private SolrSourcePaths() {}

    /** Every distinct source path, in the order first met. */
    static List<String> list(SolrConnection solr) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        SolrQuery query = new SolrQuery(Schema.SOURCE_PATH + ":*")
                .setFields(Schema.SOURCE_PATH)
                .setRows(PAGE)
                .setSort(Schema.ID, SolrQuery.ORDER.asc);
        String mark = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
            QueryResponse page = page(solr, query);
            for (SolrDocument doc : page.getResults()) {
                paths.add(doc.getFirstValue(Schema.SOURCE_PATH).toString());
            }
            if (mark.equals(page.getNextCursorMark())) {
                return new ArrayList<>(paths);
            }
            mark = page.getNextCursorMark();
        }
    }

    /** The articles read from {@code path}. */
    static String query(String path) {
        return Schema.SOURCE_PATH + ":" + ClientUtils.escapeQueryChars(path);
    }

    private static QueryResponse page(SolrConnection solr, SolrQuery query) throws IOException {
        try {
            return solr.client().query(solr.collection(), query);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("listing the source files of " + solr.collection(), e);
        }
    }
}
