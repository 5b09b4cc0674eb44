package dev.lede.parse;

import dev.lede.source.SourceInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipInputStream;

/**
 * The entry a {@link ZipInputStream} is at, as an input: opened once, never closing the archive, and failing with
 * {@link BoundExceeded} once it expands beyond its own or the archive's {@link Budget} (zip bombs).
 */
final class ZipEntryInput implements SourceInput {

    private final String location;
    private final long size;
    private final InputStream content;
    private boolean opened;

    ZipEntryInput(String location, long size, ZipInputStream zip, Budget entryBudget, Budget archiveBudget) {
        this.location = location;
        this.size = size;
        this.content = new BoundedStream(zip, entryBudget, archiveBudget);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream open() throws IOException {
        if (opened) {
            throw new IOException(location + ": an archive entry can be read only once");
        }
        opened = true;
        return content;
    }

    /** Reads what the parser left of the entry, within the budgets: the archive stream would decompress it anyway. */
    void drain() throws IOException {
        content.transferTo(OutputStream.nullOutputStream());
    }

    /** Thrown past the parsers when an archive expands beyond its limits, so that reading stops at once. */
    static final class BoundExceeded extends IOException {
        BoundExceeded(String message) {
            super(message);
        }
    }

    /** Uncompressed bytes one entry, or the whole archive, may still expand to. */
    static final class Budget {
        private final long maxBytes;
        private final String location;
        private long spent;

        Budget(long maxBytes, String location) {
            this.maxBytes = maxBytes;
            this.location = location;
        }

        void spend(long bytes) throws BoundExceeded {
            spent += bytes;
            if (spent > maxBytes) {
                throw new BoundExceeded(
                        location + " expands beyond " + maxBytes + " bytes; the archive was not read further");
            }
        }
    }

    /** The current entry's bytes, charged to its budget and the archive's; closing it leaves the archive open. */
    private static final class BoundedStream extends FilterInputStream {
        private final Budget entry;
        private final Budget total;

        BoundedStream(InputStream in, Budget entry, Budget total) {
            super(in);
            this.entry = entry;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            spend(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            spend(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // The archive stream stays open for the next entry.
        }

        private void spend(long bytes) throws BoundExceeded {
            entry.spend(bytes);
            total.spend(bytes);
        }
    }
}
