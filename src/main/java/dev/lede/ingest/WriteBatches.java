package dev.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Each worker thread's enriched articles, kept until there are {@link #SIZE} and then written in a row. The entity
 * classifier and Lucene's in-memory index both wait on memory more than on arithmetic, and a thread that switches
 * between them after every article makes each evict what the other keeps in cache: on two threads, writing 64 at a
 * time moved the ingest pipeline's {@code fast} from 0.79 to 0.83 of the classifier alone (medians of alternating
 * builds; BENCHMARKS.md, fourteenth session).
 *
 * @param <T> what is kept until written
 */
public final class WriteBatches<T> {

    public static final int SIZE = 64;

    private final Queue<List<T>> all = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<List<T>> mine = ThreadLocal.withInitial(() -> {
        List<T> batch = new ArrayList<>(SIZE);
        all.add(batch);
        return batch;
    });

    /** Keeps {@code item} in this thread's batch; returns the batch to write when it is full, else an empty list. */
    public List<T> add(T item) {
        List<T> batch = mine.get();
        batch.add(item);
        if (batch.size() < SIZE) {
            return List.of();
        }
        List<T> full = List.copyOf(batch);
        batch.clear();
        return full;
    }

    /** Everything kept and not yet returned, from every thread; call once those threads are done. */
    public List<T> drain() {
        List<T> rest = new ArrayList<>();
        for (List<T> batch : all) {
            rest.addAll(batch);
            batch.clear();
        }
        return rest;
    }
}
