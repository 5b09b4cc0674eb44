package dev.lede.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * One SolrJ client for a SolrCloud collection, found through ZooKeeper or through the URLs of some of its nodes. SolrJ
 * routes each request to a live replica, so a stopped node costs nothing while another holds a copy of each shard.
 * It talks HTTP through the JDK's client: no Jetty beside Javalin's.
 */
public final class SolrConnection implements Closeable {

    private final CloudSolrClient client;
    private final String collection;

    private SolrConnection(CloudSolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /**
     * @param zkHost ZooKeeper hosts with an optional chroot ({@code zk1:2181,zk2:2181/solr}), or {@code null}
     * @param solrUrls base URLs of Solr nodes, used when {@code zkHost} is {@code null}
     */
    public static SolrConnection open(String zkHost, List<String> solrUrls, String collection) {
        CloudSolrClient.Builder builder =
                zkHost != null ? throughZooKeeper(zkHost) : new CloudSolrClient.Builder(solrUrls);
        CloudSolrClient client = builder.withHttpClientBuilder(new HttpJdkSolrClient.Builder())
                .withDefaultCollection(collection)
                .build();
        return new SolrConnection(client, collection);
    }

    private static CloudSolrClient.Builder throughZooKeeper(String zkHost) {
        int slash = zkHost.indexOf('/');
        String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
        return new CloudSolrClient.Builder(Arrays.asList(hosts.split(",")), chroot);
    }

    public CloudSolrClient client() {
        return client;
    }

    public String collection() {
        return collection;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
