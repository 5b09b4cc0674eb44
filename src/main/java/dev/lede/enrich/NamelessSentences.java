package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sentences, and stretches of them, the recognizer need not read. In text written with capitals, a name is written
 * with one, so a sentence whose only capital opens it on a function word ("It said prices fell in the quarter."), or
 * whose other capitals are days and months, names nothing: 5 % of the words of Reuters-21578 (titles included), 18 %
 * of BBC News'. In the other sentences, words further than {@link #REACH} from any capital are left out too. A
 * paragraph that writes no word but its sentences' first ones with a capital may write names in lower case ("finance
 * minister manuel azpurua said"), and is read whole.
 */
final class NamelessSentences {

    /** Closed-class English words: what a sentence may open with that is never a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "about",
            "according",
            "after",
            "again",
            "against",
            "all",
            "also",
            "although",
            "among",
            "an",
            "and",
            "another",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "despite",
            "did",
            "do",
            "does",
            "during",
            "each",
            "earlier",
            "either",
            "even",
            "every",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "he",
            "her",
            "here",
            "him",
            "his",
            "how",
            "however",
            "i",
            "if",
            "in",
            "indeed",
            "instead",
            "into",
            "is",
            "it",
            "its",
            "just",
            "later",
            "like",
            "many",
            "me",
            "meanwhile",
            "might",
            "more",
            "moreover",
            "most",
            "much",
            "must",
            "my",
            "neither",
            "nevertheless",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "otherwise",
            "our",
            "over",
            "several",
            "she",
            "should",
            "since",
            "so",
            "some",
            "still",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "therefore",
            "these",
            "they",
            "this",
            "those",
            "though",
            "through",
            "thus",
            "to",
            "under",
            "unless",
            "until",
            "us",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "whether",
            "which",
            "while",
            "who",
            "whom",
            "whose",
            "why",
            "will",
            "with",
            "within",
            "without",
            "would",
            "yet",
            "you",
            "your");

    /**
     * Days and months, written with a capital yet never a name the recognizer keeps ("It said on Tuesday that sales
     * rose in March."); "May" is left out, being a surname too.
     */
    private static final Set<String> CALENDAR_WORDS = Stream.concat(NameWords.DAYS.stream(), NameWords.MONTHS.stream())
            .filter(word -> !word.equals("may"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * How many words either side of a capital the recognizer reads. Its widest features see five words each way; two
     * more keep what it says of the words beside a name ("Senate Agriculture subcommittee") as it says it reading
     * the whole sentence, in all but 10 of Reuters-21578's 19,043 stories, and leave a fifth of their words unread.
     */
    static final int REACH = 7;

    private NamelessSentences() {}

    /** Whether any sentence of the paragraph writes a word after its first with a capital. */
    static boolean usesCapitals(List<List<String>> sentences) {
        for (List<String> words : sentences) {
            int first = firstWord(words);
            for (int i = first + 1; i < words.size(); i++) {
                if (isCapitalised(words.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence, in text that writes names with capitals, names nothing. */
    static boolean namesNothing(List<String> words) {
        int first = firstWord(words);
        for (int i = Math.max(first, 0); i < words.size(); i++) {
            if (mayName(words.get(i), i == first)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence's tokens (one per word) within {@link #REACH} words of a capital that may write a name, in order;
     * the tokens themselves when that is all of them.
     */
    static <T> List<T> nearCapitals(List<T> tokens, List<String> words) {
        int first = firstWord(words);
        boolean[] near = new boolean[words.size()];
        int reached = 0;
        for (int i = Math.max(first, 0); i < words.size(); i++) {
            if (mayName(words.get(i), i == first)) {
                for (int j = Math.max(0, i - REACH); j <= Math.min(words.size() - 1, i + REACH); j++) {
                    reached += near[j] ? 0 : 1;
                    near[j] = true;
                }
            }
        }
        if (reached == words.size()) {
            return tokens;
        }
        List<T> kept = new ArrayList<>(reached);
        for (int i = 0; i < near.length; i++) {
            if (near[i]) {
                kept.add(tokens.get(i));
            }
        }
        return kept;
    }

    /** A capital that may write a name: not a day or month, nor a function word opening the sentence. */
    private static boolean mayName(String word, boolean opening) {
        return isCapitalised(word) && !isCalendarWord(word) && !(opening && isCapitalisedFunctionWord(word));
    }

    /** "Tuesday", "March"; not "TUESDAY" of a shouted line, which may be anything. */
    private static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !isCapitalised(word.substring(1));
    }

    /** "The", "It"; not "US" or "IT", which are names. */
    private static boolean isCapitalisedFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !isCapitalised(word.substring(1));
    }

    /** The first token with a letter (an opening quote is a token of its own), or -1. */
    private static int firstWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).chars().anyMatch(Character::isLetter)) {
                return i;
            }
        }
        return -1;
    }

    /** A word written with a capital; "I" is written so whatever it means. */
    private static boolean isCapitalised(String word) {
        if (word.equals("I")) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
