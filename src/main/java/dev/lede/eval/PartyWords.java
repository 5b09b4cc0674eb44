package dev.lede.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of political families in Reuters stories ("Democrats", "Tory", "Greens"), judged by hand as naming a party (or
 * its members as such) or not ("Greens Creek Joint Venture", "Communist countries"), in five draws of 90 occurrences
 * each, at random from every capitalised such word of the 19,043 stories, none twice. The party rules were written on
 * BBC News; each draw was judged before the rules written from the draws before it ran, and its misses were read to
 * write the next ones (seeds 61 to 65). The last draw is held out, but for one fix written from its one miss (a
 * name wrapped over two lines). A story's word counts as found when one of its
 * organisations holds the word's stem, as a filter by the party would find the story.
 */
final class PartyWords {

    /** The draw no rule was written from; the others' misses were read while the rules were written. */
    static final int HELD_OUT_DRAW = 5;

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

        /**
         * Whether an organisation is named as a party by the word, in the singular or the plural, alone or after words
         * of a doctrine ("Greens", "Green", "Liberal Democrats" for a liberal wing's "Liberal"), not in a longer name.
         */
        boolean isPartyNameIn(List<String> organizations) {
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            return organizations.stream()
                    .map(organization -> List.of(organization.split(" ")))
                    .anyMatch(words -> (words.contains(singular) || words.contains(singular + "s"))
                            && words.stream().allMatch(PARTY_NAME_WORDS::contains));
        }

        /** Whether the story's text (title, a newline, body) is the one judged. */
        boolean isAt(String text) {
            return text.startsWith(word, offset);
        }
    }

    private static final String JUDGED = "/dev/lede/eval/reuters-party-words.csv";

    /** The words a party's name is made of here: a political family's, and a doctrine's before it. */
    private static final Set<String> PARTY_NAME_WORDS = Set.of(
            "Democrat",
            "Democrats",
            "Democratic",
            "Republican",
            "Republicans",
            "Conservative",
            "Conservatives",
            "Tory",
            "Tories",
            "Liberal",
            "Liberals",
            "Socialist",
            "Socialists",
            "Communist",
            "Communists",
            "Green",
            "Greens",
            "Nationalist",
            "Nationalists",
            "Unionist",
            "Unionists",
            "Dem",
            "Dems",
            "Lib",
            "Social",
            "Christian",
            "Free",
            "Radical",
            "New",
            "Progressive");

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
