package dev.lede.ingest;

import dev.lede.source.SourceInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link SourceInput} that adds every byte read from it to a counter, for progress by bytes whatever the parser. */
record CountingInput(SourceInput input, AtomicLong counter) implements SourceInput {

    @Override
    public String location() {
        return input.location();
    }

    @Override
    public long size() {
        return input.size();
    }

    @Override
    public InputStream open() throws IOException {
        return new FilterInputStream(input.open()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counter.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counter.addAndGet(skipped);
                return skipped;
            }
        };
    }
}
