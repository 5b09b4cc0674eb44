package dev.lede.parse;

import dev.lede.source.SourceInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzipped file of any supported format ({@code wire.jsonl.gz}), read as the file inside, streamed: a streaming
 * format is decompressed as it is parsed. Messages name the {@code .gz} file itself. A file cut short (a download
 * stopped half way) or damaged after some articles keeps them: the loss of the rest is one problem, not a skipped file.
 */
public final class GzipParser implements StreamingParser {

    static final String EXTENSION = "gz";

    private final Parsers parsers;

    GzipParser(Parsers parsers) {
        this.parsers = parsers;
    }

    @Override
    public Set<String> extensions() {
        return Set.of(EXTENSION);
    }

    @Override
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        String innerName = uncompressedName(input.location());
        CountingListener counted = new CountingListener(listener);
        try {
            parsers.readAs(innerName, decompressed(input), counted);
        } catch (ZipException | EOFException corrupt) {
            if (counted.articles() > 0) {
                listener.problem(
                        input.location(),
                        String.format(
                                Locale.ROOT,
                                "cut short after %,d article%s (%s); the rest is lost",
                                counted.articles(),
                                counted.articles() == 1 ? "" : "s",
                                corrupt instanceof EOFException
                                        ? "the gzip stream ends early"
                                        : "the gzip stream is damaged: " + corrupt.getMessage()));
                return;
            }
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    input.location(),
                    "not a readable gzip file (" + corrupt.getMessage() + ")",
                    corrupt);
        }
    }

    /** The location without its {@code .gz} suffix: the name of the file inside. */
    static String uncompressedName(String location) {
        return location.substring(0, location.length() - (EXTENSION.length() + 1));
    }

    private static SourceInput decompressed(SourceInput input) {
        return new SourceInput() {
            @Override
            public String location() {
                return input.location();
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream compressed = input.open();
                try {
                    return new GZIPInputStream(compressed, 1 << 16);
                } catch (IOException notGzip) {
                    compressed.close();
                    throw notGzip;
                }
            }
        };
    }
}
