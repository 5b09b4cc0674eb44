package dev.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads one of the shared gazetteer files as UTF-8 lines, gzipped or not, failing clearly when it is missing. */
final class GazetteerFiles {

    private GazetteerFiles() {}

    static List<String> lines(Path file, boolean gzip) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("gazetteer file not found: " + file);
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
