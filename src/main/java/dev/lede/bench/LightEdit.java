package dev.lede.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Makes a near-duplicate of an earlier article, as a second outlet would run the same wire story: a few words swapped,
 * sometimes the last paragraph cut, another source, published within three days. The entities stay.
 */
final class LightEdit {

    /** About one word in this many is replaced: light enough that the copy stays a near-duplicate. */
    private static final int WORDS_PER_EDIT = 40;

    private static final long THREE_DAYS = 3L * 24 * 3600;

    private final NewsWorld world;

    LightEdit(NewsWorld world) {
        this.world = world;
    }

    GeneratedArticle copyOf(GeneratedArticle original, String id, SplittableRandom random) {
        return new GeneratedArticle(
                id,
                random.nextBoolean() ? original.title() : edited(original.title(), random),
                edited(trimmed(original, random), random),
                original.published().plusSeconds(random.nextLong(THREE_DAYS)),
                world.source(random),
                original.people(),
                original.places(),
                original.orgs());
    }

    /** Sometimes without its last paragraph, unless that is where a given entity is named. */
    private static String trimmed(GeneratedArticle original, SplittableRandom random) {
        String body = original.body();
        int lastParagraph = body.lastIndexOf("\n\n");
        if (lastParagraph < body.length() / 2 || random.nextInt(3) != 0) {
            return body;
        }
        String shorter = body.substring(0, lastParagraph);
        boolean keepsEveryEntity = Stream.of(original.people(), original.places(), original.orgs())
                .flatMap(List::stream)
                .allMatch(shorter::contains);
        return keepsEveryEntity ? shorter : body;
    }

    private String edited(String text, SplittableRandom random) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(WORDS_PER_EDIT) == 0 && isPlainWord(words[i])) {
                words[i] = world.word(random);
            }
        }
        return String.join(" ", words);
    }

    /** Only bare lower-case words are swapped, so names, sentence ends and paragraph breaks survive. */
    private static boolean isPlainWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
