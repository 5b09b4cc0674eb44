package dev.lede.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking input folders: sorted, hidden files left out, links kept inside, problems reported not fatal. */
class FileSourceTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private final List<Path> files = new ArrayList<>();
    private final Map<Path, String> refused = new LinkedHashMap<>();

    @Test
    void filesAreVisitedSortedFolderByFolderWithoutHiddenOnes() throws Exception {
        write("b.txt");
        write("a/z.json");
        write("a/y.txt");
        write(".git/config.json");
        write("a/.draft.txt");

        walk();

        assertEquals(List.of(root.resolve("a/y.txt"), root.resolve("a/z.json"), root.resolve("b.txt")), files);
        assertEquals(Map.of(), refused);
    }

    @Test
    void aLinkOutOfTheInputFolderIsReportedAndNotFollowed() throws Exception {
        Path secret = Files.writeString(elsewhere.resolve("passwd.txt"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(root.resolve("outside"), elsewhere);
        write("kept.txt");
        Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("kept.txt"));

        walk();

        assertEquals(List.of(root.resolve("alias.txt"), root.resolve("kept.txt")), files);
        assertTrue(refused.get(root.resolve("passwd.txt")).contains("outside the input folder"), refused.toString());
        assertTrue(refused.get(root.resolve("outside")).contains("outside the input folder"), refused.toString());
    }

    @Test
    void aBrokenLinkIsReportedAndTheWalkGoesOn() throws Exception {
        Files.createSymbolicLink(root.resolve("a-gone.txt"), root.resolve("nowhere.txt"));
        write("b.txt");

        walk();

        assertEquals(List.of(root.resolve("b.txt")), files);
        assertTrue(refused.containsKey(root.resolve("a-gone.txt")), refused.toString());
    }

    @Test
    void anUnreadableFolderIsReportedAndTheWalkGoesOn() throws Exception {
        write("a-locked/story.txt");
        write("b.txt");
        Path locked = root.resolve("a-locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
            walk();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }

        assertEquals(List.of(root.resolve("b.txt")), files);
        assertTrue(refused.get(locked).contains("cannot be listed"), refused.toString());
    }

    @Test
    void aMissingRootFailsBeforeAnythingIsVisited() throws Exception {
        write("b.txt");

        assertThrows(NoSuchFileException.class, () -> FileSource.walk(List.of(root, root.resolve("typo")), visitor()));
        assertEquals(List.of(), files);
    }

    private void walk() throws IOException {
        FileSource.walk(List.of(root), visitor());
    }

    private FileSource.Visitor visitor() {
        return new FileSource.Visitor() {
            @Override
            public void file(Path file) {
                files.add(file);
            }

            @Override
            public void refused(Path path, String reason) {
                refused.put(path, reason);
            }
        };
    }

    private void write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Harbour fees rise\n\nThe harbour board raised fees.");
    }
}
