package dev.lede.index.lucene;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The one line a person needs when an index folder, or a file a command reads or writes beside it, cannot be used:
 * what is wrong and what to do, no stack trace.
 */
public final class IndexProblems {

    private IndexProblems() {}

    /**
     * The line to show for {@code failure}, or its causes, when it is a problem with the index folder or another path
     * on disk.
     */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<String> line = describeOne(cause);
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describeOne(Throwable cause) {
        if (cause instanceof IndexLockedException locked) {
            return Optional.of(locked.getMessage());
        }
        if (cause instanceof LockObtainFailedException) {
            return Optional.of("the index is being written by another process (it holds write.lock); wait for it to"
                    + " finish or stop it, then try again");
        }
        if (cause instanceof CorruptIndexException
                || cause instanceof IndexFormatTooOldException
                || cause instanceof IndexFormatTooNewException) {
            return Optional.of("the index is damaged or was written by another version of Lede; rebuild it with"
                    + " 'lede index --rebuild' (" + firstLine(cause.getMessage()) + ")");
        }
        if (isDiskFull(cause)) {
            return Optional.of("the disk is full: what was read since the last commit was not saved, and the index"
                    + " still holds its last commit intact; free some space and index again");
        }
        if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException) {
            return Optional.of("cannot write to " + path(cause) + ": it is read-only for this user");
        }
        if (cause instanceof UnusableIndexFolderException folder) {
            return Optional.of(folder.getMessage());
        }
        if (cause instanceof FileSystemException files) {
            return Optional.of(describePath(files));
        }
        return Optional.empty();
    }

    /**
     * The index folder itself cannot be created or opened: the message says so. Thrown where the index is opened,
     * so that a path that is not the index folder (an export's output, a rejects file) is never called one.
     */
    public static final class UnusableIndexFolderException extends IOException {
        UnusableIndexFolderException(Path indexDir, FileSystemException cause) {
            super(
                    "cannot use " + indexDir + " as an index folder: "
                            + (cause.getFile() == null
                                            || Path.of(cause.getFile()).equals(indexDir)
                                    ? ""
                                    : cause.getFile() + " ")
                            + reason(cause, "it is not a folder"),
                    cause);
        }
    }

    /** Any other path (an output file, a rejects file): named with what is wrong with it, in plain words. */
    private static String describePath(FileSystemException files) {
        String file = files.getFile();
        if (files instanceof NoSuchFileException) {
            Path parent = file == null ? null : Path.of(file).toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? "cannot open " + file + ": its folder " + parent + " does not exist"
                    : "cannot open " + file + ": it does not exist";
        }
        if (files instanceof FileAlreadyExistsException) {
            return "cannot create " + file + ": a file of that name is in the way";
        }
        if (file != null && Files.isDirectory(Path.of(file))) {
            return "cannot open " + file + " as a file: it is a folder";
        }
        return "cannot open " + file + ": " + reason(files, "unknown reason");
    }

    private static String reason(FileSystemException e, String otherwise) {
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        return e.getReason() == null ? otherwise : e.getReason();
    }

    private static boolean isDiskFull(Throwable cause) {
        return cause instanceof IOException
                && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("no space left");
    }

    private static String path(Throwable cause) {
        return cause instanceof FileSystemException files ? files.getFile() : "the index folder";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.lines().findFirst().orElse("");
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
