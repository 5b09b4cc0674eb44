package dev.lede.parse;

import dev.lede.source.SourceInput;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A zip archive whose entries are read as files, each by the parser for its own extension, streamed entry by entry.
 * Entries are named {@code archive.zip!/dir/a.json}. Entries of unsupported types are reported as ignored, unreadable
 * ones as problems; neither stops the archive. Archives that expand beyond the {@link Limits} are read no further
 * (zip bombs); archives nested deeper than {@link #MAX_NESTING} are refused. Read as a stream, without the central
 * directory: an archive cut off between two entries reads as the entries before the cut.
 */
public final class ZipParser implements StreamingParser {

    static final String ENTRY_SEPARATOR = "!/";
    static final int MAX_NESTING = 3;
    private static final String IGNORED = "ignored: ";
    private static final int SIGNATURE_LENGTH = 4;
    private static final byte[] ENTRY_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ARCHIVE_SIGNATURE = {'P', 'K', 5, 6};

    /**
     * Bounds on what one archive may expand to.
     *
     * @param maxEntries entries read, directories included
     * @param maxEntryBytes uncompressed bytes of one entry
     * @param maxTotalBytes uncompressed bytes of all entries together
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        /** Generous for a newsroom export, and small enough that a zip bomb costs seconds, not the disk. */
        public static final Limits DEFAULT = new Limits(200_000, 4L << 30, 32L << 30);
    }

    private final Parsers parsers;
    private final Limits limits;

    ZipParser(Parsers parsers, Limits limits) {
        this.parsers = parsers;
        this.limits = limits;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("zip");
    }

    @Override
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        if (nesting(input.location()) >= MAX_NESTING) {
            throw new ParseException(
                    ParseException.Kind.INVALID, input.location(), "archive nested more than " + MAX_NESTING + " deep");
        }
        EntryCounter counted = new EntryCounter(listener);
        ZipEntryInput.Budget total = new ZipEntryInput.Budget(limits.maxTotalBytes(), input.location());
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(zipSignatureChecked(input))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new ParseException(
                            ParseException.Kind.TOO_LARGE,
                            input.location(),
                            "more than " + limits.maxEntries() + " entries; the rest was not read");
                }
                if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/")) {
                    String location = input.location() + ENTRY_SEPARATOR + entry.getName();
                    ZipEntryInput.Budget entryBudget = new ZipEntryInput.Budget(limits.maxEntryBytes(), location);
                    ZipEntryInput entryInput = new ZipEntryInput(location, entry.getSize(), zip, entryBudget, total);
                    readEntry(entryInput, counted);
                    // Whatever the parser left unread is still decompressed by the next getNextEntry: bound it too.
                    entryInput.drain();
                }
            }
        } catch (ZipException | EOFException corrupt) {
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    input.location(),
                    "corrupt zip archive after " + counted.articles() + " articles (" + corrupt.getMessage() + ")",
                    corrupt);
        } catch (ZipEntryInput.BoundExceeded tooBig) {
            throw new ParseException(ParseException.Kind.TOO_LARGE, input.location(), tooBig.getMessage());
        }
        if (counted.articles() == 0) {
            throw noArticles(input.location(), entries, counted.firstUnreadable);
        }
    }

    /** The input's stream, once its first bytes show a zip archive that has entries. */
    private static InputStream zipSignatureChecked(SourceInput input) throws IOException, ParseException {
        InputStream in = new BufferedInputStream(input.open());
        try {
            in.mark(SIGNATURE_LENGTH);
            byte[] signature = in.readNBytes(SIGNATURE_LENGTH);
            in.reset();
            if (signature.length == 0 || Arrays.equals(signature, EMPTY_ARCHIVE_SIGNATURE)) {
                throw new ParseException(ParseException.Kind.EMPTY, input.location(), "empty archive");
            }
            if (!Arrays.equals(signature, ENTRY_SIGNATURE)) {
                throw new ParseException(ParseException.Kind.INVALID, input.location(), "not a zip archive");
            }
            return in;
        } catch (ParseException | IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void readEntry(ZipEntryInput entry, EntryCounter listener) throws IOException {
        if (!parsers.supports(entry.location())) {
            listener.problem(entry.location(), IGNORED + "unsupported file type");
            return;
        }
        try {
            parsers.read(entry, listener);
        } catch (ParseException unreadable) {
            listener.unreadable(entry.location(), unreadable);
        }
    }

    /** Of the kind of the first unreadable entry, so that an archive of one broken file fails as that file would. */
    private static ParseException noArticles(String location, int entries, ParseException firstUnreadable) {
        if (firstUnreadable == null) {
            return new ParseException(
                    ParseException.Kind.EMPTY, location, "no article in the archive (" + entries + " entries)");
        }
        return new ParseException(
                firstUnreadable.kind(),
                location,
                "no article in the archive; first unreadable entry: " + firstUnreadable.getMessage());
    }

    private static String detailOf(ParseException e) {
        String prefix = e.location() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static int nesting(String location) {
        int count = 0;
        for (int at = location.indexOf(ENTRY_SEPARATOR); at >= 0; at = location.indexOf(ENTRY_SEPARATOR, at + 1)) {
            count++;
        }
        return count;
    }

    /** Counts what passes through, and keeps the first entry that could not be read. */
    private static final class EntryCounter extends CountingListener {
        private ParseException firstUnreadable;

        EntryCounter(ParseListener listener) {
            super(listener);
        }

        void unreadable(String location, ParseException e) {
            firstUnreadable = firstUnreadable == null ? e : firstUnreadable;
            listener().problem(location, detailOf(e));
        }
    }
}
