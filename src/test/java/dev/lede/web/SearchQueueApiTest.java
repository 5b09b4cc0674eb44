package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The search queue gives every turn back, whether the request succeeded, was refused or timed out. */
class SearchQueueApiTest {

    @Test
    void withOneTurnAndNoQueueRequestsThatFailOrTimeOutStillLeaveTheTurnFree() throws Exception {
        try (TestServer server = new TestServer(
                SampleIndex.get().indexDir,
                defences -> defences.withWriteToken(TestServer.TOKEN)
                        .withConcurrency(1, 0)
                        .withSearchTimeLimit(Duration.ofSeconds(3)))) {
            for (int i = 0; i < 5; i++) {
                assertEquals(400, server.get("/api/search?page=0").status());
                assertEquals(
                        400,
                        server.get("/api/search?q=" + TestServer.encode("[a TO b]"))
                                .status());
                assertEquals(404, server.get("/api/articles/no-such-article").status());
                assertEquals(400, server.write("POST", "/api/saved", "{}").status());
                assertEquals(200, server.get("/api/search?q=tram").status(), "the one turn is free again");
            }
        }
    }
}
