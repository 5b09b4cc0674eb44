package dev.lede.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed loop without think time: each client takes the next query from a shared counter, runs it, and takes the
 * next, until every query of every pass is done. A failed call counts as an error and still as a latency.
 */
final class LoadRunner {

    /** Runs query {@code index} of the mix once; throws when the answer is not a success. */
    interface Call {
        void run(int index) throws Exception;
    }

    private LoadRunner() {}

    static Measurement measure(String path, String variant, int queries, int clients, int passes, Call call)
            throws InterruptedException {
        int total = queries * passes;
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            threads.add(Thread.ofPlatform().name("bench-client-" + client).start(() -> {
                awaitQuietly(start);
                for (int slot = next.getAndIncrement(); slot < total; slot = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    try {
                        call.run(slot % queries);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[slot] = System.nanoTime() - began;
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return Measurement.of(path, variant, clients, latencies, errors.get(), System.nanoTime() - began);
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
