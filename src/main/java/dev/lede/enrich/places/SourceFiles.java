package dev.lede.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** What reading the gazetteer's data files shares: gzipped UTF-8 text, and GeoNames' numbers (blank is 0). */
final class SourceFiles {

    private SourceFiles() {}

    static BufferedReader gzipReader(Path path) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8));
    }

    static long number(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }
}
