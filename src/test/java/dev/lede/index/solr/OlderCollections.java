package dev.lede.index.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/** Test collections as an older Lede would have left them: a configset named for another schema version. */
public final class OlderCollections {

    private OlderCollections() {}

    /** Creates the connection's collection (1 shard, 1 replica) on a configset recording {@code version}. */
    public static void create(SolrConnection solr, String version) throws Exception {
        String configSet = SolrConfigSet.name(solr.collection(), version);
        new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configSet)
                .setUploadStream(
                        new ContentStreamBase.ByteArrayStream(SolrConfigSet.zip(), "old.zip", "application/zip"))
                .process(solr.client());
        CollectionAdminRequest.createCollection(solr.collection(), configSet, 1, 1)
                .process(solr.client());
    }
}
