package dev.lede.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {

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
}
