package dev.lede.index;

import dev.lede.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Times {@link Fingerprints} against {@link MinHashFilterSignatures} over the sample article bodies, by hand (not a
 * test). From the repository root, after {@code mvn test-compile}: {@code mvn -q -o dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test && java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) dev.lede.index.MinHashFilterTiming [rounds]}. Warms up,
 * then prints five timed passes of {@code rounds} (200) over every body; quote the best of each.
 */
public final class MinHashFilterTiming {

    private MinHashFilterTiming() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<String> bodies =
                DuplicateTestSet.sampleArticles().stream().map(Article::body).toList();
        ToIntFunction<String> lede = body -> Fingerprints.of(body).orElseThrow().shingles();
        ToIntFunction<String> lucene = body -> MinHashFilterSignatures.of(body).size();
        time("warm-up Fingerprints", bodies, lede, rounds);
        time("warm-up MinHashFilter", bodies, lucene, rounds);
        for (int pass = 0; pass < 5; pass++) {
            time("Fingerprints", bodies, lede, rounds);
            time("MinHashFilter", bodies, lucene, rounds);
        }
    }

    private static void time(String name, List<String> bodies, ToIntFunction<String> signature, int rounds) {
        long start = System.nanoTime();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (String body : bodies) {
                sink += signature.applyAsInt(body);
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / ((double) rounds * bodies.size());
        System.out.printf(Locale.ROOT, "%-22s %8.1f µs per body (%d)%n", name, micros, sink);
    }
}
