package dev.lede.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The curation log of an index, kept as {@code curation.json} beside it so that it survives restarts and travels with
 * the index. Changes apply at search time, so nothing is re-indexed; a change written by another process (the CLI
 * while the server runs) is picked up at the next read.
 */
public final class CurationStore {

    public static final String FILE_NAME = "curation.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final TypeReference<List<CurationChange>> LOG_TYPE = new TypeReference<>() {};

    private final Path file;
    private Snapshot snapshot = new Snapshot(FileTime.fromMillis(0), List.of(), EntityAliases.NONE);

    public CurationStore(Path indexDir) {
        this.file = indexDir.resolve(FILE_NAME);
    }

    private record Snapshot(FileTime modified, List<CurationChange> log, EntityAliases aliases) {}

    public synchronized List<CurationChange> log() {
        return current().log();
    }

    public synchronized EntityAliases aliases() {
        return current().aliases();
    }

    /** Appends a change and saves the log. */
    public synchronized CurationChange apply(CurationAction action, FacetField field, String value, String target) {
        List<CurationChange> log = new ArrayList<>(current().log());
        long id = log.stream().mapToLong(CurationChange::id).max().orElse(0) + 1;
        CurationChange change = new CurationChange(
                id, Instant.now(), action, field, value.strip(), target == null ? null : target.strip());
        log.add(change);
        save(log);
        return change;
    }

    /** Removes change {@code id} from the log, as if it had never been made; empty when there is no such change. */
    public synchronized Optional<CurationChange> undo(long id) {
        List<CurationChange> log = new ArrayList<>(current().log());
        Optional<CurationChange> undone =
                log.stream().filter(change -> change.id() == id).findFirst();
        undone.ifPresent(change -> {
            log.remove(change);
            save(log);
        });
        return undone;
    }

    private Snapshot current() {
        try {
            if (!Files.exists(file)) {
                return snapshot.log().isEmpty() ? snapshot : (snapshot = empty());
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(snapshot.modified())) {
                List<CurationChange> log = JSON.readValue(file.toFile(), LOG_TYPE);
                snapshot = new Snapshot(modified, List.copyOf(log), new EntityAliases(log));
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the curation log " + file, e);
        }
    }

    private void save(List<CurationChange> log) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            JSON.writeValue(temporary.toFile(), log);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            snapshot = new Snapshot(Files.getLastModifiedTime(file), List.copyOf(log), new EntityAliases(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the curation log " + file, e);
        }
    }

    private static Snapshot empty() {
        return new Snapshot(FileTime.fromMillis(0), List.of(), EntityAliases.NONE);
    }
}
