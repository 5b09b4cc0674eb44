package dev.lede.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading the word lists the query analyzer's synonym files are derived from, and those files. */
final class WordLists {

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");

    private WordLists() {}

    /** The words of a list, one a line, that are written in lower case only (no names, no apostrophes). */
    static Set<String> lowerCaseWords(Path file) throws IOException {
        return wordsMatching(file, LOWER_CASE_WORD);
    }

    /** The words of a list, one a line, that {@code word} matches whole. */
    static Set<String> wordsMatching(Path file, Pattern word) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .filter(line -> word.matcher(line).matches())
                    .collect(Collectors.toSet());
        }
    }

    /** A resource of this package as written. */
    static String resourceText(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** The lines of a synonym file of this package that say something: not blank, no comment; stripped. */
    static List<String> entries(String name) {
        return resourceText(name)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(String::strip)
                .toList();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(WordLists.class.getResourceAsStream(name), name + " is missing");
    }
}
