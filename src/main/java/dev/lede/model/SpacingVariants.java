package dev.lede.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names of one entity written with other spaces, hyphens, dots or capitals: "Time Warner" and "TimeWarner", "Paine
 * Webber" and "PaineWebber", "R.N. Malhotra" and "R. N. Malhotra", "Asia-Pacific" and "Asia Pacific". A house style
 * or a reporter writes a firm's name closed up or apart, an initial with or without a space; each way would otherwise
 * be a value of its own.
 */
final class SpacingVariants {

    /** How many times fewer articles a name with a capital inside a word may have than the label it restyles. */
    private static final int INNER_CAPITALS_SHARE = 3;

    /** Keys shorter than this are initials and particles ("LA" and "La", "US" and "Us"): too often two things. */
    static final int LEAST_LETTERS = 4;

    private static final Pattern DOTS = Pattern.compile("\\.");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HYPHENS = Pattern.compile("\\s*[-\u2010\u2011\u2013]\\s*");

    private SpacingVariants() {}

    /**
     * The name without case, accents, spaces, dots or hyphens: one key for every way of spacing it. A loop rather than
     * patterns, as every person and organisation of an index is keyed after each commit.
     */
    static String closedUp(String name) {
        String lower = OrganizationVariants.withoutMarks(name.toLowerCase(Locale.ROOT));
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && !isHyphen(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /**
     * The name without case or dots, its hyphens read once as a space and once as nothing, its spaces and accents
     * kept: "South-east Asia" is "South East Asia" and "Southeast Asia", which are thus one place, but "Westchester"
     * and "West Chester" stay two towns, as do "San José" and "San Jose". For names whose spaces and accents tell
     * things apart.
     */
    static List<String> hyphenReadings(String name) {
        String plain = SPACES.matcher(plain(name)).replaceAll(" ").strip();
        String spaced = HYPHENS.matcher(plain).replaceAll(" ");
        String joined = HYPHENS.matcher(plain).replaceAll("");
        return spaced.equals(joined) ? List.of(spaced) : List.of(spaced, joined);
    }

    /**
     * Each name that shares a key with a more used one, with the name it joins: in each set of names tied by their
     * keys, the one in most articles, then the one with most words. A key of fewer than {@value #LEAST_LETTERS}
     * letters ties nothing.
     *
     * @param articlesPerName how many articles use each name, in a fixed order
     */
    static Map<String, String> labels(Map<String, Long> articlesPerName, Function<String, List<String>> keys) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (List<String> group : groups(articlesPerName.keySet(), keys)) {
            String label = group.stream()
                    .max(Comparator.<String>comparingLong(articlesPerName::get)
                            .thenComparingLong(
                                    name -> name.chars().filter(c -> c == ' ').count())
                            .thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            group.stream().filter(name -> !name.equals(label)).forEach(name -> labels.put(name, label));
        }
        return labels;
    }

    /**
     * For an organisation's names (a place's label comes from the gazetteer, and a person's capitals are as the story
     * writes them): the label written as one of the names writes it with a capital inside a word ("ConAgra Inc",
     * "MacNeal-Schwendler Corp"), where the label is that name in other capitals: title case made from a headline in
     * capitals ("CONAGRA INC") never puts one there, so the name's owner did. Where it is in a third as many articles
     * as the label at least: a slip of the keys ("CitiCorp" once beside Citicorp) is rare. Only the same letters and
     * spaces: "MargaretThatcher" is a slip, not "Margaret Thatcher" styled.
     */
    static String withInnerCapitals(String label, Collection<String> names, Map<String, Long> articlesPerName) {
        if (hasInnerCapital(label)) {
            return label;
        }
        long labelArticles = articlesPerName.getOrDefault(label, 0L);
        return names.stream()
                .filter(name -> name.equalsIgnoreCase(label) && hasInnerCapital(name))
                .max(Comparator.comparingLong(name -> articlesPerName.getOrDefault(name, 0L)))
                .filter(name -> articlesPerName.getOrDefault(name, 0L) * INNER_CAPITALS_SHARE >= labelArticles)
                .orElse(label);
    }

    private static boolean hasInnerCapital(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i - 1)) && Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Reads after "merged because". */
    static String reason(String name, String label) {
        return "\"" + name + "\" and \"" + label + "\" are written alike but for spaces, hyphens, dots or capitals";
    }

    /** The sets of two or more names tied by a shared key, directly or through others; each in the order given. */
    static List<List<String>> groups(Collection<String> names, Function<String, List<String>> keys) {
        Map<String, String> firstOfKey = new HashMap<>();
        Map<String, String> parent = new LinkedHashMap<>();
        for (String name : names) {
            parent.put(name, name);
            for (String key : keys.apply(name)) {
                if (key.codePoints().filter(Character::isLetterOrDigit).count() < LEAST_LETTERS) {
                    continue;
                }
                String first = firstOfKey.putIfAbsent(key, name);
                if (first != null) {
                    parent.put(root(parent, name), root(parent, first));
                }
            }
        }
        Map<String, List<String>> byRoot = new LinkedHashMap<>();
        parent.keySet()
                .forEach(name -> byRoot.computeIfAbsent(root(parent, name), k -> new ArrayList<>())
                        .add(name));
        return byRoot.values().stream().filter(group -> group.size() > 1).toList();
    }

    private static String root(Map<String, String> parent, String name) {
        String root = name;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static String plain(String name) {
        return DOTS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
