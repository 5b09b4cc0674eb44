package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations on disk: cleaned on the way in, undoable, shared by writers at once, and a bad file set aside. */
class AnnotationStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path indexDir;

    @Test
    void tagsAreTrimmedAndTheSameTagInAnotherCaseIsKeptOnce() {
        AnnotationStore store = new AnnotationStore(indexDir);
        Annotation saved = store.put("a", false, List.of(" Lead ", "lead", "", "port"), "  note  ")
                .orElseThrow();
        assertEquals(List.of("Lead", "port"), saved.tags());
        assertEquals("note", saved.note());
        assertEquals(Set.of("a"), store.taggedWithAll(List.of("LEAD", "Port")));
    }

    @Test
    void anAnnotationThatSaysNothingRemovesTheOneThereWas() {
        AnnotationStore store = new AnnotationStore(indexDir);
        store.put("a", true, List.of(), "");
        assertEquals(Optional.empty(), store.put("a", false, List.of(), " "));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void tooManyOrTooLongTagsAndTooLongANoteAreRefusedAndChangeNothing() {
        AnnotationStore store = new AnnotationStore(indexDir);
        List<String> many = IntStream.rangeClosed(0, AnnotationStore.MAX_TAGS)
                .mapToObj(i -> "t" + i)
                .toList();
        assertThrows(IllegalArgumentException.class, () -> store.put("a", true, many, ""));
        assertThrows(
                IllegalArgumentException.class,
                () -> store.put("a", true, List.of("x".repeat(AnnotationStore.MAX_TAG_LENGTH + 1)), ""));
        assertThrows(
                IllegalArgumentException.class,
                () -> store.put("a", true, List.of(), "x".repeat(AnnotationStore.MAX_NOTE_LENGTH + 1)));
        assertTrue(store.all().isEmpty());
        assertTrue(Files.notExists(indexDir.resolve(AnnotationStore.FILE_NAME)));
    }

    @Test
    void undoGoesBackOneWriteAtATimeAndRemembersOnlyTheLatestHundred() {
        AnnotationStore store = new AnnotationStore(indexDir);
        for (int i = 1; i <= AnnotationStore.HISTORY + 5; i++) {
            store.put("a", false, List.of(), "note " + i);
        }
        store.undo();
        assertEquals("note 104", store.get("a").orElseThrow().note());
        int undone = 1;
        while (store.undo().isPresent()) {
            undone++;
        }
        assertEquals(AnnotationStore.HISTORY, undone);
        assertEquals("note 5", store.get("a").orElseThrow().note());
    }

    @Test
    void aFileWrittenByAnotherProcessIsReadAtTheNextCall() throws Exception {
        AnnotationStore server = new AnnotationStore(indexDir);
        assertTrue(server.all().isEmpty());
        new AnnotationStore(indexDir).put("b", true, List.of("cli"), "");
        Files.setLastModifiedTime(
                indexDir.resolve(AnnotationStore.FILE_NAME),
                FileTime.from(Instant.now().plusSeconds(5)));
        Map<String, Annotation> seen = server.all();
        assertEquals(Set.of("b"), seen.keySet());
        assertEquals(Set.of("b"), server.starred());
    }

    @Test
    void writersInSeveralStoresAtOnceLoseNoAnnotationAndEveryWriteCanBeUndone() throws Exception {
        int writers = 4;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "w" + w + "-";
                done.add(pool.submit(() -> {
                    AnnotationStore own = new AnnotationStore(indexDir);
                    IntStream.range(0, each).forEach(i -> own.put(prefix + i, true, List.of(prefix), ""));
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        AnnotationStore store = new AnnotationStore(indexDir);
        assertEquals(writers * each, store.all().size());
        assertEquals(writers * each, store.starred().size());
        IntStream.range(0, writers * each).forEach(i -> assertTrue(store.undo().isPresent()));
        assertTrue(store.all().isEmpty(), "each write was remembered once, so undoing them all leaves nothing");
    }

    @Test
    void writersInThreeProcessesLoseNoAcknowledgedAnnotation() throws Exception {
        List<Process> children = List.of(child("left-"), child("right-"));
        AnnotationStore here = new AnnotationStore(indexDir);
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            here.put("here-" + i, true, List.of(), "");
            acknowledged.add("here-" + i);
        }
        for (Process child : children) {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().map(String::strip).forEach(acknowledged::add);
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        }
        assertEquals(180, acknowledged.size());
        assertEquals(acknowledged, new AnnotationStore(indexDir).all().keySet());
    }

    @Test
    void aCorruptFileIsSetAsideAndTheStoreStartsAgainEmpty() throws IOException {
        Path file = indexDir.resolve(AnnotationStore.FILE_NAME);
        Files.writeString(file, "{\"annotations\":{\"a\":{\"articleId\":\"a\",\"star");
        AnnotationStore store = new AnnotationStore(indexDir, CLOCK);
        assertTrue(store.all().isEmpty());
        Path aside = indexDir.resolve(AnnotationStore.FILE_NAME + ".corrupt-20261130T063000000Z");
        assertTrue(Files.exists(aside), "the corrupt file is kept for a person to look at");
        store.put("b", true, List.of(), "");
        assertEquals(Set.of("b"), new AnnotationStore(indexDir).all().keySet());
    }

    @Test
    void aWriteThatCannotBeSavedIsReportedAndNotApplied() throws IOException {
        AnnotationStore store = new AnnotationStore(indexDir);
        store.put("a", true, List.of(), "");
        // Nothing can be written where a folder stands in place of the temporary file (permissions do not stop root).
        Files.createDirectories(
                indexDir.resolve(AnnotationStore.FILE_NAME + ".tmp").resolve("blocker"));
        assertThrows(StoreFailure.class, () -> store.put("b", true, List.of(), ""));
        assertEquals(Set.of("a"), store.all().keySet());
        assertEquals(Set.of("a"), new AnnotationStore(indexDir).all().keySet());
    }

    private Process child(String prefix) throws IOException {
        return StoreWriterProcess.launch(AnnotationWriterProcess.class, indexDir.toString(), "60", prefix);
    }
}
