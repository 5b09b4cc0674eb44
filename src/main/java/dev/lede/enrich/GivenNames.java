package dev.lede.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commonest English given names (some six hundred), as the lists CoreNLP's models jar ships for its gender
 * annotator hold them. A word on these lists is more often the start of a person's name than the whole of it.
 */
final class GivenNames {

    private static final List<String> LISTS = List.of(
            "edu/stanford/nlp/models/gender/male_first_names.txt",
            "edu/stanford/nlp/models/gender/female_first_names.txt");

    private static final Set<String> NAMES = load();

    private GivenNames() {}

    /** Whether the word, in any case, is a common given name. */
    static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String list : LISTS) {
            try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("the CoreNLP models jar has no " + list);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + list, e);
            }
        }
        return Set.copyOf(names);
    }
}
