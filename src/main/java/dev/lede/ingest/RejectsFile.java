package dev.lede.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link RejectLog} written as JSON Lines: one {@code {"location", "outcome", "reason"}} object per line. */
public final class RejectsFile implements RejectLog, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;

    private RejectsFile(BufferedWriter out) {
        this.out = out;
    }

    /** Creates or empties the file (and its folders): it names what the latest run left out. */
    public static RejectsFile create(Path file) throws IOException {
        requireNotAFolder(file);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new RejectsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Refuses a folder given as the rejects file, in words that name it so, e.g. before a long model load. */
    public static void requireNotAFolder(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write the rejects file to " + file + ": it is a folder; give a file name");
        }
    }

    @Override
    public synchronized void reject(String location, String outcome, String reason) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("location", location);
        line.put("outcome", outcome);
        line.put("reason", reason);
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
