package dev.lede.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The invented world a generated corpus reports on: a vocabulary, people, places, organisations and news sources,
 * each drawn with a Zipf skew so that a few are everywhere and most are rare, as in a real archive.
 */
final class NewsWorld {

    static final int VOCABULARY_SIZE = 30_000;
    static final int PEOPLE = 20_000;
    static final int PLACES = 2_000;
    static final int ORGS = 4_000;

    /** Frequent English words between the invented ones, so bodies read like prose to an analyzer with stop words. */
    private static final String[] FUNCTION_WORDS = {
        "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "at", "from", "is", "was", "it",
        "has", "will", "be", "its", "after", "over", "new", "more", "than", "about", "would", "could", "last", "year"
    };

    private static final String[] ORG_KINDS = {
        "Group", "Bank", "Ministry", "Holdings", "Institute", "Council", "Party", "Agency", "Corp", "Union", "Fund"
    };
    private static final String[] SOURCE_NAMES = {
        "Northern Courier",
        "Daily Ledger",
        "Coastal Wire",
        "Evening Herald",
        "Capital Times",
        "Valley Gazette",
        "Morning Dispatch",
        "Harbour Post",
        "Plains Chronicle",
        "Metro Bulletin"
    };

    private final List<String> vocabulary;
    private final List<String> people;
    private final List<String> places;
    private final List<String> orgs;
    private final ZipfSampler wordRanks = new ZipfSampler(VOCABULARY_SIZE, 1.0);
    private final ZipfSampler personRanks = new ZipfSampler(PEOPLE, 1.1);
    private final ZipfSampler placeRanks = new ZipfSampler(PLACES, 1.2);
    private final ZipfSampler orgRanks = new ZipfSampler(ORGS, 1.1);
    private final ZipfSampler sourceRanks = new ZipfSampler(SOURCE_NAMES.length, 0.8);

    NewsWorld(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        vocabulary = InventedWords.words(VOCABULARY_SIZE, random);
        people = fullNames(random);
        places = InventedWords.names(PLACES, random);
        orgs = InventedWords.names(ORGS, random).stream()
                .map(name -> name + " " + ORG_KINDS[Math.floorMod(name.hashCode(), ORG_KINDS.length)])
                .toList();
    }

    private static List<String> fullNames(SplittableRandom random) {
        List<String> first = InventedWords.names(PEOPLE / 8, random);
        List<String> last = InventedWords.names(PEOPLE / 2, random);
        List<String> names = new ArrayList<>(PEOPLE);
        Set<String> seen = new HashSet<>();
        while (names.size() < PEOPLE) {
            String name = first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
            if (seen.add(name)) {
                names.add(name);
            }
        }
        return names;
    }

    String word(SplittableRandom random) {
        if (random.nextInt(100) < 38) {
            return FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
        }
        return vocabulary.get(wordRanks.sample(random));
    }

    String person(SplittableRandom random) {
        return people.get(personRanks.sample(random));
    }

    String place(SplittableRandom random) {
        return places.get(placeRanks.sample(random));
    }

    String org(SplittableRandom random) {
        return orgs.get(orgRanks.sample(random));
    }

    String source(SplittableRandom random) {
        return SOURCE_NAMES[sourceRanks.sample(random)];
    }
}
