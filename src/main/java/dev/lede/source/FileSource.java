package dev.lede.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles on disk: files named directly and every file below the folders named, in a stable order. Folders are listed
 * one at a time as the walk reaches them, so a million files never sit in one list; a file is only handed on, never
 * read here. A symbolic link is followed only when it stays inside the folder being walked, and a folder or link that
 * cannot be listed is reported to the visitor while the walk goes on.
 */
public final class FileSource {

    /** What the walk finds, in order. */
    public interface Visitor {

        /** A regular file to read. */
        void file(Path file);

        /** A path left out, with the reason: an unreadable folder, a link out of the input folder, a device. */
        void refused(Path path, String reason);
    }

    private FileSource() {}

    /**
     * Walks {@code roots} in order: a file root is handed on as is, a folder root recursively, sorted by name,
     * skipping hidden files and folders.
     *
     * @throws NoSuchFileException when a root does not exist (before anything is visited)
     */
    public static void walk(List<Path> roots, Visitor visitor) throws NoSuchFileException {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
        }
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walkRoot(root, visitor);
            } else if (Files.isRegularFile(root)) {
                visitor.file(root);
            } else {
                visitor.refused(root, "not a regular file");
            }
        }
    }

    /** Every file {@link #walk} would visit, as a list; for small inputs and tests. */
    public static List<Path> files(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        walk(roots, new Visitor() {
            @Override
            public void file(Path file) {
                files.add(file);
            }

            @Override
            public void refused(Path path, String reason) {
                // Left out, as in walk; a caller that wants the reasons walks itself.
            }
        });
        return files;
    }

    public static SourceDocument read(Path file) throws IOException {
        return new SourceDocument(file.toString(), Files.readAllBytes(file));
    }

    private static void walkRoot(Path root, Visitor visitor) {
        try {
            walkFolder(root.toRealPath(), root, visitor);
        } catch (IOException e) {
            visitor.refused(root, "cannot be listed (" + describe(e) + ")");
        }
    }

    private static void walkFolder(Path realRoot, Path folder, Visitor visitor) {
        List<Path> entries;
        try {
            entries = sortedEntries(folder);
        } catch (IOException e) {
            visitor.refused(folder, "folder cannot be listed (" + describe(e) + ")");
            return;
        }
        for (Path entry : entries) {
            if (!entry.getFileName().toString().startsWith(".")) {
                visitEntry(realRoot, entry, visitor);
            }
        }
    }

    private static void visitEntry(Path realRoot, Path entry, Visitor visitor) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                visitLink(realRoot, entry, visitor);
            } else if (attributes.isDirectory()) {
                walkFolder(realRoot, entry, visitor);
            } else if (attributes.isRegularFile()) {
                visitor.file(entry);
            } else {
                visitor.refused(entry, "not a regular file");
            }
        } catch (IOException e) {
            visitor.refused(entry, "cannot be read (" + describe(e) + ")");
        }
    }

    /** A link to a file inside the input folder is read; links out of it, and links to folders (loops), are not. */
    private static void visitLink(Path realRoot, Path link, Visitor visitor) throws IOException {
        Path target = link.toRealPath();
        if (!target.startsWith(realRoot)) {
            visitor.refused(link, "symbolic link to " + target + ", outside the input folder; not followed");
        } else if (Files.isRegularFile(target)) {
            visitor.file(link);
        } else {
            visitor.refused(link, "symbolic link to a folder; not followed");
        }
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (e) {
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "broken link or vanished";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
