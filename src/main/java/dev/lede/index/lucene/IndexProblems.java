package dev.lede.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/** The one line a person needs when an index folder cannot be used: what is wrong and what to do, no stack trace. */
public final class IndexProblems {

    private IndexProblems() {}

    /** The line to show for {@code failure}, or its causes, when it is a problem with the index folder. */
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
        if (cause instanceof FileSystemException files && !(cause instanceof UncheckedIOException)) {
            return Optional.of("cannot use " + files.getFile() + " as an index folder: "
                    + (files.getReason() == null ? "it is not a folder" : files.getReason()));
        }
        return Optional.empty();
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
