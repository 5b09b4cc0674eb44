package dev.lede;

import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine an API contract test runs on: it indexes the test's articles into an empty index of its own and serves
 * them through the real server. {@link LuceneApiBackend} writes an index folder; {@link SolrCloudApiBackend} a
 * collection on the shared {@link SolrTestCluster}. The contract tests under {@code dev.lede.web} (classes named
 * {@code …Contract}) run once per engine through a subclass that names its backend.
 */
public interface ApiBackend {

    /**
     * Writes {@code articles} into an empty index and commits. {@code name} tells one test's index from another's
     * (on SolrCloud, where every test class shares one collection, a new index replaces the one before).
     */
    Indexed index(String name, List<EnrichedArticle> articles) throws IOException;

    /** The sample articles ({@code sample-data/}), indexed once per test run with the real NLP models. */
    Indexed sample() throws IOException;

    /** An index written for a test, served as often as the test likes. */
    interface Indexed {

        /** Where curation, saved searches and annotations live (for Lucene, the index folder). */
        Path sideFiles();

        /** A new server over this index; close it after use. */
        TestServer serve() throws IOException;
    }
}
