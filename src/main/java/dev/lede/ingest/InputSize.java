package dev.lede.ingest;

import dev.lede.parse.Parsers;
import dev.lede.source.FileSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds up the sizes of the files a run will read, on a thread of its own beside the run, so that the run starts at
 * once on a million files and its progress gains an ETA when the sum is known. Only file sizes are read, never files.
 */
final class InputSize {

    private InputSize() {}

    static Thread measureInBackground(List<Path> roots, Parsers parsers, IngestStatus status) {
        return Thread.ofVirtual().name("input-size").start(() -> {
            long[] total = {0};
            try {
                FileSource.walk(roots, new FileSource.Visitor() {
                    @Override
                    public void file(Path file) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new Stopped();
                        }
                        if (parsers.supports(file.toString())) {
                            total[0] += sizeOf(file);
                        }
                    }

                    @Override
                    public void refused(Path path, String reason) {
                        // The run itself reports it.
                    }
                });
                status.totalBytes.set(total[0]);
            } catch (IOException | Stopped e) {
                // A missing root fails the run itself; a stopped measure leaves the total unknown.
            }
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Ends the walk early once the run is over. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
