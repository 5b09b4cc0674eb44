package dev.lede.index;

import dev.lede.SampleIndex;
import dev.lede.model.Article;
import dev.lede.parse.ParseException;
import dev.lede.parse.Parsers;
import dev.lede.source.FileSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A test set for near-duplicate detection: every sample article (the "original" of its family) and copies of it made
 * the way syndication and newsrooms make them. Articles of one family are duplicates of each other; articles of
 * different families are not, though the sample data tells several stories (the harbour tram, the Kenyan drought, the
 * Dresden chip plant) in many different articles on one topic.
 */
final class DuplicateTestSet {

    /** How a copy differs from its original. */
    enum Variant {
        ORIGINAL,
        /** Another outlet runs the same text. */
        EXACT_COPY,
        /** New headline and byline, the byline also at the top of the body. */
        NEW_HEADLINE_AND_BYLINE,
        /** One sentence from the middle cut. */
        SENTENCE_REMOVED,
        /** One sentence of the outlet's own added in the middle. */
        SENTENCE_ADDED,
        /** A copy editor's touch: about one word in fifty replaced (at least two). */
        WORDS_REPLACED,
        /** Only the first two thirds of the sentences. */
        TRUNCATED,
        /** Not expected to be found: one word in ten replaced, a rewrite rather than a copy. Measured, no floor. */
        HEAVY_REWRITE
    }

    record Item(Article article, String family, Variant variant) {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"”])\\s+(?=[A-Z“\"])");
    private static final List<String> REPLACEMENTS =
            List.of("reportedly", "officials", "some", "several", "local", "new", "major", "regional", "latest");

    private DuplicateTestSet() {}

    static List<Item> build() throws IOException {
        List<Item> items = new ArrayList<>();
        for (Article original : sampleArticles()) {
            Random random = new Random(original.id().hashCode());
            String family = original.id();
            items.add(new Item(original, family, Variant.ORIGINAL));
            String body = original.body();
            List<String> sentences = sentences(body);
            int middle = sentences.size() / 2;
            items.add(copy(original, Variant.EXACT_COPY, original.title(), body));
            items.add(copy(
                    original,
                    Variant.NEW_HEADLINE_AND_BYLINE,
                    "UPDATE: " + original.title().toUpperCase(),
                    "By Rosa Quintel, Staff Reporter\n\n" + body));
            List<String> removed = new ArrayList<>(sentences);
            removed.remove(middle);
            items.add(copy(original, Variant.SENTENCE_REMOVED, original.title(), String.join(" ", removed)));
            List<String> added = new ArrayList<>(sentences);
            added.add(
                    middle,
                    "A spokesperson for the regional authority did not respond to a request for comment on Monday.");
            items.add(copy(original, Variant.SENTENCE_ADDED, original.title(), String.join(" ", added)));
            items.add(copy(original, Variant.WORDS_REPLACED, original.title(), replaceWords(body, 50, random)));
            int kept = Math.max(1, (int) Math.ceil(sentences.size() * 2 / 3.0));
            items.add(
                    copy(original, Variant.TRUNCATED, original.title(), String.join(" ", sentences.subList(0, kept))));
            items.add(copy(original, Variant.HEAVY_REWRITE, original.title(), replaceWords(body, 10, random)));
        }
        return items;
    }

    /** Every sample article with a body long enough to compare, read through the parsers. */
    static List<Article> sampleArticles() throws IOException {
        Parsers parsers = Parsers.standard();
        List<Article> articles = new ArrayList<>();
        for (var file : FileSource.files(List.of(SampleIndex.sampleDataDir()))) {
            var document = FileSource.read(file);
            if (!parsers.supports(document)) {
                continue;
            }
            try {
                parsers.parse(document).articles().stream()
                        .filter(article -> Fingerprints.of(article.body()).isPresent())
                        .forEach(articles::add);
            } catch (ParseException e) {
                throw new IOException(e);
            }
        }
        return articles;
    }

    static List<String> sentences(String body) {
        return Arrays.stream(SENTENCE_END.split(body.strip())).toList();
    }

    private static Item copy(Article original, Variant variant, String title, String body) {
        Article copy = new Article(
                original.id() + "-" + variant.name().toLowerCase(),
                title,
                body,
                original.published() == null ? null : original.published().plusSeconds(3600),
                "Copy Desk " + variant.ordinal(),
                null,
                variant == Variant.NEW_HEADLINE_AND_BYLINE ? "Rosa Quintel" : original.author());
        return new Item(copy, original.id(), variant);
    }

    /** Replaces one word in {@code every} (at least two), at random places. */
    private static String replaceWords(String body, int every, Random random) {
        String[] words = body.split(" ");
        int count = Math.max(2, words.length / every);
        for (int i = 0; i < count; i++) {
            words[random.nextInt(words.length)] = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        }
        return String.join(" ", words);
    }
}
