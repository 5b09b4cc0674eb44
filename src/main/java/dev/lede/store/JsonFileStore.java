package dev.lede.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON document in a file beside the index, shared by the processes that use the index (the server and the
 * CLI). Every change is made under an exclusive lock on a {@code .lock} file, from what is on disk at that moment,
 * and written to a temporary file that then replaces the real one in one move: a reader sees the old document or the
 * new, never half of one, and a change is acknowledged only once it is on disk. A file that cannot be read as the
 * document is renamed {@code <name>.corrupt-<time>}, reported, and the store starts again from empty.
 *
 * @param <T> the document kept in the file
 */
final class JsonFileStore<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonFileStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final DateTimeFormatter CORRUPT_SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    /** File locks belong to the whole JVM, so threads of one process take turns on this first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Reads the document from the JSON tree of the file; throws when it is not one. */
    interface Reader<T> {
        T read(ObjectMapper json, byte[] content) throws IOException;
    }

    private final Path file;
    private final Path lockFile;
    private final Path temporary;
    private final Reader<T> reader;
    private final T empty;
    private final Clock clock;
    private Object cachedVersion;
    private T cached;

    JsonFileStore(Path file, Reader<T> reader, T empty, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
        this.reader = reader;
        this.empty = empty;
        this.clock = clock;
        this.cached = empty;
    }

    /** The document as last written by any process; re-read only when the file has changed. */
    synchronized T read() {
        Object version = version();
        if (!Objects.equals(version, cachedVersion)) {
            cached = version == null ? empty : load();
            cachedVersion = version();
        }
        return cached;
    }

    /**
     * Changes the document as {@code change} says, from its state on disk, under the lock.
     *
     * @return the document as written
     * @throws StoreFailure when the lock cannot be taken or the file cannot be written; nothing changed then
     */
    synchronized T update(UnaryOperator<T> change) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            cachedVersion = null;
            T current = Files.exists(file) ? load() : empty;
            T changed = change.apply(current);
            write(changed);
            cached = changed;
            cachedVersion = version();
            return changed;
        } catch (IOException e) {
            throw new StoreFailure("cannot save " + file + ": " + e.getMessage() + "; nothing was changed", e);
        } finally {
            local.unlock();
        }
    }

    private T load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty;
        } catch (IOException e) {
            throw new StoreFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return reader.read(JSON, content);
        } catch (IOException | RuntimeException e) {
            setAside(e);
            return empty;
        }
    }

    private void setAside(Exception problem) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + CORRUPT_SUFFIX.format(clock.instant()));
        String why = problem instanceof JsonProcessingException json ? json.getOriginalMessage() : problem.toString();
        try {
            Files.move(file, aside);
            LOG.error("{} could not be read ({}); it was moved to {} and an empty one is used", file, why, aside);
        } catch (IOException e) {
            throw new StoreFailure("cannot read " + file + " (" + why + ") nor move it aside: " + e.getMessage(), e);
        }
    }

    private void write(T document) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(temporary);
                FileChannel sync = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            JSON.writeValue(out, document);
            sync.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What identifies one version of the file: each write is a new file (a move), so its key changes. */
    private Object version() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return java.util.List.of(
                    String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            return null;
        }
    }
}
