package dev.lede;

import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.ArticleWrites;
import dev.lede.model.EnrichedArticle;
import dev.lede.search.UnsupportedSearchException;
import dev.lede.search.solr.SolrArticleSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * Contract tests on SolrCloud: one collection of 2 shards × 2 replicas on the {@link SolrTestCluster} (the test class
 * needs {@link SolrCloudExtension}), made once and emptied for each {@link #index} of other articles (a collection
 * per test class took 5–10 s to create; the same articles again are not rewritten), or {@link SolrSampleCollection};
 * side files in a new folder each time. So a new {@link #index} replaces the articles of the one before: test classes
 * run one after the other, each on its own. Articles are added through the server only on Lucene so far, so this
 * server refuses them.
 */
public final class SolrCloudApiBackend implements ApiBackend {

    public static final SolrCloudApiBackend INSTANCE = new SolrCloudApiBackend();

    private static final String COLLECTION = "contract";

    private boolean created;
    /** What the collection holds now. */
    private List<EnrichedArticle> holding;

    private SolrCloudApiBackend() {}

    @Override
    public synchronized Indexed index(String name, List<EnrichedArticle> articles) throws IOException {
        // Nothing writes to the collection but this method, so equal articles are already there as they would be.
        if (!articles.equals(holding)) {
            write(articles);
        }
        return new SolrIndexed(COLLECTION, ScratchDirs.create("lede-contract-" + name));
    }

    @Override
    public Indexed sample() throws IOException {
        SolrSampleCollection.get();
        return new SolrIndexed(SolrSampleCollection.COLLECTION, ScratchDirs.create("lede-contract-sample"));
    }

    private void write(List<EnrichedArticle> articles) throws IOException {
        holding = null;
        try (SolrConnection connection = connect(COLLECTION)) {
            createOrEmpty(connection);
            try (SolrArticleSink sink = new SolrArticleSink(connection)) {
                for (EnrichedArticle article : articles) {
                    sink.write(article);
                }
                sink.commit();
            }
        }
        holding = List.copyOf(articles);
    }

    private void createOrEmpty(SolrConnection connection) throws IOException {
        if (!created) {
            new SolrCollectionSetup(connection).run(2, 2, false);
            created = true;
            return;
        }
        try {
            connection.client().deleteByQuery(connection.collection(), "*:*");
            connection.client().commit(connection.collection());
        } catch (SolrServerException e) {
            throw new IOException("emptying " + connection.collection(), e);
        }
    }

    private static SolrConnection connect(String collection) {
        return SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), collection);
    }

    private record SolrIndexed(String name, Path sideFiles) implements Indexed {
        @Override
        public TestServer serve() throws IOException {
            return new TestServer(SolrArticleSearch.open(connect(name), sideFiles), refusingWrites());
        }
    }

    /** Live adds and deletes, which the SolrCloud backend does not take through the server yet. */
    public static ArticleWrites refusingWrites() {
        return new ArticleWrites() {
            @Override
            public Added add(String location, byte[] content) {
                throw new UnsupportedSearchException("adding articles", "SolrCloud");
            }

            @Override
            public Deleted delete(List<String> ids) {
                throw new UnsupportedSearchException("deleting articles", "SolrCloud");
            }
        };
    }
}
