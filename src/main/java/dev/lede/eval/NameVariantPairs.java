package dev.lede.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code entities/name-variants.dev.csv}: {@code kind,a,b,same,note}, one pair of names a line, {@code same}
 * {@code yes} when both stand for one person, organisation or place. Fields hold no commas.
 */
public final class NameVariantPairs {

    /** One pair. */
    public record Pair(String kind, String a, String b, boolean same, String note) {}

    private static final String LEDES_OWN = "/dev/lede/eval/name-variants-lede.csv";

    private NameVariantPairs() {}

    public static List<Pair> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Lede's own pairs (a resource), written in five sets, each after the rules were fitted on the sets before it:
     * the note of each pair starts with its set ("set B: …"). EVALUATION.md, "Name variants beyond the dev file".
     */
    public static List<Pair> ledesOwn() {
        try (InputStream in = NameVariantPairs.class.getResourceAsStream(LEDES_OWN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LEDES_OWN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEDES_OWN, e);
        }
    }

    static List<Pair> parse(List<String> lines) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] fields = line.split(",", 5);
            if (fields.length < 4) {
                continue;
            }
            pairs.add(new Pair(
                    fields[0].strip(),
                    fields[1].strip(),
                    fields[2].strip(),
                    fields[3].strip().equalsIgnoreCase("yes"),
                    fields.length > 4 ? fields[4].strip() : ""));
        }
        return pairs;
    }
}
