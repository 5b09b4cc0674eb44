package dev.lede.search;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import dev.lede.search.QueryTokens.Kind;
import dev.lede.search.QueryTokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@code q} may hold, whatever engine runs it. The query is read with the grammar of Lucene's classic query
 * parser (Lede's query language); a query too costly to run ({@link QueryCost}) or with a malformed boost
 * ({@link #checkBoosts}) is refused with a 400 naming {@code q}, and one the grammar cannot read is searched as plain
 * words, with a warning.
 */
public final class QuerySyntax {

    public static final String UNREADABLE_WARNING = "The query could not be parsed, so it was searched as plain words.";
    /** Above this a boost says nothing a smaller one would not, and products of boosts overflow a score. */
    static final float MAX_BOOST = 1_000;

    static final String MALFORMED_BOOST = "A boost must be a plain number from 0 to " + (int) MAX_BOOST
            + " right after ^, such as ^2 or ^0.5; write \\^ to search for a caret.";

    /** The fields of the story's own text that {@code q} may name; the entity fields are {@link FacetField}'s. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "body");

    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final String ESCAPED = "\\+-!():^[]\"{}~*?|&/";

    /**
     * The text an engine should search (short fuzzy words held to one edit: {@link FuzzyEdits}), and the warning to
     * show with its answer ({@code null} when none).
     */
    public record Reading(String text, String warning) {

        public List<String> warnings() {
            return warning == null ? List.of() : List.of(warning);
        }
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final QueryTokens tokens;
    private final QueryCost cost = new QueryCost();
    private final List<String> wordsAsTyped = new ArrayList<>();
    /** {@link #wordsAsTyped} typed bare. */
    private final List<String> bareWordsAsTyped = new ArrayList<>();
    /** {@link #wordsAsTyped} typed in quotes. */
    private final List<String> phrasesAsTyped = new ArrayList<>();
    /** The field a group was given ({@code title:(a b)}), which its words search; {@code null} for the default. */
    private String groupField;
    /** Inside a clause that must not match ({@code -a}, {@code NOT (a b)}). */
    private boolean excluded;

    private Token ahead;
    private Token afterAhead;
    private Token previous;

    private QuerySyntax(String query) {
        this.tokens = new QueryTokens(query);
    }

    /** @throws InvalidSearchException naming {@code q} when the query is readable but would cost too much */
    public static Reading read(String query) {
        if (query == null || query.isBlank()) {
            return new Reading(query, null);
        }
        try {
            checkBoosts(query);
            new QuerySyntax(query).wholeQuery();
            return new Reading(FuzzyEdits.apply(query), null);
        } catch (QueryCost.Refused e) {
            throw new InvalidSearchException("q", e.getMessage());
        } catch (Unreadable e) {
            return new Reading(asPlainWords(query), UNREADABLE_WARNING);
        }
    }

    /** {@code warnings}, then the note of {@link #tooCommonWarnings} if {@code query} earns it. */
    public static List<String> withTooCommonWords(String query, List<String> warnings) {
        List<String> tooCommon = tooCommonWarnings(query);
        if (tooCommon.isEmpty()) {
            return warnings;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(tooCommon);
        return List.copyOf(all);
    }

    /**
     * A note for a query whose every word typed is one the index leaves out as too common ("the", "it", "to be or not
     * to be"), which no story can match by those words; empty otherwise, and for a query with no word typed.
     */
    static List<String> tooCommonWarnings(String query) {
        List<String> words = wordsAsTyped(query).stream()
                .flatMap(text -> WORD_SEPARATORS.splitAsStream(text))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty() || !words.stream().allMatch(word -> Schema.isStopWord(word.toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        String named = words.stream().distinct().map(word -> "\"" + word + "\"").collect(Collectors.joining(", "));
        return List.of("Too common to be searched for, so left out: " + named + ". Add a less common word.");
    }

    /**
     * The plain words and quoted phrases {@code query} searches in title and body, as typed: not those it excludes,
     * nor those searched in an entity field ({@code person:roberts}), nor patterns or fuzzy words. An engine ranks the
     * stories holding these words exactly as written first ({@code index.WordForms}). A query the grammar cannot read
     * is searched as plain words: all of it.
     */
    public static List<String> wordsAsTyped(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        QuerySyntax syntax = new QuerySyntax(query);
        try {
            syntax.wholeQuery();
            return List.copyOf(syntax.wordsAsTyped);
        } catch (Unreadable e) {
            return List.of(query);
        } catch (QueryCost.Refused e) {
            return List.of();
        }
    }

    /**
     * {@link #wordsAsTyped}, the words typed bare apart from the quoted phrases (a word alone in quotes is found as
     * written where stemming would change it, {@code index.WordForms#asWritten}). A query the grammar cannot read is
     * searched as plain words: all of it bare.
     */
    public static TypedText typedText(String query) {
        if (query == null || query.isBlank()) {
            return new TypedText(List.of(), List.of());
        }
        QuerySyntax syntax = new QuerySyntax(query);
        try {
            syntax.wholeQuery();
            return new TypedText(List.copyOf(syntax.bareWordsAsTyped), List.copyOf(syntax.phrasesAsTyped));
        } catch (Unreadable e) {
            return new TypedText(List.of(query), List.of());
        } catch (QueryCost.Refused e) {
            return new TypedText(List.of(), List.of());
        }
    }

    /** A query's words typed for title and body: those typed bare and the quoted phrases, each as typed. */
    public record TypedText(List<String> bareWords, List<String> phrases) {}

    /**
     * Refuses a {@code ^} not followed by a plain number, a number run into a word, or a boost above
     * {@link #MAX_BOOST}, wherever in the query the lexer reaches them. The classic parser reads {@code tram^1e40}
     * as {@code tram^1} and a word {@code e40} that no story holds, and fails on {@code tram^x} or {@code tram^-1};
     * searched as plain words instead, such a query would match nothing for a reason the reader cannot see. A boost
     * ends where a space, the end, a mark of the grammar or a symbol operator starts ({@code tram^2)},
     * {@code tram^2~1}, {@code tram^2-bus}, {@code tram^2||harbour}): the query is read as the classic parser reads
     * it ({@link QueryTokens#runsOnIntoAWord}).
     *
     * @throws QueryCost.Refused with a message that says how a boost is written
     */
    public static void checkBoosts(String query) {
        if (query.indexOf('^') < 0) {
            return;
        }
        QueryTokens tokens = new QueryTokens(query);
        try {
            for (Token token = tokens.next(); token.kind() != Kind.END; token = tokens.next()) {
                if (token.kind() == Kind.CARET_WITHOUT_NUMBER
                        || (token.kind() == Kind.BOOST
                                && (tokens.runsOnIntoAWord() || Float.parseFloat(token.image()) > MAX_BOOST))) {
                    throw QueryCost.refused(MALFORMED_BOOST);
                }
            }
        } catch (Unreadable e) {
            // The lexer fails before any malformed boost: the query is searched as plain words, with a warning.
        }
    }

    /**
     * {@code query} with each operator written in symbols ({@code &&}, {@code ||}) written as its word ({@code AND},
     * {@code OR}): Lucene's classic parser reads both spellings, Solr's edismax only the words, and would otherwise
     * take {@code tram || harbour} for two required words. A query the lexer cannot read is returned as it is.
     */
    public static String symbolOperatorsAsWords(String query) {
        if (query == null || (!query.contains("&&") && !query.contains("||"))) {
            return query;
        }
        StringBuilder words = new StringBuilder(query.length() + 8);
        QueryTokens tokens = new QueryTokens(query);
        int copied = 0;
        try {
            for (Token token = tokens.next(); token.kind() != Kind.END; token = tokens.next()) {
                if (token.image().equals("&&") || token.image().equals("||")) {
                    int end = tokens.position();
                    words.append(query, copied, end - 2)
                            .append(end - 2 > 0 && !QueryTokens.isSpace(query.charAt(end - 3)) ? " " : "")
                            .append(token.kind() == Kind.AND ? "AND" : "OR")
                            // Glued to what follows, the word would be part of it: "OR(" is no operator to edismax.
                            .append(end < query.length() && !QueryTokens.isSpace(query.charAt(end)) ? " " : "");
                    copied = end;
                }
            }
        } catch (Unreadable e) {
            return query;
        }
        return words.append(query, copied, query.length()).toString();
    }

    /**
     * {@code query} with each plain word of title and body that {@code readTwoWays} accepts put in quotes. Solr's
     * edismax requires every part of what an unquoted word analyses to when the default operator is AND, so a word
     * the analysis reads two ways ("pretax", or "pre tax") would need both; quoted, either will do, and a word alone in
     * quotes matches as it does bare. Words of entity fields, fuzzy words and escaped words are left as they are; a
     * query the lexer cannot read, or with a range, is returned as it is.
     */
    public static String quoteWords(String query, Predicate<String> readTwoWays) {
        List<Placed> placed = placedTokens(query);
        if (placed.isEmpty()) {
            return query;
        }
        StringBuilder quoted = new StringBuilder(query.length() + 8);
        int copied = 0;
        ArrayDeque<String> groupFields = new ArrayDeque<>();
        for (int i = 0; i < placed.size(); i++) {
            Token token = placed.get(i).token();
            String field = fieldAt(placed, i, groupFields);
            if (isPlainTextWord(placed, i, field) && readTwoWays.test(token.image())) {
                int start = placed.get(i).end() - token.image().length();
                quoted.append(query, copied, start)
                        .append('"')
                        .append(token.image())
                        .append('"');
                copied = placed.get(i).end();
            }
        }
        return quoted.append(query, copied, query.length()).toString();
    }

    /**
     * {@code query} with each quoted phrase of title and body joined by AND to the clause {@code asWritten} makes of
     * its text, when it makes one ({@code null}: none): {@code title:"goods"~2} becomes
     * {@code title:("goods"~2 AND CLAUSE)}. For an engine whose parser reads only the query's text, which must find
     * a word alone in quotes as written ({@code index.WordForms#asWritten}); Lucene's parser reads each phrase
     * itself. Phrases of entity fields are left as they are; a query the lexer cannot read, or with a range, is
     * returned as it is.
     */
    public static String quotesAsWritten(String query, Function<String, String> asWritten) {
        List<Placed> placed = placedTokens(query);
        StringBuilder joined = new StringBuilder(query == null ? 0 : query.length() + 32);
        int copied = 0;
        ArrayDeque<String> groupFields = new ArrayDeque<>();
        for (int i = 0; i < placed.size(); i++) {
            Token token = placed.get(i).token();
            String field = fieldAt(placed, i, groupFields);
            String clause = token.kind() == Kind.QUOTED && (field == null || isTextField(field))
                    ? asWritten.apply(unescaped(token.image()))
                    : null;
            if (clause != null) {
                int start = placed.get(i).start();
                while (i + 1 < placed.size() && isBoostOrSlop(placed.get(i + 1).token())) {
                    i++;
                }
                joined.append(query, copied, start)
                        .append('(')
                        .append(query, start, placed.get(i).end())
                        .append(" AND ")
                        .append(clause)
                        .append(')');
                copied = placed.get(i).end();
            }
        }
        return copied == 0
                ? query
                : joined.append(query, copied, query.length()).toString();
    }

    private static boolean isBoostOrSlop(Token token) {
        return token.kind() == Kind.BOOST || token.kind() == Kind.FUZZY;
    }

    private record Placed(Token token, int start, int end) {}

    /** Each token of {@code query} with where it starts and ends; none if the lexer cannot read it, or for a range. */
    private static List<Placed> placedTokens(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Placed> placed = new ArrayList<>();
        QueryTokens tokens = new QueryTokens(query);
        try {
            for (Token token = tokens.next(); token.kind() != Kind.END; token = tokens.next()) {
                if (token.kind() == Kind.RANGE) {
                    return List.of();
                }
                placed.add(new Placed(token, tokens.start(), tokens.position()));
            }
        } catch (Unreadable e) {
            return List.of();
        }
        return placed;
    }

    /**
     * The field the token at {@code i} is searched in: its own ({@code title:x}), else its group's; {@code null} or
     * empty for the default. Keeps {@code groupFields}, the fields of the groups open there, as the tokens pass.
     */
    private static String fieldAt(List<Placed> placed, int i, ArrayDeque<String> groupFields) {
        String field = i >= 2 && placed.get(i - 1).token().kind() == Kind.COLON
                ? placed.get(i - 2).token().image()
                : groupFields.peek();
        Kind kind = placed.get(i).token().kind();
        if (kind == Kind.OPEN) {
            groupFields.push(field == null ? "" : field);
        } else if (kind == Kind.CLOSE) {
            groupFields.poll();
        }
        return field;
    }

    private static boolean isTextField(String field) {
        return field.isEmpty() || TEXT_FIELDS.contains(field);
    }

    private static boolean isPlainTextWord(List<Placed> placed, int i, String field) {
        Kind next = i + 1 < placed.size() ? placed.get(i + 1).token().kind() : Kind.END;
        return placed.get(i).token().kind() == Kind.TERM
                && next != Kind.COLON
                && next != Kind.FUZZY
                && placed.get(i).token().image().indexOf('\\') < 0
                && (field == null || isTextField(field));
    }

    /** Escapes the syntax characters and lower-cases the operator words, which then count as ordinary words. */
    public static String asPlainWords(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (ESCAPED.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return OPERATOR_WORDS.matcher(escaped).replaceAll(match -> match.group().toLowerCase(Locale.ROOT));
    }

    private void wholeQuery() {
        query();
        if (peek().kind() != Kind.END) {
            throw new Unreadable();
        }
    }

    /** Clauses, each with an optional modifier, joined by optional AND/OR; at least one. */
    private void query() {
        clauseWithModifier();
        while (peek().kind() != Kind.END && peek().kind() != Kind.CLOSE) {
            if (peek().kind() == Kind.AND || peek().kind() == Kind.OR) {
                take();
            }
            clauseWithModifier();
        }
    }

    private void clauseWithModifier() {
        Kind next = peek().kind();
        boolean excludedAround = excluded;
        if (next == Kind.PLUS || next == Kind.MINUS || next == Kind.NOT) {
            take();
            excluded |= next != Kind.PLUS;
        }
        String field = null;
        if ((peek().kind() == Kind.TERM || peek().kind() == Kind.STAR)
                && peekSecond().kind() == Kind.COLON) {
            field = take().image();
            take();
        }
        if (peek().kind() == Kind.OPEN) {
            take();
            String fieldAround = groupField;
            groupField = field != null ? field : groupField;
            query();
            groupField = fieldAround;
            expect(Kind.CLOSE);
            boost();
        } else {
            term(field != null ? field : groupField);
        }
        excluded = excludedAround;
    }

    /** Keeps {@code text} as a word typed for title and body, when it is one. */
    private void typed(String field, String text, boolean quoted) {
        if (!excluded && (field == null || TEXT_FIELDS.contains(field))) {
            wordsAsTyped.add(unescaped(text));
            (quoted ? phrasesAsTyped : bareWordsAsTyped).add(unescaped(text));
        }
    }

    private void term(String field) {
        Token term = take();
        switch (term.kind()) {
            case QUOTED -> {
                Token slop = fuzzyAndBoost();
                if (slop != null && !isEntityField(field)) {
                    checkPhraseSlop(slop.image(), term.image());
                }
                if (!isEntityField(field) && hasWildcard(term.image())) {
                    cost.expand();
                    for (String word : term.image().trim().split("\\s+")) {
                        if (hasWildcard(word)) {
                            QueryCost.checkLiteralStart(word);
                        }
                    }
                } else {
                    typed(field, term.image(), true);
                }
            }
            case RANGE -> {
                tokens.restOfRange();
                // Like the classic parser, read what follows before refusing: a lexical error there wins.
                boost();
                throw QueryCost.refused("Ranges like [a TO b] are not supported in q; use from and to for dates.");
            }
            case TERM, STAR, PREFIX, WILDCARD, REGEX, BARE_OPERATOR -> {
                word(field, term, fuzzyAndBoost());
            }
            default -> throw new Unreadable();
        }
    }

    /** A boost and a slop, in either order, each optional; returns the slop, {@code null} without one. */
    private Token fuzzyAndBoost() {
        if (boost()) {
            return optional(Kind.FUZZY) ? previous : null;
        }
        if (optional(Kind.FUZZY)) {
            Token slop = previous;
            boost();
            return slop;
        }
        return null;
    }

    /** The classic parser's precedence: a wildcard, then a prefix, then a pattern, then a fuzzy word. */
    private void word(String field, Token word, Token fuzzy) {
        switch (word.kind()) {
            case STAR, WILDCARD -> {
                QueryCost.checkLiteralStart(word.image());
                cost.expand();
            }
            case PREFIX -> {
                if (!isEntityField(field)) {
                    // An escaped leading star (\\*a*) is a prefix the classic parser will not read.
                    if (unescaped(word.image()).startsWith("*")) {
                        throw new Unreadable();
                    }
                    cost.expand();
                }
            }
            case REGEX -> {
                QueryCost.checkRegex(word.image());
                cost.expand();
            }
            default -> {
                if (fuzzy != null) {
                    checkEditDistance(fuzzy.image());
                    if (!isEntityField(field) && longEnoughForFuzzy(word.image())) {
                        cost.expand();
                    }
                } else {
                    typed(field, word.image(), false);
                }
            }
        }
    }

    /** A negative slop fails to build a phrase of several words; what is no number means the default. */
    private static void checkPhraseSlop(String slop, String phrase) {
        try {
            if ((int) Float.parseFloat(slop) < 0 && phrase.trim().split("\\s+").length > 1) {
                throw new Unreadable();
            }
        } catch (NumberFormatException e) {
            // the default slop
        }
    }

    /** A similarity below 0, or a fractional number of edits, is a syntax error; what is no number means the default. */
    private static void checkEditDistance(String slop) {
        float similarity;
        try {
            similarity = Float.parseFloat(slop);
        } catch (NumberFormatException e) {
            return;
        }
        if (similarity < 0 || (similarity >= 1 && similarity != (int) similarity)) {
            throw new Unreadable();
        }
    }

    private static boolean longEnoughForFuzzy(String escapedWord) {
        String word = unescaped(escapedWord);
        return word.codePointCount(0, word.length()) >= QueryCost.MIN_FUZZY_LENGTH;
    }

    private static String unescaped(String word) {
        return word.replaceAll("\\\\(.)", "$1");
    }

    private static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    private static boolean isEntityField(String field) {
        return field != null && FacetField.byParameter(field).isPresent();
    }

    private Token peek() {
        if (ahead == null) {
            ahead = afterAhead != null ? afterAhead : tokens.next();
            afterAhead = null;
        }
        return ahead;
    }

    private Token peekSecond() {
        peek();
        if (afterAhead == null) {
            afterAhead = tokens.next();
        }
        return afterAhead;
    }

    private Token take() {
        previous = peek();
        ahead = null;
        return previous;
    }

    private boolean optional(Kind kind) {
        if (peek().kind() == kind) {
            take();
            return true;
        }
        return false;
    }

    /** Whether a boost follows; a caret without its number is where the classic parser fails. */
    private boolean boost() {
        if (peek().kind() == Kind.CARET_WITHOUT_NUMBER) {
            throw new Unreadable();
        }
        return optional(Kind.BOOST);
    }

    private void expect(Kind kind) {
        if (take().kind() != kind) {
            throw new Unreadable();
        }
    }

    /** Where the classic parser would fail to read the query. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
