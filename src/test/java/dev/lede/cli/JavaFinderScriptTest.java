package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/lib/java.sh}, which every script uses to find a JDK of version 21 or newer, on made-up JDK folders. */
class JavaFinderScriptTest {

    private static final SourcedScript SCRIPT = new SourcedScript("bin/lib/java.sh");

    @TempDir
    Path dir;

    @Test
    void aJdksVersionIsReadFromItsReleaseFileWithoutStartingIt() throws Exception {
        Path jdk = fakeJdk("jdk-21", "JAVA_VERSION=\"21.0.5\"\nIMPLEMENTOR=\"Someone\"\n", "22");

        assertEquals("21", SCRIPT.run("_lede_java_version " + jdk));
        assertFalse(Files.exists(jdk.resolve("started")), "the JDK's java was run to learn its version");
    }

    @Test
    void anOldStyleVersionNumberGivesItsFeatureVersion() throws Exception {
        Path jdk = fakeJdk("jdk-8", "JAVA_VERSION=\"1.8.0_392\"\n", "1.8");

        assertEquals("8", SCRIPT.run("_lede_java_version " + jdk));
    }

    @Test
    void aJdkWithoutAReleaseFileIsAskedForItsVersion() throws Exception {
        Path jdk = fakeJdk("jdk-custom", null, "22");

        assertEquals("22", SCRIPT.run("_lede_java_version " + jdk));
        assertTrue(Files.exists(jdk.resolve("started")));
    }

    @Test
    void javaHomeIsChosenWhenItIsNewEnough() throws Exception {
        Path jdk = fakeJdk("jdk-23", "JAVA_VERSION=\"23\"\n", "23");

        assertEquals(jdk.toString(), SCRIPT.run("JAVA_HOME=" + jdk + "; lede_find_java && echo \"$JAVA_HOME\""));
    }

    @Test
    void aJavaHomeTooOldIsPassedOverForTheJavaOnThePath() throws Exception {
        Path old = fakeJdk("jdk-17", "JAVA_VERSION=\"17.0.15\"\n", "17");
        Path current = fakeJdk("jdk-25", "JAVA_VERSION=\"25.0.3\"\n", "25");

        String chosen = SCRIPT.run("JAVA_HOME=" + old + "; PATH=" + current.resolve("bin") + ":$PATH; "
                + "lede_find_java && echo \"$JAVA_HOME\"");

        assertEquals(current.toRealPath().toString(), chosen);
    }

    /**
     * A folder shaped like a JDK: {@code bin/java} prints {@code asked} as its specification version (and leaves a
     * file named {@code started} behind), {@code bin/javac} exists, and {@code release} holds {@code release} if given.
     */
    private Path fakeJdk(String name, String release, String asked) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path bin = Files.createDirectories(home.resolve("bin"));
        executable(
                bin.resolve("java"),
                "#!/bin/sh\ntouch '" + home.resolve("started") + "'\n" + "echo '    java.specification.version = "
                        + asked + "' >&2\n");
        executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
