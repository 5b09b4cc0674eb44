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

    /** SolrJ's names (SolrZkClient's, a run-time dependency only) for its ZooKeeper security choices. */
    static final String ACL_PROVIDER_PROPERTY = "zkACLProvider";

    static final String CREDENTIALS_INJECTOR_PROPERTY = "zkCredentialsInjector";

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
        // HTTP/1.1: over plain http the JDK client reaches HTTP/2 by an h2c upgrade, and once (1 run of ~10) a
        // search after a node restart failed on a garbled HTTP/2 frame ("Frame type(0) length(7685128) exceeds
        // MAX_FRAME_SIZE"); keep-alive HTTP/1.1 connections avoid that path and cost Lede's few requests nothing.
        CloudSolrClient client = builder.withHttpClientBuilder(new HttpJdkSolrClient.Builder().useHttp1_1(true))
                .withDefaultCollection(collection)
                .build();
        return new SolrConnection(client, collection);
    }

    private static CloudSolrClient.Builder throughZooKeeper(String zkHost) {
        readOnlyZooKeeperDefaults();
        int slash = zkHost.indexOf('/');
        String hosts = slash < 0 ? zkHost : zkHost.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
        return new CloudSolrClient.Builder(Arrays.asList(hosts.split(",")), chroot);
    }

    /**
     * SolrJ's ZooKeeper client warns, each time one is made, that its default ACL provider and credentials would give
     * the znodes it creates open ACLs. Lede's client creates none (it reads the cluster's state; configsets and
     * collections go through Solr's HTTP APIs), so the defaults are chosen explicitly, which SolrJ then notes quietly.
     * A choice of the operator's ({@code -DzkACLProvider=…} in {@code LEDE_JAVA_OPTS}, e.g. for a ZooKeeper that
     * needs credentials to be read) is kept.
     */
    private static void readOnlyZooKeeperDefaults() {
        System.getProperties().putIfAbsent(ACL_PROVIDER_PROPERTY, "org.apache.solr.common.cloud.DefaultZkACLProvider");
        System.getProperties()
                .putIfAbsent(
                        CREDENTIALS_INJECTOR_PROPERTY, "org.apache.solr.common.cloud.DefaultZkCredentialsInjector");
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
