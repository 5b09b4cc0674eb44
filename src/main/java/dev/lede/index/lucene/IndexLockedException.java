package dev.lede.index.lucene;

import java.io.IOException;
import java.nio.file.Path;

/** Another live process (or another writer in this one) is writing to the index. The message says what to do. */
public final class IndexLockedException extends IOException {

    public IndexLockedException(Path index, Throwable cause) {
        super(
                "another indexer is writing to " + index
                        + " right now (its write.lock is held by a live process); wait for it to finish or stop it",
                cause);
    }
}
