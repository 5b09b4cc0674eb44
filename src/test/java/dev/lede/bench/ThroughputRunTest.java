package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The order a stage sees: the warm-up's start, its articles, then its settling, then every article timed, then the
 * finish.
 */
class ThroughputRunTest {

    @Test
    void theWarmUpIsSettledBeforeTheTimedRunAndTheFinishComesAfterEveryArticle() throws Exception {
        List<Article> articles = IntStream.range(0, 50)
                .mapToObj(i -> new Article("a" + i, "Title " + i, "Body " + i, Instant.EPOCH, "wire", null, null))
                .toList();
        RecordingWorkload workload = new RecordingWorkload();

        StageResult result = new ThroughputRun(articles, 2).measure(workload, 7, 0);

        assertEquals(50, result.articles());
        assertEquals(
                List.of("accepted 0", "warming up", "accepted 7", "warmed up", "accepted 57", "finished"),
                workload.events());
    }

    /** Notes how many articles it had accepted when each of its steps came. */
    private static final class RecordingWorkload implements Workload {
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());
        private int accepted;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public synchronized void accept(Article article) {
            accepted++;
        }

        @Override
        public synchronized void warmingUp() {
            events.add("accepted " + accepted);
            events.add("warming up");
        }

        @Override
        public synchronized void warmedUp() {
            events.add("accepted " + accepted);
            events.add("warmed up");
        }

        @Override
        public synchronized void finish() {
            events.add("accepted " + accepted);
            events.add("finished");
        }

        List<String> events() {
            return List.copyOf(events);
        }
    }
}
