package dev.lede;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders for tests that outlive one test method (shared indexes, browser profiles, a SolrCloud's nodes),
 * deleted with everything in them when the test JVM ends, so that repeated runs do not fill the machine's {@code /tmp}.
 * A test method's own folder is JUnit's {@code @TempDir}.
 */
public final class ScratchDirs {

    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScratchDirs::deleteAll, "scratch-dirs-cleanup"));
    }

    private ScratchDirs() {}

    /** A new empty folder under the system's temporary folder, its name starting with {@code prefix}. */
    public static Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        CREATED.add(dir);
        return dir;
    }

    /** Deletes {@code dir} and everything in it now; what cannot be deleted is left for the end of the JVM. */
    public static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ScratchDirs::deleteOne);
        } catch (IOException | UncheckedIOException e) {
            // Already gone, or still in use by a process that ends with the JVM: deleteAll tries again.
        }
    }

    private static void deleteAll() {
        CREATED.forEach(ScratchDirs::delete);
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
