package dev.lede.bench;

import dev.lede.model.Article;
import java.io.Closeable;
import java.io.IOException;

/** One thing the benchmark times: an action per article, called from several threads, then a finish. */
interface Workload extends Closeable {

    /** What the table calls it. */
    String name();

    /** Handles one article; called concurrently. */
    void accept(Article article) throws IOException;

    /** Called once before the untimed warm-up's first article. */
    default void warmingUp() throws IOException {}

    /**
     * Called once between the untimed warm-up and the timed run, to settle what the warm-up left behind (e.g. articles
     * kept for a batch) so that the timed run does not pay for it.
     */
    default void warmedUp() throws IOException {}

    /** Completes the run (e.g. a commit), inside the timed span. */
    default void finish() throws IOException {}

    @Override
    default void close() throws IOException {}
}
