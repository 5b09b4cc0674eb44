package dev.lede.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes one article of news length about a few entities of a {@link NewsWorld}: a headline, paragraphs of sentences
 * built on a handful of templates, and every given entity named in the body at least once.
 */
final class ArticleComposer {

    static final Instant FIRST_DAY = Instant.parse("2006-01-01T00:00:00Z");
    static final long SPAN_SECONDS = 20L * 365 * 24 * 3600;

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final NewsWorld world;

    ArticleComposer(NewsWorld world) {
        this.world = world;
    }

    GeneratedArticle compose(String id, SplittableRandom random) {
        List<String> people = distinct(random.nextInt(5), () -> world.person(random));
        List<String> places = distinct(1 + random.nextInt(3), () -> world.place(random));
        List<String> orgs = distinct(random.nextInt(4), () -> world.org(random));
        List<String> mentions = new ArrayList<>();
        mentions.addAll(people);
        mentions.addAll(places);
        mentions.addAll(orgs);
        String body = body(mentions, people, places, orgs, random);
        Instant published = FIRST_DAY.plusSeconds(random.nextLong(SPAN_SECONDS));
        return new GeneratedArticle(
                id, title(mentions, random), body, published, world.source(random), people, places, orgs);
    }

    private static List<String> distinct(int count, Supplier<String> draw) {
        Set<String> values = new LinkedHashSet<>();
        for (int attempt = 0; values.size() < count && attempt < count * 4; attempt++) {
            values.add(draw.get());
        }
        return List.copyOf(values);
    }

    private String title(List<String> mentions, SplittableRandom random) {
        StringBuilder title = new StringBuilder(InventedWords.capitalised(clause(3 + random.nextInt(6), random)));
        if (!mentions.isEmpty() && random.nextBoolean()) {
            title.append(' ').append(mentions.get(random.nextInt(mentions.size())));
        }
        return title.toString();
    }

    private String body(
            List<String> mentions,
            List<String> people,
            List<String> places,
            List<String> orgs,
            SplittableRandom random) {
        int paragraphs = 2 + random.nextInt(4) + random.nextInt(5);
        List<String> sentences = new ArrayList<>();
        for (String mention : mentions) {
            sentences.add(mentionSentence(mention, random));
        }
        int total = Math.max(sentences.size(), paragraphs * (2 + random.nextInt(3)));
        while (sentences.size() < total) {
            sentences.add(sentence(people, places, orgs, random));
        }
        StringBuilder body = new StringBuilder();
        int perParagraph = Math.max(1, total / paragraphs);
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                body.append(i % perParagraph == 0 ? "\n\n" : " ");
            }
            body.append(sentences.get(i));
        }
        return body.toString();
    }

    private String mentionSentence(String mention, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> mention + " said " + clause(8 + random.nextInt(14), random) + ".";
            case 1 -> sentenceCase(clause(6 + random.nextInt(12), random)) + ", according to " + mention + ".";
            default ->
                "In a statement on " + DAYS[random.nextInt(DAYS.length)] + ", " + mention + " said "
                        + clause(6 + random.nextInt(10), random) + ".";
        };
    }

    private String sentence(List<String> people, List<String> places, List<String> orgs, SplittableRandom random) {
        int template = random.nextInt(6);
        if (template == 0 && !people.isEmpty()) {
            return people.get(random.nextInt(people.size())) + " told reporters "
                    + clause(7 + random.nextInt(12), random) + ".";
        }
        if (template == 1 && !places.isEmpty()) {
            return sentenceCase(clause(8 + random.nextInt(12), random)) + " in "
                    + places.get(random.nextInt(places.size())) + ".";
        }
        if (template == 2 && !orgs.isEmpty()) {
            return orgs.get(random.nextInt(orgs.size())) + " expects " + clause(8 + random.nextInt(10), random) + ".";
        }
        return sentenceCase(clause(9 + random.nextInt(18), random)) + ".";
    }

    private String clause(int words, SplittableRandom random) {
        StringBuilder clause = new StringBuilder(world.word(random));
        for (int i = 1; i < words; i++) {
            clause.append(' ').append(world.word(random));
        }
        return clause.toString();
    }

    private static String sentenceCase(String clause) {
        return InventedWords.capitalised(clause);
    }
}
