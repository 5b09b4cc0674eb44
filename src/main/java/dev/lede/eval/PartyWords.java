package dev.lede.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words of political families in Reuters stories ("Democrats", "Tory", "Greens"), judged by hand as naming a party (or
 * its members as such) or not ("Greens Creek Joint Venture"), in three draws of 90 occurrences each, at random from
 * every capitalised such word of the 19,043 stories, none twice. The first (seed 61) was drawn after the party rules
 * were written on BBC News, and its misses were read to write the rule for a party's name in the singular; the second
 * (seed 62) was judged before that rule ran, and its misses were read to add abbreviated titles to the roles; the third
 * (seed 63) was judged before those ran, and is held out. A story's word counts as found when one of its organisations
 * holds the word's stem, as a filter by the party would find the story.
 */
final class PartyWords {

    /** The draw no rule was written from; the others' misses were read while the rules were written. */
    static final int HELD_OUT_DRAW = 3;

    /** One judged word: its draw, its story, where the title, a newline and the body hold it, and the judgement. */
    record Judged(int draw, String id, int offset, String word, boolean party) {

        /** The part every value naming the party holds: "Democrat" of "Democratic Party", "Tor" of "Tories". */
        String stem() {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tor")) {
                return "Tor";
            }
            String singular = lower.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            return singular.endsWith("ic") ? singular.substring(0, singular.length() - 2) : singular;
        }

        boolean isFoundIn(List<String> organizations) {
            return organizations.stream().anyMatch(organization -> organization.contains(stem()));
        }

        /** Whether an organisation is named by the word alone, in the singular or the plural ("Greens", "Green"). */
        boolean isAloneIn(List<String> organizations) {
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            return organizations.contains(singular) || organizations.contains(singular + "s");
        }

        /** Whether the story's text (title, a newline, body) is the one judged. */
        boolean isAt(String text) {
            return text.startsWith(word, offset);
        }
    }

    private static final String JUDGED = "/dev/lede/eval/reuters-party-words.csv";

    /** Read once: every tally of an evaluation and its floors ask for them. */
    private static final List<Judged> ALL = load();

    private PartyWords() {}

    /** By story id, its judged words. */
    static Map<String, List<Judged>> byStory() {
        return read().stream().collect(Collectors.groupingBy(Judged::id));
    }

    /** How many judged words of the held-out draw name a party. */
    static int heldOutParties() {
        return (int) read().stream()
                .filter(judged -> judged.party() && judged.draw() == HELD_OUT_DRAW)
                .count();
    }

    static List<Judged> read() {
        return ALL;
    }

    private static List<Judged> load() {
        try (InputStream in = PartyWords.class.getResourceAsStream(JUDGED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + JUDGED);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<Judged> judged = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                judged.add(new Judged(
                        Integer.parseInt(fields[0]),
                        fields[1],
                        Integer.parseInt(fields[2]),
                        fields[3],
                        fields[4].equals("yes")));
            }
            return List.copyOf(judged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + JUDGED, e);
        }
    }
}
