package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class WriteBatchesTest {

    @Test
    void aThreadsBatchComesBackWholeAndInOrderWhenFull() {
        WriteBatches<Integer> batches = new WriteBatches<>();
        for (int i = 0; i < WriteBatches.SIZE - 1; i++) {
            assertEquals(List.of(), batches.add(i), "kept until full");
        }
        List<Integer> full = batches.add(WriteBatches.SIZE - 1);
        assertEquals(WriteBatches.SIZE, full.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(i, full.get(i));
        }
        assertEquals(List.of(), batches.drain(), "nothing left once the full batch was handed out");
    }

    @Test
    void drainGivesWhatEveryThreadKeptExactlyOnce() throws Exception {
        WriteBatches<Integer> batches = new WriteBatches<>();
        ConcurrentLinkedQueue<Integer> handedOut = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        int perThread = 3 * WriteBatches.SIZE + 5;
        for (int t = 0; t < 4; t++) {
            int first = t * 1000;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = first; i < first + perThread; i++) {
                    handedOut.addAll(batches.add(i));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Integer> rest = batches.drain();
        assertEquals(4 * 5, rest.size(), "each thread keeps the five after its last full batch");
        Set<Integer> all = new HashSet<>(handedOut);
        all.addAll(rest);
        assertEquals(4 * perThread, all.size());
        assertEquals(4 * perThread, handedOut.size() + rest.size(), "none twice");
        assertTrue(batches.drain().isEmpty(), "a second drain finds nothing");
    }
}
