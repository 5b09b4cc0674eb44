package dev.lede.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input to read, opened as a stream so that a file of any size never has to fit in memory: a file on disk, an
 * entry of an archive, an upload, standard input.
 */
public interface SourceInput {

    /** Where it came from, for messages and for choosing a parser by extension: a path, or "archive.zip!/a.json". */
    String location();

    /** Its size in bytes, or -1 when unknown (standard input, a compressed entry). */
    long size();

    /** Opens its bytes from the start. A caller closes the stream. */
    InputStream open() throws IOException;

    static SourceInput of(Path file) {
        return new SourceInput() {
            @Override
            public String location() {
                return file.toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    static SourceInput of(String location, byte[] content) {
        return new SourceInput() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }
}
