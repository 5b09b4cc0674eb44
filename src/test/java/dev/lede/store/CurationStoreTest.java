package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.FacetField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The curation log on disk: ids only grow, writers in several processes lose nothing, and a bad file is set aside. */
class CurationStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T05:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path indexDir;

    @Test
    void anUndoneChangesIdIsNeverGivenAgain() {
        CurationStore store = new CurationStore(indexDir);
        block(store, "A");
        long second = block(store, "B").id();
        store.undo(second);
        assertEquals(second + 1, block(new CurationStore(indexDir), "C").id());
    }

    @Test
    void aLogWrittenByAnOlderVersionAsABareArrayIsRead() throws IOException {
        Files.writeString(
                indexDir.resolve(CurationStore.FILE_NAME),
                "[{\"id\":4,\"at\":\"2025-01-01T00:00:00Z\",\"action\":\"BLOCK\",\"field\":\"PERSON\",\"value\":\"X\"}]");
        CurationStore store = new CurationStore(indexDir);
        assertEquals(List.of(4L), ids(store.log()));
        assertEquals(5, block(store, "Y").id());
    }

    @Test
    void aCorruptLogIsSetAsideAndTheStoreStartsAgainEmpty() throws IOException {
        Path file = indexDir.resolve(CurationStore.FILE_NAME);
        Files.writeString(file, "{\"lastId\":3,\"changes\":[{\"id\":1,\"act");
        CurationStore store = new CurationStore(indexDir, CLOCK);
        assertEquals(List.of(), store.log());
        Path aside = indexDir.resolve(CurationStore.FILE_NAME + ".corrupt-20261130T053000000Z");
        assertTrue(Files.exists(aside), "the corrupt file is kept for a person to look at");
        assertEquals(1, block(store, "A").id());
        assertEquals(1, store.log().size());
    }

    @Test
    void aTornTemporaryFileFromAKilledWriterChangesNothing() throws IOException {
        block(new CurationStore(indexDir), "A");
        Files.writeString(indexDir.resolve(CurationStore.FILE_NAME + ".tmp"), "{\"lastId\":1,\"chan");
        CurationStore store = new CurationStore(indexDir);
        assertEquals(1, store.log().size());
        assertEquals(2, block(store, "B").id());
        assertEquals(List.of(1L, 2L), ids(new CurationStore(indexDir).log()));
    }

    @Test
    void aChangeThatCannotBeSavedIsReportedAndNotApplied() throws IOException {
        CurationStore store = new CurationStore(indexDir);
        block(store, "A");
        // Nothing can be written where a folder stands in place of the temporary file (permissions do not stop root).
        Files.createDirectories(
                indexDir.resolve(CurationStore.FILE_NAME + ".tmp").resolve("blocker"));
        assertThrows(StoreFailure.class, () -> block(store, "B"));
        assertEquals(1, new CurationStore(indexDir).log().size());
    }

    @Test
    void writersInThreeProcessesLoseNoAcknowledgedChangeAndShareNoId() throws Exception {
        List<Process> children = List.of(child(150, "left"), child(150, "right"));
        CurationStore here = new CurationStore(indexDir);
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            acknowledged.add(block(here, "here " + i).id());
        }
        for (Process child : children) {
            acknowledged.addAll(printedIds(child));
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        }
        List<Long> logged = ids(new CurationStore(indexDir).log());
        assertEquals(450, logged.size());
        assertEquals(450, new HashSet<>(logged).size(), "ids are unique");
        assertEquals(new HashSet<>(acknowledged), new HashSet<>(logged));
    }

    @Test
    void aWriterKilledMidWayLeavesAReadableLogWithEveryAcknowledgedChange() throws Exception {
        Process child = child(100_000, "killed");
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < 40) {
                acknowledged.add(Long.parseLong(out.readLine().strip()));
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        CurationStore store = new CurationStore(indexDir);
        Set<Long> logged = new HashSet<>(ids(store.log()));
        assertTrue(logged.containsAll(acknowledged), "every acknowledged change is on disk");
        try (Stream<Path> files = Files.list(indexDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".corrupt-")), "no corrupt log");
        }
        long next = block(store, "after").id();
        assertTrue(logged.stream().allMatch(id -> id < next));
    }

    @Test
    void aMergeBackIntoItsOwnAliasIsRefusedNamingTheChangeItWouldUndoAndNothingIsSaved() {
        CurationStore store = new CurationStore(indexDir);
        CurationChange first = merge(store, "Anna Berg", "Carl Dahl");

        InvalidEntry refused = assertThrows(InvalidEntry.class, () -> merge(store, "Carl Dahl", "Anna Berg"));

        assertEquals("target", refused.parameter());
        assertTrue(
                refused.getMessage().contains("cycle with change #1 (merge Anna Berg → Carl Dahl)"),
                refused.getMessage());
        assertEquals(List.of(first), new CurationStore(indexDir).log());
        assertEquals(
                "Carl Dahl", store.aliases().canonical(FacetField.PERSON, "Anna Berg"), "the first merge still works");
    }

    @Test
    void aCycleThroughSeveralMergesAndRenamesNamesEachOfThem() {
        CurationStore store = new CurationStore(indexDir);
        merge(store, "A", "B");
        store.apply(CurationAction.RENAME, FacetField.PERSON, "B", "C");

        InvalidEntry refused =
                assertThrows(InvalidEntry.class, () -> store.apply(CurationAction.RENAME, FacetField.PERSON, "C", "A"));

        assertTrue(
                refused.getMessage().contains("change #1 (merge A → B), change #2 (rename B → C)"),
                refused.getMessage());
        assertEquals(2, store.log().size());
    }

    @Test
    void aMergeThatOnlyLooksCircularIsAccepted() {
        CurationStore store = new CurationStore(indexDir);
        long first = merge(store, "Anna Berg", "Carl Dahl").id();
        merge(store, "Anna Berg", "Carl Dahl");
        store.apply(CurationAction.MERGE, FacetField.ORG, "Carl Dahl", "Anna Berg");
        store.undo(first);
        store.undo(first + 1);

        merge(store, "Carl Dahl", "Anna Berg");
        store.apply(CurationAction.SPLIT, FacetField.PERSON, "Carl Dahl", null);
        merge(store, "Anna Berg", "Carl Dahl");

        assertEquals("Carl Dahl", store.aliases().canonical(FacetField.PERSON, "Anna Berg"));
        assertEquals("Anna Berg", store.aliases().canonical(FacetField.ORG, "Carl Dahl"), "another field is apart");
    }

    @Test
    void aLoopInAnOldLogIsReportedAndItsLatestChangeIsIgnoredUntilOneIsUndone() throws IOException {
        OldCurationLogs.write(
                indexDir,
                OldCurationLogs.merge(FacetField.PERSON, "Anna Berg", "Carl Dahl"),
                new OldCurationLogs.Entry(CurationAction.BLOCK, FacetField.PERSON, "X", null),
                new OldCurationLogs.Entry(CurationAction.RENAME, FacetField.PERSON, "Carl Dahl", "Anna Berg"),
                OldCurationLogs.merge(FacetField.ORG, "Carl Dahl", "Anna Berg"));
        Logger storeLog = (Logger) LoggerFactory.getLogger(CurationStore.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        storeLog.addAppender(logged);
        CurationStore store = new CurationStore(indexDir);
        try {
            assertEquals(List.of(1L, 2L, 4L), ids(store.log()));
        } finally {
            storeLog.detachAppender(logged);
        }

        CurationStore.Loop loop = store.loops().getFirst();
        assertEquals(1, store.loops().size());
        assertEquals(3, loop.ignored().id());
        assertEquals(List.of(1L, 3L), ids(loop.changes()));
        String expected = "change #3 (rename Carl Dahl → Anna Berg) is ignored: it closes a loop with change #1"
                + " (merge Anna Berg → Carl Dahl)";
        assertTrue(loop.describe().startsWith(expected), loop.describe());
        assertEquals(
                List.of(Level.WARN),
                logged.list.stream().map(ILoggingEvent::getLevel).toList());
        assertTrue(logged.list.getFirst().getFormattedMessage().contains(expected), logged.list.toString());
        assertEquals("Carl Dahl", store.aliases().canonical(FacetField.PERSON, "Anna Berg"), "the earlier one applies");
        assertEquals("Carl Dahl", store.aliases().canonical(FacetField.PERSON, "Carl Dahl"));

        store.undo(1);

        assertEquals(List.of(), store.loops());
        assertEquals(List.of(2L, 3L, 4L), ids(store.log()));
        assertEquals("Anna Berg", store.aliases().canonical(FacetField.PERSON, "Carl Dahl"), "now nothing loops");
    }

    @Test
    void aLoopThatALaterSplitBrokeIsNoLoop() throws IOException {
        OldCurationLogs.writeLoop(
                indexDir,
                FacetField.PERSON,
                "A",
                "B",
                new OldCurationLogs.Entry(CurationAction.SPLIT, FacetField.PERSON, "A", null));
        CurationStore store = new CurationStore(indexDir);

        assertEquals(List.of(), store.loops());
        assertEquals(List.of(1L, 2L, 3L), ids(store.log()));
        assertEquals("A", store.aliases().canonical(FacetField.PERSON, "B"));
    }

    @Test
    void aSelfMergeAnEmptyValueAMissingTargetAndATargetOnBlockOrSplitAreRefused() {
        CurationStore store = new CurationStore(indexDir);
        assertEquals("target", refused(store, CurationAction.MERGE, "Anna Berg", " Anna Berg "));
        assertEquals("target", refused(store, CurationAction.RENAME, "Anna Berg", "Anna Berg"));
        assertEquals("value", refused(store, CurationAction.RENAME, "  ", "Carl Dahl"));
        assertEquals("value", refused(store, CurationAction.BLOCK, "", null));
        assertEquals("target", refused(store, CurationAction.MERGE, "Anna Berg", " "));
        assertEquals("target", refused(store, CurationAction.BLOCK, "Anna Berg", "Carl Dahl"));
        assertEquals("target", refused(store, CurationAction.SPLIT, "Anna Berg", "Carl Dahl"));
        assertEquals(List.of(), new CurationStore(indexDir).log());
        assertEquals(
                null,
                store.apply(CurationAction.BLOCK, FacetField.PERSON, "Anna Berg", " ")
                        .target(),
                "a blank target on block is no target");
    }

    private static String refused(CurationStore store, CurationAction action, String value, String target) {
        return assertThrows(InvalidEntry.class, () -> store.apply(action, FacetField.PERSON, value, target))
                .parameter();
    }

    private static CurationChange merge(CurationStore store, String value, String target) {
        return store.apply(CurationAction.MERGE, FacetField.PERSON, value, target);
    }

    private Process child(int count, String tag) throws IOException {
        return StoreWriterProcess.launch(StoreWriterProcess.class, indexDir.toString(), String.valueOf(count), tag);
    }

    private static List<Long> printedIds(Process child) throws IOException {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            return out.lines().map(String::strip).map(Long::parseLong).toList();
        }
    }

    private static CurationChange block(CurationStore store, String name) {
        return store.apply(CurationAction.BLOCK, FacetField.PERSON, name, null);
    }

    private static List<Long> ids(List<CurationChange> log) {
        return log.stream().map(CurationChange::id).toList();
    }
}
