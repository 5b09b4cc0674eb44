package dev.lede.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Articles on disk: files named directly and every file below the folders named, in a stable order. */
public final class FileSource {

    private FileSource() {}

    /**
     * Lists the regular files under {@code roots}, recursively and sorted, skipping hidden files and folders.
     *
     * @throws IOException when a root does not exist or a folder cannot be listed
     */
    public static List<Path> files(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> !isHidden(root, path))
                        .sorted()
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }

    public static SourceDocument read(Path file) throws IOException {
        return new SourceDocument(file.toString(), Files.readAllBytes(file));
    }

    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
