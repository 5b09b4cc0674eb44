package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;
import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HostileParametersApiContract} on the embedded Lucene engine. */
class HostileParametersApiOnLuceneTest extends HostileParametersApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }

    /** Lucene only: SolrCloud has no search time limit yet (Solr's {@code timeAllowed}, issue 14). */
    @Test
    void aSearchPastTheTimeLimitIsA503WithRetryAfter() throws Exception {
        try (TestServer hurried = new TestServer(
                SampleIndex.get().indexDir,
                defences -> defences.withWriteToken(TestServer.TOKEN).withSearchTimeLimit(Duration.ofNanos(1)))) {
            var response = hurried.send(hurried.request("/api/search?q=tram"));
            assertEquals(503, response.status(), response.body());
            assertTrue(response.json().get("error").asText().contains("ms"), response.body());
            assertEquals(List.of("2"), response.headers().allValues("Retry-After"));
        }
    }
}
