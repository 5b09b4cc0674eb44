package dev.lede.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which engine answers, and where a SolrCloud is. Defaults, overridden by {@code LEDE_BACKEND},
 * {@code LEDE_SOLR_ZK}, {@code LEDE_SOLR_URL} and {@code LEDE_SOLR_COLLECTION}, overridden by flags.
 *
 * @param zkHost ZooKeeper hosts with an optional chroot ({@code zk1:2181,zk2:2181/solr}), or {@code null}
 * @param solrUrls base URLs of Solr nodes ({@code http://solr1:8983/solr}), used when there is no {@code zkHost}
 * @param collection the Solr collection holding the articles
 */
public record BackendSettings(Backend backend, String zkHost, List<String> solrUrls, String collection) {

    public static final Backend DEFAULT_BACKEND = Backend.LUCENE;
    public static final String DEFAULT_COLLECTION = "lede";

    public BackendSettings {
        zkHost = zkHost == null || zkHost.isBlank() ? null : zkHost.strip();
        solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
    }

    public static BackendSettings defaults() {
        return new BackendSettings(DEFAULT_BACKEND, null, List.of(), DEFAULT_COLLECTION);
    }

    public static BackendSettings fromEnvironment(Map<String, String> environment) {
        BackendSettings defaults = defaults();
        return new BackendSettings(
                LedeConfig.setting(environment, "LEDE_BACKEND", Backend::parse, defaults.backend()),
                LedeConfig.setting(environment, "LEDE_SOLR_ZK", String::strip, null),
                LedeConfig.setting(environment, "LEDE_SOLR_URL", BackendSettings::urls, List.of()),
                LedeConfig.setting(environment, "LEDE_SOLR_COLLECTION", String::strip, defaults.collection()));
    }

    /** These settings with each non-null argument in place of the current value. */
    public BackendSettings with(Backend backend, String zkHost, List<String> solrUrls, String collection) {
        return new BackendSettings(
                backend == null ? this.backend : backend,
                zkHost == null ? this.zkHost : zkHost,
                solrUrls == null || solrUrls.isEmpty() ? this.solrUrls : solrUrls,
                collection == null ? this.collection : collection);
    }

    public boolean isSolrCloud() {
        return backend == Backend.SOLRCLOUD;
    }

    /**
     * @throws IllegalArgumentException when SolrCloud is chosen without a way to reach it
     */
    public BackendSettings requireSolrAddress() {
        if (zkHost == null && solrUrls.isEmpty()) {
            throw new IllegalArgumentException(
                    "the solrcloud backend needs --solr-zk HOSTS or --solr-url URL (or LEDE_SOLR_ZK / LEDE_SOLR_URL)");
        }
        return this;
    }

    /** Comma-separated URLs, blanks dropped. */
    public static List<String> urls(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .toList();
    }
}
