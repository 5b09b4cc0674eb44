package dev.lede.index.solr;

import dev.lede.model.IndexStatus;
import java.io.IOException;
import java.time.Instant;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocumentList;

/**
 * What {@code /api/health} and {@code /metrics} say about a collection: its article count, and as its generation the
 * newest update version ({@code _version_}) searches see. Solr gives every added article a larger version than any
 * before it, so the number grows whenever a commit brings new articles; there is no one commit counter for a
 * collection of several shards. Its size on disk is spread over the nodes and reads 0.
 */
public final class SolrCollectionStatus {

    /** Solr's update version of each document. */
    private static final String VERSION = "_version_";

    private SolrCollectionStatus() {}

    public static IndexStatus read(SolrConnection solr) throws IOException {
        SolrQuery newest = new SolrQuery("*:*").setRows(1).setFields(VERSION).addSort(VERSION, SolrQuery.ORDER.desc);
        try {
            SolrDocumentList docs =
                    solr.client().query(solr.collection(), newest).getResults();
            Object version = docs.isEmpty() ? null : docs.getFirst().getFirstValue(VERSION);
            long generation = version instanceof Number number ? number.longValue() : 0;
            return new IndexStatus(docs.getNumFound(), generation, 0, Instant.now());
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading the state of " + solr.collection(), e);
        }
    }
}
