package dev.lede.index.solr;

import java.io.IOException;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * {@code lede solr setup}: uploads the configset {@link SolrConfigSet} generates and creates the collection on it, or
 * brings an existing collection of the same schema version up to date. A collection of another version (or one
 * Lede did not make) is left alone unless forced, since its documents do not have the shape this Lede reads.
 */
public final class SolrCollectionSetup {

    /** What setup did. */
    public enum Outcome {
        CREATED,
        UPDATED
    }

    /** The collection holds documents of another schema version, and setup was not forced. */
    public static final class SchemaMismatchException extends IOException {
        SchemaMismatchException(String collection, String found) {
            this(collection, found, "rerun with --force to replace its configset, then re-index");
        }

        private SchemaMismatchException(String collection, String found, String advice) {
            super("collection " + collection + " has "
                    + (found == null ? "a configset Lede did not make" : "schema version " + found)
                    + ", not " + SolrConfigSet.VERSION + "; " + advice);
        }
    }

    private final SolrConnection connection;

    public SolrCollectionSetup(SolrConnection connection) {
        this.connection = connection;
    }

    /**
     * @param shards how many shards a new collection gets (an existing one keeps its own)
     * @param replicas how many copies of each shard a new collection gets
     * @param force replace the configset of a collection of another schema version
     */
    public Outcome run(int shards, int replicas, boolean force) throws IOException {
        String collection = connection.collection();
        String configSet = SolrConfigSet.name(collection, SolrConfigSet.VERSION);
        try {
            CloudSolrClient client = connection.client();
            if (!CollectionAdminRequest.listCollections(client).contains(collection)) {
                upload(configSet);
                CollectionAdminRequest.createCollection(collection, configSet, shards, replicas)
                        .process(client);
                return Outcome.CREATED;
            }
            String current = configSetOf(collection);
            if (!SolrConfigSet.VERSION.equals(SolrConfigSet.versionOf(current)) && !force) {
                throw new SchemaMismatchException(collection, SolrConfigSet.versionOf(current));
            }
            upload(configSet);
            if (!configSet.equals(current)) {
                CollectionAdminRequest.modifyCollection(collection, Map.of("collection.configName", configSet))
                        .process(client);
            }
            CollectionAdminRequest.reloadCollection(collection).process(client);
            return Outcome.UPDATED;
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("setting up collection " + collection, e);
        }
    }

    /**
     * Refuses to search a collection an older (or newer) Lede set up, whose documents lack fields this Lede's searches
     * ask for. A collection that cannot be read now, or that Lede did not make, is left to the searches to report.
     *
     * @throws SchemaMismatchException saying how to bring the collection up to date
     */
    public void requireSearchable() throws SchemaMismatchException {
        String found;
        try {
            found = schemaVersion();
        } catch (IOException unreachable) {
            return;
        }
        if (found != null && !found.equals(SolrConfigSet.VERSION)) {
            throw new SchemaMismatchException(
                    connection.collection(),
                    found,
                    "run `lede solr setup --force` for it and index the articles again before searching it");
        }
    }

    /** The schema version the collection's configset records, or {@code null} when Lede did not make it. */
    public String schemaVersion() throws IOException {
        try {
            return SolrConfigSet.versionOf(configSetOf(connection.collection()));
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading collection " + connection.collection(), e);
        }
    }

    private void upload(String configSet) throws SolrServerException, IOException {
        var zip = new ContentStreamBase.ByteArrayStream(SolrConfigSet.zip(), configSet + ".zip", "application/zip");
        new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configSet)
                .setUploadStream(zip)
                .setOverwrite(true)
                .setCleanup(true)
                .process(connection.client());
    }

    private String configSetOf(String collection) throws SolrServerException, IOException {
        NamedList<Object> status = CollectionAdminRequest.getClusterStatus()
                .setCollectionName(collection)
                .process(connection.client())
                .getResponse();
        Object name = at(status, "cluster", "collections", collection, "configName");
        return name == null ? null : name.toString();
    }

    /** The value at {@code path} in a response, whose levels SolrJ gives as named lists or maps. */
    private static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = switch (current) {
                case NamedList<?> list -> list.get(key);
                case Map<?, ?> map -> map.get(key);
                case null, default -> null;
            };
        }
        return current;
    }
}
