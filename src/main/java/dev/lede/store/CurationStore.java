package dev.lede.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The curation log of an index, kept as {@code curation.json} beside it so that it survives restarts and travels with
 * the index. Changes apply at search time, so nothing is re-indexed; a change written by another process (the CLI
 * while the server runs) is picked up at the next read. Ids only grow: an undone change's id is never given again.
 */
public final class CurationStore {

    public static final String FILE_NAME = "curation.json";

    private static final TypeReference<List<CurationChange>> CHANGES = new TypeReference<>() {};

    /**
     * What the file holds.
     *
     * @param lastId the highest id ever given, undone changes included
     */
    record Log(long lastId, List<CurationChange> changes) {
        static final Log EMPTY = new Log(0, List.of());

        Log {
            changes = List.copyOf(changes);
            lastId = Math.max(
                    lastId, changes.stream().mapToLong(CurationChange::id).max().orElse(0));
        }
    }

    private record Snapshot(Log log, EntityAliases aliases) {}

    private final JsonFileStore<Log> store;
    private Snapshot snapshot = new Snapshot(Log.EMPTY, EntityAliases.NONE);

    public CurationStore(Path indexDir) {
        this(indexDir, Clock.systemUTC());
    }

    CurationStore(Path indexDir, Clock clock) {
        this.store = new JsonFileStore<>(indexDir.resolve(FILE_NAME), CurationStore::read, Log.EMPTY, clock);
    }

    public synchronized List<CurationChange> log() {
        return current().log().changes();
    }

    public synchronized EntityAliases aliases() {
        return current().aliases();
    }

    /** Appends a change and saves the log; @throws StoreFailure when it could not be saved */
    public synchronized CurationChange apply(CurationAction action, FacetField field, String value, String target) {
        CurationChange[] made = new CurationChange[1];
        store.update(log -> {
            made[0] = new CurationChange(
                    log.lastId() + 1,
                    Instant.now(),
                    action,
                    field,
                    value.strip(),
                    target == null ? null : target.strip());
            List<CurationChange> changes = new ArrayList<>(log.changes());
            changes.add(made[0]);
            return new Log(made[0].id(), changes);
        });
        return made[0];
    }

    /** Removes change {@code id} from the log, as if it had never been made; empty when there is no such change. */
    public synchronized Optional<CurationChange> undo(long id) {
        List<CurationChange> undone = new ArrayList<>();
        store.update(log -> {
            List<CurationChange> changes = new ArrayList<>(log.changes());
            changes.stream().filter(change -> change.id() == id).findFirst().ifPresent(undone::add);
            changes.removeAll(undone);
            return new Log(log.lastId(), changes);
        });
        return undone.stream().findFirst();
    }

    private Snapshot current() {
        Log log = store.read();
        if (log != snapshot.log()) {
            snapshot = new Snapshot(log, new EntityAliases(log.changes()));
        }
        return snapshot;
    }

    /** The current object form, or the bare array of changes older versions wrote. */
    private static Log read(ObjectMapper json, byte[] content) throws IOException {
        JsonNode tree = json.readTree(content);
        if (tree != null && tree.isArray()) {
            return new Log(0, json.convertValue(tree, CHANGES));
        }
        if (tree == null || !tree.isObject() || !tree.path("changes").isArray()) {
            throw new IOException("not a curation log");
        }
        return new Log(tree.path("lastId").asLong(0), json.convertValue(tree.get("changes"), CHANGES));
    }
}
