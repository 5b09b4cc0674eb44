package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.Context;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The search queue's answers when it is full: 503 at once, or after the longest wait; never a lost turn. */
class SearchGateTest {

    @Test
    void whenEveryTurnIsTakenAndTheQueueIsFullTheNextSearchIsRefusedAtOnce() throws Exception {
        SearchGate gate = new SearchGate(1, 0, Duration.ofSeconds(30));
        gate.enter(request("/api/search"));

        long started = System.nanoTime();
        RequestRefused refused = assertThrows(RequestRefused.class, () -> gate.enter(request("/api/search")));

        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().contains("busy"), refused.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "it waited for a turn");
    }

    @Test
    void aQueuedSearchIsRefusedWhenNoTurnComesWithinTheTimeLimit() throws Exception {
        SearchGate gate = new SearchGate(1, 1, Duration.ofMillis(50));
        gate.enter(request("/api/search"));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> gate.enter(request("/api/facets/person")));

        assertEquals(503, refused.status());
    }

    @Test
    void aQueuedSearchGetsTheTurnTheFirstOneGivesBack() throws Exception {
        SearchGate gate = new SearchGate(1, 1, Duration.ofSeconds(30));
        Context first = request("/api/search");
        gate.enter(first);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> enterQuietly(gate, request("/api/search")));

        gate.leave(first);

        assertDoesNotThrow(() -> second.get(20, TimeUnit.SECONDS));
    }

    @Test
    void refusedSearchesLeaveNoTurnTakenAndTheHealthCheckNeverQueues() throws Exception {
        SearchGate gate = new SearchGate(1, 0, Duration.ofMillis(10));
        Context first = request("/api/search");
        gate.enter(first);
        assertThrows(RequestRefused.class, () -> gate.enter(request("/api/search")));
        gate.enter(request("/api/health"));

        gate.leave(first);

        assertDoesNotThrow(() -> gate.enter(request("/api/search")));
    }

    private static void enterQuietly(SearchGate gate, Context request) {
        try {
            gate.enter(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request context that knows only its path and attributes: all the gate reads. */
    private static Context request(String path) {
        Map<String, Object> attributes = new HashMap<>();
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(),
                new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "path" -> path;
                    case "attribute" -> {
                        if (args.length == 2) {
                            attributes.put((String) args[0], args[1]);
                            yield null;
                        }
                        yield attributes.get((String) args[0]);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
