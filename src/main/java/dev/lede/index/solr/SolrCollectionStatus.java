package dev.lede.index.solr;

import dev.lede.model.IndexStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;

/**
 * What {@code /api/health} and {@code /metrics} say about a collection: its article count, and as its generation the
 * newest update version ({@code _version_}) searches see. Solr gives every added article a larger version than any
 * before it, so the number grows whenever a commit brings new articles; there is no one commit counter for a
 * collection of several shards. Its size on disk is the sum of each shard leader's index (the replicas hold copies),
 * read from Solr's COLSTATUS.
 */
public final class SolrCollectionStatus {

    /** Solr's update version of each document. */
    private static final String VERSION = "_version_";

    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private SolrCollectionStatus() {}

    /** The article count, generation and size on disk, for {@code /api/health} and {@code /metrics}. */
    public static IndexStatus read(SolrConnection solr) throws IOException {
        IndexStatus counted = counted(solr);
        return new IndexStatus(counted.articles(), counted.generation(), sizeInBytes(solr), counted.refreshedAt());
    }

    /** The article count and generation only: one small query, cheap enough to ask before every search. */
    public static IndexStatus counted(SolrConnection solr) throws IOException {
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

    private static long sizeInBytes(SolrConnection solr) throws IOException {
        try {
            NamedList<Object> answer = CollectionAdminRequest.collectionStatus(solr.collection())
                    .setWithCoreInfo(true)
                    .process(solr.client())
                    .getResponse();
            double gigabytes = 0;
            for (Object shard : children(at(answer, solr.collection(), "shards"))) {
                if (at(shard, "leader", "segInfos", "info", "core", "sizeInGB") instanceof Number size) {
                    gigabytes += size.doubleValue();
                }
            }
            return Math.round(gigabytes * BYTES_PER_GB);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading the size of " + solr.collection(), e);
        }
    }

    private static Collection<?> children(Object node) {
        return switch (node) {
            case NamedList<?> list -> list.asShallowMap().values();
            case Map<?, ?> map -> map.values();
            case null, default -> List.of();
        };
    }

    /** The value under {@code path} in Solr's nested answer (named lists or maps), or {@code null}. */
    private static Object at(Object node, String... path) {
        Object here = node;
        for (String key : path) {
            here = switch (here) {
                case NamedList<?> list -> list.get(key);
                case Map<?, ?> map -> map.get(key);
                case null, default -> null;
            };
        }
        return here;
    }
}
