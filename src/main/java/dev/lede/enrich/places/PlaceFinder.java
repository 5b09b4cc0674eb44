package dev.lede.enrich.places;

import dev.lede.enrich.places.Gazetteer.Candidate;
import dev.lede.enrich.places.Place.PlaceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the well-known places the recognizer missed ("Kyiv's recovery", "the Kursk region"), by looking up runs of
 * capitalised words in the gazetteer. It errs on the side of silence, since the recognizer already finds most places:
 * the whole run must be a name ("Carnegie Russia Eurasia Center" is not Russia), must not overlap a person or an
 * organisation, must not be a common word or a word the text also writes in lower case, and must be a country, a
 * region, or a city of at least {@link #MIN_CITY_POPULATION} people under its own name.
 */
public final class PlaceFinder {

    static final long MIN_CITY_POPULATION = 100_000;

    /** At the start of a sentence any word is capitalised, so only countries and the biggest cities count there. */
    static final long MIN_SENTENCE_START_CITY_POPULATION = 1_000_000;

    /**
     * Names of big places that are also English words or common names; the recognizer finds them when they are
     * places.
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "allen",
            "aurora",
            "austin",
            "bath",
            "batman",
            "bolton",
            "blackburn",
            "buffalo",
            "cary",
            "chandler",
            "charlotte",
            "columbia",
            "concord",
            "deal",
            "elizabeth",
            "enterprise",
            "eugene",
            "florence",
            "gary",
            "gilbert",
            "hamilton",
            "hope",
            "independence",
            "irving",
            "jackson",
            "kent",
            "lawrence",
            "leon",
            "lincoln",
            "march",
            "may",
            "medina",
            "mendoza",
            "mission",
            "mobile",
            "nice",
            "norman",
            "orange",
            "orlando",
            "paradise",
            "phoenix",
            "preston",
            "providence",
            "reading",
            "richardson",
            "sale",
            "split",
            "spring",
            "sunrise",
            "surprise",
            "temple",
            "troy",
            "tyler",
            "victoria",
            "warren",
            "of",
            "university",
            "centre",
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "bay",
            "jersey",
            "riverside",
            "coast",
            "capital",
            "federal",
            "national",
            "islands",
            "lakes",
            "mountain",
            "delta",
            "island",
            "valley",
            "northwest",
            "northeast",
            "southwest",
            "southeast",
            "carolina");

    /** The abbreviations that may be written in capitals and still be found ("talks with the US"). */
    private static final Set<String> SHOUTED_COUNTRIES = Set.of("us", "usa", "uk", "uae");

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['’]s? \\S");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t]*\\R");
    private static final String SENTENCE_END_MARKS = ".!?:;\"“”";

    /** What {@code \s} matches: fewer characters than {@link Character#isWhitespace}. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";

    private final Gazetteer gazetteer;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * Place names in the text, as written, in text order.
     *
     * @param otherEntities the person and organisation mentions found in the same text, as written there
     */
    public List<String> find(String text, Collection<String> otherEntities) {
        return find(text, otherEntities, List.of());
    }

    /**
     * As {@link #find(String, Collection)}, nor a place inside one of the recognizer's places named with a
     * possessive: "St John's Wood" and "St Peter's Square" are one place each, not also the city of Saint John, and
     * "People's Republic of China" is not the Republic of China.
     *
     * @param recognizedPlaces the place mentions found in the same text, as written there
     */
    public List<String> find(String text, Collection<String> otherEntities, Collection<String> recognizedPlaces) {
        List<String> taking = new ArrayList<>(otherEntities);
        recognizedPlaces.stream().filter(PlaceFinder::holdsPossessive).forEach(taking::add);
        Set<String> entityWords = new HashSet<>();
        for (String entity : otherEntities) {
            for (String word : WHITESPACE.split(entity)) {
                // a run holds no word in lower case: the "of" of "Bank of America" must not hide "Isle of Man"
                if (!word.isEmpty() && !Character.isLowerCase(word.charAt(0))) {
                    entityWords.add(PlaceKeys.of(withoutPossessive(word)));
                }
            }
        }
        List<String> found = new ArrayList<>();
        // wire copy wraps lines inside names ("New\nYork"), so only a blank line ends a paragraph
        for (String line : PARAGRAPH_BREAK.split(text)) {
            line = LineBreaks.joined(line);
            boolean[] taken = entitySpans(line, taking);
            List<Run> runs = runs(line);
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i);
                Run joined = i + 1 < runs.size() ? run.joinedBy(line, runs.get(i + 1)) : null;
                if (joined != null && !overlaps(taken, joined) && isPlace(joined, text, entityWords)) {
                    // "Isle of Man" and "Trinidad and Tobago" are one place, not Man in Ivory Coast
                    found.add(joined.text());
                    i++;
                } else if (!overlaps(taken, run) && isPlace(run, text, entityWords)) {
                    found.add(run.text());
                } else if (!overlaps(taken, run) && isHyphenatedPairOfCountries(run.text())) {
                    found.addAll(List.of(run.text().split("-")));
                } else if (run.sentenceStart() && run.text().contains(" ") && !beginsWithNameWord(run)) {
                    // the first word may be capitalised only because it starts the sentence: "When America is …"
                    Run rest = run.withoutFirstWord();
                    if (!overlaps(taken, rest) && isPlace(rest, text, entityWords)) {
                        found.add(rest.text());
                    } else if (!overlaps(taken, rest) && isHyphenatedPairOfCountries(rest.text())) {
                        found.addAll(List.of(rest.text().split("-")));
                    }
                }
            }
        }
        return found;
    }

    /**
     * "Iran-Iraq" of "the Iran-Iraq war", "U.S.-Japan" of "U.S.-Japan trade": countries the hyphen pairs, which the
     * recognizer leaves unlabelled inside the name of a war or of talks. Only countries, so that no firm or person
     * named after two places is read so.
     */
    private boolean isHyphenatedPairOfCountries(String word) {
        if (word.contains(" ") || !word.contains("-")) {
            return false;
        }
        for (String part : word.split("-")) {
            if (part.length() < 2
                    || gazetteer.candidates(part).stream()
                            .noneMatch(c -> c.place().kind() == PlaceKind.COUNTRY)) {
                return false;
            }
        }
        return true;
    }

    /** "St Peter's Square": a possessive, then more of the name. */
    private static boolean holdsPossessive(String name) {
        return POSSESSIVE_INSIDE.matcher(name).find();
    }

    /** "San Andreas" at a sentence start is one name the gazetteer does not know, not "San" and Andreas. */
    private boolean beginsWithNameWord(Run run) {
        return gazetteer.beginsManyNames(run.text().substring(0, run.text().indexOf(' ')));
    }

    private boolean isPlace(Run run, String text, Set<String> entityWords) {
        String key = PlaceKeys.of(run.text());
        boolean shouted = run.text().equals(run.text().toUpperCase(Locale.ROOT));
        // the cheap set look-ups first, the scan of the whole text for a lower-case use last
        return !(shouted && !SHOUTED_COUNTRIES.contains(key))
                && !COMMON_WORDS.contains(key)
                && !gazetteer.isDemonym(run.text())
                && !anyWordIn(key, entityWords)
                && isKnownPlace(run, shouted)
                && !writtenInLowerCase(text, run.text());
    }

    private boolean isKnownPlace(Run run, boolean shouted) {
        long minCity = run.sentenceStart() ? MIN_SENTENCE_START_CITY_POPULATION : MIN_CITY_POPULATION;
        for (Candidate candidate : gazetteer.candidates(run.text())) {
            Place place = candidate.place();
            boolean known = switch (place.kind()) {
                case COUNTRY -> true;
                case REGION -> candidate.canonicalName() && !run.sentenceStart() && !place.isSecondLevelRegion();
                case CITY -> candidate.canonicalName() && place.population() >= minCity && !place.isCitySection();
            };
            if (known && (place.kind() == PlaceKind.COUNTRY || !shouted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWordIn(String key, Set<String> words) {
        for (String word : key.split(" ")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean writtenInLowerCase(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // the plain substring search first: most names never occur in lower case, and then no pattern is compiled
        return !lower.equals(name)
                && text.contains(lower)
                && Pattern.compile("\\b" + Pattern.quote(lower) + "\\b")
                        .matcher(text)
                        .find();
    }

    /** A maximal run of capitalised words, possessive removed. */
    private record Run(String text, int start, int end, boolean sentenceStart) {

        /** The words that join capitalised words into one place's name ("Isle of Man", "Trinidad and Tobago"). */
        private static final Set<String> JOINING_WORDS = Set.of(" of ", " and ");

        Run withoutFirstWord() {
            int space = text.indexOf(' ');
            return new Run(text.substring(space + 1), start + space + 1, end, false);
        }

        /** This run and the next as one name when a joining word alone lies between them, else {@code null}. */
        Run joinedBy(String line, Run next) {
            String between = line.substring(end, next.start);
            return text.length() == end - start && JOINING_WORDS.contains(between)
                    ? new Run(text + between + next.text, start, next.end, sentenceStart)
                    : null;
        }
    }

    private static List<Run> runs(String line) {
        List<Run> runs = new ArrayList<>();
        Words words = new Words(line);
        int runStart = -1;
        int runEnd = -1;
        StringBuilder run = new StringBuilder();
        while (words.next()) {
            String word = words.word();
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            boolean continues = runStart >= 0 && words.start() == runEnd + 1 && line.charAt(runEnd) == ' ';
            if (runStart >= 0 && (!capitalised || !continues)) {
                runs.add(finish(line, run, runStart, runEnd));
                runStart = -1;
            }
            if (capitalised) {
                if (runStart < 0) {
                    runStart = words.start();
                    run.setLength(0);
                } else {
                    run.append(' ');
                }
                String bare = withoutPossessive(trailingDot(word));
                run.append(bare);
                runEnd = words.end();
                if (!bare.equals(word)) {
                    // a possessive or a full stop ends the name: "Kyiv's recovery", "in Kyiv. Then"
                    runs.add(finish(line, run, runStart, runEnd));
                    runStart = -1;
                }
            }
        }
        if (runStart >= 0) {
            runs.add(finish(line, run, runStart, runEnd));
        }
        return runs;
    }

    /**
     * "Kyiv's" → "Kyiv", "Reuters'" → "Reuters": what {@link #POSSESSIVE} removes, without a regular expression for
     * the words of one line (the pattern's {@code $} also matches before a final line break, which such words lack).
     */
    static String withoutPossessive(String word) {
        if (LineBreaks.has(word)) {
            return POSSESSIVE.matcher(word).replaceFirst("");
        }
        int length = word.length();
        if (length >= 2 && word.charAt(length - 1) == 's' && isApostrophe(word.charAt(length - 2))) {
            return word.substring(0, length - 2);
        }
        if (length >= 1 && isApostrophe(word.charAt(length - 1))) {
            return word.substring(0, length - 1);
        }
        return word;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static Run finish(String line, StringBuilder run, int start, int end) {
        return new Run(run.toString(), start, end, startsSentence(line, start));
    }

    /**
     * Whether only blanks come before, or a sentence end ({@code [.!?:;"“”]}) then blanks: read backwards, not by
     * copying and scanning the whole line before every run.
     */
    private static boolean startsSentence(String line, int start) {
        int blank = start - 1;
        while (blank >= 0 && Character.isWhitespace(line.charAt(blank))) {
            blank--;
        }
        if (blank < 0) {
            return true;
        }
        int space = start - 1;
        while (space >= 0 && REGEX_SPACE.indexOf(line.charAt(space)) >= 0) {
            space--;
        }
        return space >= 0 && SENTENCE_END_MARKS.indexOf(line.charAt(space)) >= 0;
    }

    /** "Kyiv." at a sentence end is "Kyiv"; "U.S." keeps its dots. */
    private static String trailingDot(String word) {
        return word.endsWith(".") && word.indexOf('.') == word.length() - 1
                ? word.substring(0, word.length() - 1)
                : word;
    }

    private static boolean[] entitySpans(String line, Collection<String> entities) {
        boolean[] taken = new boolean[line.length()];
        for (String entity : entities) {
            if (entity.isBlank()) {
                continue;
            }
            for (int at = line.indexOf(entity); at >= 0; at = line.indexOf(entity, at + 1)) {
                for (int i = at; i < at + entity.length(); i++) {
                    taken[i] = true;
                }
            }
        }
        return taken;
    }

    private static boolean overlaps(boolean[] taken, Run run) {
        for (int i = run.start(); i < run.end(); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
