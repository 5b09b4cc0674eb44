package dev.lede.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

@ExtendWith(SolrCloudExtension.class)
class SolrConnectionTest {

    @Test
    void connectingThroughZooKeeperWarnsNothingAboutTheAclsOfZnodesLedeNeverCreates() throws Exception {
        Logger solrj = (Logger) LoggerFactory.getLogger("org.apache.solr");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        solrj.addAppender(logged);
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "any")) {
            assertTrue(solr.client().getClusterStateProvider().getLiveNodes().size() > 0, "connected");
        } finally {
            solrj.detachAppender(logged);
        }

        List<String> warnings = logged.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertEquals(List.of(), warnings);
    }
}
