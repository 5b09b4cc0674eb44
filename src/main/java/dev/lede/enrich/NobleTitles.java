package dev.lede.enrich;

import dev.lede.model.PersonVariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A royal or noble title is part of the name it is written with ({@link NameWords#NOBLE_TITLES}): "Lord Falconer",
 * "King Fahd". The recognizer often leaves the title out of the person it marks, so the story's lone "Falconer" or
 * "Fahd" would stand for the person on its own, and in another story the same person would be "Lord Falconer". The
 * person mentions of a story gain the titled name when the text writes a title right before a one-word name that no
 * longer name of the story contains; the lone mentions then count under it.
 *
 * <p>A peer named in full in the same story is that person: "Baroness Boothroyd" beside "Betty Boothroyd" counts under
 * the full name, and "Lady Morgan" beside "Baroness Morgan" under the baroness. A royal title goes before a given name ("Prince Charles" beside "Ray Charles" is not Ray Charles), so
 * only peerages are merged that way.
 */
final class NobleTitles {

    /** "First Lady Laura": after this word the title is an office's, not the person's. */
    private static final String OFFICE_OPENER = "first";

    /** "Lady Morgan" beside "Baroness Morgan" is how the baroness is addressed, not another woman. */
    private static final String COURTESY = "Lady";

    private static final String BARONESS = "Baroness";

    private static final int LONGEST_TITLE =
            NameWords.NOBLE_TITLES.stream().mapToInt(String::length).max().orElseThrow();

    private NobleTitles() {}

    /** The person mentions of the story, with the titled names the text writes added and peers' merged. */
    static List<String> restore(String text, List<String> mentions) {
        if (!writesATitle(text)) {
            return mentions;
        }
        List<List<String>> cleaned = mentions.stream()
                .map(mention -> PersonNames.clean(mention).map(NameText::tokens).orElse(List.of()))
                .toList();
        List<String> out = new ArrayList<>(mentions.size());
        List<String> titled = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            List<String> name = cleaned.get(i);
            if (name.size() == 2 && isPeerage(name.getFirst()) && namedInFull(name.getLast(), cleaned)) {
                out.add(name.getLast());
                continue;
            }
            if (name.size() == 2
                    && name.getFirst().equals(COURTESY)
                    && cleaned.contains(List.of(BARONESS, name.getLast()))) {
                out.add(BARONESS + " " + name.getLast());
                continue;
            }
            out.add(mentions.get(i));
            if (name.size() == 1 && isNameWord(name.getFirst()) && !partOfALongerName(name.getFirst(), cleaned)) {
                titleWrittenBefore(text, name.getFirst())
                        .map(title -> title + " " + name.getFirst())
                        .ifPresent(titled::add);
            }
        }
        out.addAll(titled);
        return out;
    }

    /** Whether a capitalised word of the text is a title followed by a space: most stories have none. */
    static boolean writesATitle(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // every title is written in plain letters; comparing them is much cheaper than asking for a letter's case
            if (c >= 'A' && c <= 'Z' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < length && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (end < length
                        && text.charAt(end) == ' '
                        && end - i <= LONGEST_TITLE
                        && NameWords.NOBLE_TITLES.contains(
                                text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                i = end;
            }
        }
        return false;
    }

    /** The first title the text writes right before the word, as written ("Lord"). */
    static Optional<String> titleWrittenBefore(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            Optional<String> title = titleEndingAt(text, at - 1);
            if (title.isPresent()) {
                return title;
            }
        }
        return Optional.empty();
    }

    /** The title whose last letter is followed by the space at {@code space}, if there is one. */
    private static Optional<String> titleEndingAt(String text, int space) {
        if (space < 1 || text.charAt(space) != ' ') {
            return Optional.empty();
        }
        int start = wordStart(text, space);
        String word = text.substring(start, space);
        boolean writtenAsTitle = word.length() > 1
                && Character.isUpperCase(word.charAt(0))
                && NameWords.NOBLE_TITLES.contains(word.toLowerCase(Locale.ROOT));
        if (!writtenAsTitle || partOfAnotherName(text, start)) {
            return Optional.empty();
        }
        return Optional.of(word);
    }

    private static boolean partOfAnotherName(String text, int titleStart) {
        if (titleStart < 2 || text.charAt(titleStart - 1) != ' ') {
            return false;
        }
        String before = text.substring(wordStart(text, titleStart - 1), titleStart - 1);
        return before.equalsIgnoreCase(OFFICE_OPENER);
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isPeerage(String word) {
        return PersonVariants.PEERAGE_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word of letters (a hyphen allowed) that is no title itself. */
    private static boolean isNameWord(String word) {
        return word.length() > 1
                && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !NameWords.NOBLE_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean partOfALongerName(String word, List<List<String>> names) {
        return names.stream().anyMatch(name -> name.size() > 1 && name.contains(word));
    }

    /** Whether a name of two words or more that starts with no title ends with this surname. */
    private static boolean namedInFull(String surname, List<List<String>> names) {
        return names.stream()
                .anyMatch(name -> name.size() > 1
                        && name.getLast().equals(surname)
                        && !NameWords.NOBLE_TITLES.contains(name.getFirst().toLowerCase(Locale.ROOT)));
    }
}
