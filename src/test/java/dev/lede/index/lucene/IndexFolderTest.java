package dev.lede.index.lucene;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders a reader may open as an index, and what it says about the others. */
class IndexFolderTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsNotAnIndex() {
        Path missing = folder.resolve("indx");
        var e = assertThrows(IndexInfo.NotAnIndexException.class, () -> IndexInfo.requireReadable(missing));
        assertTrue(e.getMessage().contains("No index at " + missing), e.getMessage());
        assertTrue(Files.notExists(missing), "checking must not create the folder");
    }

    @Test
    void aFileIsNotAnIndex() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        var e = assertThrows(IndexInfo.NotAnIndexException.class, () -> IndexInfo.requireReadable(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void aFolderOfOtherFilesIsNotAnIndexAndTheMessageNamesSomeOfThem() throws Exception {
        for (String name : new String[] {"a.txt", "b.json", "c.html", "d.txt"}) {
            Files.writeString(folder.resolve(name), "x");
        }
        var e = assertThrows(IndexInfo.NotAnIndexException.class, () -> IndexInfo.requireReadable(folder));
        assertTrue(e.getMessage().contains("is not a Lede index (it holds a.txt, b.json, c.html, …)"), e.getMessage());
        assertTrue(Files.notExists(folder.resolve("write.lock")));
    }

    @Test
    void aWriterMayCreateAMissingFolderFillAnEmptyOneOrReuseAnIndexButNotUseAFolderOfOtherFiles() throws Exception {
        assertDoesNotThrow(() -> IndexInfo.requireWritable(folder.resolve("new")));
        assertDoesNotThrow(() -> IndexInfo.requireWritable(folder));
        Files.writeString(folder.resolve("rejects.jsonl"), "");
        assertDoesNotThrow(() -> IndexInfo.requireWritable(folder), "Lede's side files alone are no foreign files");
        Files.writeString(folder.resolve("notes.md"), "x");
        var e = assertThrows(IndexInfo.NotAnIndexException.class, () -> IndexInfo.requireWritable(folder));
        assertTrue(e.getMessage().contains("is not a Lede index (it holds notes.md)"), e.getMessage());
        Path index = Files.createDirectory(folder.resolve("index"));
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.commit();
        }
        Files.writeString(index.resolve("notes.md"), "x");
        assertDoesNotThrow(() -> IndexInfo.requireWritable(index), "an index with a stray file is still an index");
    }

    @Test
    void anEmptyFolderAndOneWithOnlyLedesSideFilesReadAsAnEmptyIndex() throws Exception {
        assertDoesNotThrow(() -> IndexInfo.requireReadable(folder));
        Files.writeString(folder.resolve("curation.json"), "[]");
        assertDoesNotThrow(() -> IndexInfo.requireReadable(folder));
    }

    @Test
    void aCheckoutsHiddenPlaceholderAndTheStoresLockAndSetAsideFilesAreNotForeign() throws Exception {
        for (String name : List.of(
                ".gitkeep",
                "annotations.json",
                "rejects.jsonl",
                "enrichment.json",
                "curation.json.lock",
                "saved-searches.json.corrupt-20261130T062154918Z")) {
            Files.writeString(folder.resolve(name), "");
        }
        assertDoesNotThrow(() -> IndexInfo.requireReadable(folder));
        Files.writeString(folder.resolve("notes.json.lock"), "");
        assertThrows(IndexInfo.NotAnIndexException.class, () -> IndexInfo.requireReadable(folder));
    }

    @Test
    void anIndexWhoseFirstRunHasNotCommittedYetIsReadable() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(folder)) {
            Files.writeString(folder.resolve("stray.txt"), "x");
            assertDoesNotThrow(() -> IndexInfo.requireReadable(folder));
        }
    }

    @Test
    void aCommittedIndexIsReadable() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(folder)) {
            writer.commit();
        }
        Files.delete(folder.resolve("write.lock"));
        assertDoesNotThrow(() -> IndexInfo.requireReadable(folder));
    }
}
