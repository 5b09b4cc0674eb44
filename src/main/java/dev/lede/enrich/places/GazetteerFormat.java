package dev.lede.enrich.places;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes the resource {@link GazetteerBuilder} describes: tab-separated records, lists joined by {@code |}, gzipped. */
final class GazetteerFormat {

    private GazetteerFormat() {}

    static String record(String... fields) {
        return String.join("\t", fields);
    }

    static String list(Iterable<String> values) {
        return String.join("|", values);
    }

    /** Writes the lines gzipped as UTF-8, one a line; {@code out} stays open. */
    static void write(List<String> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(new GZIPOutputStream(nonClosing(out)), StandardCharsets.UTF_8);
        try (writer) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
