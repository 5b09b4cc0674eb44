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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /**
     * Merges and renames in force that lead back to where they started, as a log written before {@link #check} refused
     * them may hold: {@code ignored}, the latest change on the loop, is left out so that the others apply.
     *
     * @param changes every change on the loop, oldest first
     */
    public record Loop(CurationChange ignored, List<CurationChange> changes) {

        public Loop {
            changes = List.copyOf(changes);
        }

        /** One line that names the change left out and the changes it would loop with. */
        public String describe() {
            return named(ignored) + " is ignored: it closes a loop with "
                    + changes.stream()
                            .filter(change -> !change.equals(ignored))
                            .map(CurationStore::named)
                            .collect(Collectors.joining(", "))
                    + "; undo one of them to settle it";
        }
    }

    private record Snapshot(Log log, List<CurationChange> inForce, List<Loop> loops, EntityAliases aliases) {}

    private static final Logger LOG = LoggerFactory.getLogger(CurationStore.class);

    private final Path file;
    private final JsonFileStore<Log> store;
    private Snapshot snapshot = new Snapshot(Log.EMPTY, List.of(), List.of(), EntityAliases.NONE);

    public CurationStore(Path indexDir) {
        this(indexDir, Clock.systemUTC());
    }

    CurationStore(Path indexDir, Clock clock) {
        this.file = indexDir.resolve(FILE_NAME);
        this.store = new JsonFileStore<>(file, CurationStore::read, Log.EMPTY, clock);
    }

    /** The changes in force, oldest first: every change in the file but those {@link #loops} leave out. */
    public synchronized List<CurationChange> log() {
        return current().inForce();
    }

    /** The loops of merges and renames the file holds, each with the change left out to break it; usually none. */
    public synchronized List<Loop> loops() {
        return current().loops();
    }

    public synchronized EntityAliases aliases() {
        return current().aliases();
    }

    /**
     * Appends a change and saves the log, once {@link #check checked} against the log as it is on disk.
     *
     * @throws InvalidEntry naming the field at fault when the change cannot be made (see {@link #check})
     * @throws StoreFailure when it could not be saved
     */
    public synchronized CurationChange apply(CurationAction action, FacetField field, String value, String target) {
        String cleanValue = value == null ? "" : value.strip();
        String cleanTarget = target == null || target.isBlank() ? null : target.strip();
        CurationChange[] made = new CurationChange[1];
        store.update(log -> {
            check(log.changes(), action, field, cleanValue, cleanTarget);
            made[0] = new CurationChange(log.lastId() + 1, Instant.now(), action, field, cleanValue, cleanTarget);
            List<CurationChange> changes = new ArrayList<>(log.changes());
            changes.add(made[0]);
            return new Log(made[0].id(), changes);
        });
        return made[0];
    }

    /**
     * The rules every change obeys, from the CLI and the API alike: a value to change; a target for merge and rename
     * only, other than the value itself; and no merge or rename that would lead back to its own value through the
     * changes in force (a cycle leaves no name to show, so neither change would work).
     *
     * @param value stripped
     * @param target stripped, or {@code null} when none was given
     * @throws InvalidEntry naming {@code value} or {@code target}
     */
    static void check(List<CurationChange> log, CurationAction action, FacetField field, String value, String target) {
        if (value.isEmpty()) {
            throw new InvalidEntry("value", "value must name the facet value to change");
        }
        if (!action.needsTarget()) {
            if (target != null) {
                throw new InvalidEntry(
                        "target", action.label() + " takes no target, only the value to " + action.label());
            }
            return;
        }
        if (target == null) {
            throw new InvalidEntry("target", action.label() + " needs a target: the value to become");
        }
        if (target.equals(value)) {
            throw new InvalidEntry(
                    "target", "cannot " + action.label() + " '" + value + "' " + into(action) + " itself");
        }
        List<CurationChange> path = pathFrom(log, field, target, value);
        if (!path.isEmpty()) {
            throw new InvalidEntry(
                    "target",
                    "cannot " + action.label() + " '" + value + "' " + into(action) + " '" + target
                            + "': it would form a cycle with "
                            + path.stream().map(CurationStore::named).collect(Collectors.joining(", "))
                            + "; undo " + (path.size() == 1 ? "it" : "one of them") + " first");
        }
    }

    /**
     * The changes in force (merges and renames, as {@link EntityAliases} replays them) that lead from {@code start}
     * to {@code end} in {@code field}, in order; empty when none do.
     */
    private static List<CurationChange> pathFrom(List<CurationChange> log, FacetField field, String start, String end) {
        Map<String, CurationChange> next = links(log, field);
        List<CurationChange> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String current = start; next.containsKey(current) && seen.add(current); ) {
            CurationChange hop = next.get(current);
            path.add(hop);
            current = hop.target();
            if (current.equals(end)) {
                return path;
            }
        }
        return List.of();
    }

    /** The merge or rename in force from each value of {@code field}, as {@link EntityAliases} replays the log. */
    private static Map<String, CurationChange> links(List<CurationChange> log, FacetField field) {
        Map<String, CurationChange> next = new LinkedHashMap<>();
        for (CurationChange change : log) {
            if (change.field() != field) {
                continue;
            }
            switch (change.action()) {
                case MERGE, RENAME -> {
                    if (!change.value().equals(change.target())) {
                        next.put(change.value(), change);
                    }
                }
                case SPLIT -> next.remove(change.value());
                case BLOCK -> {}
            }
        }
        return next;
    }

    /**
     * The loops among the merges and renames in force. Each value leads to at most one other, so following the links
     * from every value finds each loop once, and leaving out one change per loop breaks them all.
     */
    static List<Loop> findLoops(List<CurationChange> log) {
        List<Loop> loops = new ArrayList<>();
        for (FacetField field : FacetField.values()) {
            Map<String, CurationChange> next = links(log, field);
            Set<String> followed = new HashSet<>();
            for (String start : next.keySet()) {
                List<String> walk = new ArrayList<>();
                Set<String> onWalk = new HashSet<>();
                String current = start;
                while (next.containsKey(current) && !followed.contains(current) && onWalk.add(current)) {
                    walk.add(current);
                    current = next.get(current).target();
                }
                if (onWalk.contains(current)) {
                    List<CurationChange> loop = walk.subList(walk.indexOf(current), walk.size()).stream()
                            .map(next::get)
                            .sorted(Comparator.comparingLong(CurationChange::id))
                            .toList();
                    loops.add(new Loop(loop.getLast(), loop));
                }
                followed.addAll(walk);
            }
        }
        return loops;
    }

    private static String into(CurationAction action) {
        return action == CurationAction.MERGE ? "into" : "to";
    }

    private static String named(CurationChange change) {
        return "change #" + change.id() + " (" + change.action().label() + " " + change.value() + " → "
                + change.target() + ")";
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
            List<Loop> loops = findLoops(log.changes());
            List<CurationChange> inForce = log.changes();
            if (!loops.isEmpty()) {
                Set<CurationChange> ignored = new HashSet<>();
                loops.forEach(loop -> ignored.add(loop.ignored()));
                inForce = inForce.stream()
                        .filter(change -> !ignored.contains(change))
                        .toList();
                loops.forEach(loop -> LOG.warn("{}: {}", file, loop.describe()));
            }
            snapshot = new Snapshot(log, inForce, loops, new EntityAliases(inForce));
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
