package dev.lede;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class the {@link SolrTestCluster}: started before the first such class, stopped by JUnit when the whole
 * run ends; the class is skipped, with the reason, when the cluster cannot run here (Maven cannot resolve its
 * classpath, or it does not start).
 */
public final class SolrCloudExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SolrTestCluster cluster = SolrTestCluster.get();
        Assumptions.assumeTrue(
                cluster != null, () -> "No SolrCloud for this test: " + SolrTestCluster.whyUnavailable());
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SolrTestCluster.class, key -> cluster, SolrTestCluster.class);
    }
}
