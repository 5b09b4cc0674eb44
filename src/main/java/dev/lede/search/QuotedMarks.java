package dev.lede.search;

import dev.lede.index.WordForms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a snippet may mark for a query's quotes. A quoted word that stemming changes is found only as written
 * ({@code "goods"}), but the engines' highlighters read stems and mark every form of it ("good" too); those other
 * forms are not marked, and a passage that holds only them is not chosen, unless the query also names the word in a
 * way that finds every form: bare, or in a phrase of several words.
 */
public final class QuotedMarks {

    public static final QuotedMarks NONE = new QuotedMarks(Map.of());

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");
    /** Where a sentence of a snippet ends: a stop, perhaps a closing quote as the snippets escape it, and a space. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?]|[.!?]&quot;|[.!?]&#x27;)\\s+");

    /** Each stem the quotes hold to written forms, with those forms (and their other spellings). */
    private final Map<String, Set<String>> formsOfStem;

    private QuotedMarks(Map<String, Set<String>> formsOfStem) {
        this.formsOfStem = formsOfStem;
    }

    public static QuotedMarks of(String query) {
        if (query == null || query.indexOf('"') < 0) {
            return NONE;
        }
        QuerySyntax.TypedText typed = QuerySyntax.typedText(query);
        if (typed.phrases().isEmpty()) {
            return NONE;
        }
        Map<String, Set<String>> formsOfStem = new HashMap<>();
        Set<String> everyForm = new HashSet<>();
        for (String phrase : typed.phrases()) {
            List<List<String>> words = WordForms.asWritten(phrase);
            if (words.isEmpty()) {
                WordForms.forms(phrase).forEach(form -> everyForm.add(form.stem()));
            }
            for (List<String> spellings : words) {
                for (String spelling : spellings) {
                    WordForms.forms(spelling)
                            .forEach(form -> formsOfStem
                                    .computeIfAbsent(form.stem(), stem -> new HashSet<>())
                                    .add(form.written()));
                }
            }
        }
        for (String words : typed.bareWords()) {
            WordForms.forms(words).forEach(form -> everyForm.add(form.stem()));
        }
        formsOfStem.keySet().removeAll(everyForm);
        return formsOfStem.isEmpty() ? NONE : new QuotedMarks(formsOfStem);
    }

    /** Whether some marks of a highlighter may be wrong for the query: else every mark stands. */
    public boolean restricts() {
        return !formsOfStem.isEmpty();
    }

    /** Whether {@code word} (text, as the highlighter matched it) may be marked. */
    public boolean allows(String word) {
        for (WordForms.Form form : WordForms.forms(word)) {
            Set<String> written = formsOfStem.get(form.stem());
            if (written != null && !written.contains(form.written())) {
                return false;
            }
        }
        return true;
    }

    /** {@code snippet} (HTML) with each marked word that is another form of a quoted word's stem unmarked. */
    String unmark(String snippet) {
        if (snippet == null || !restricts()) {
            return snippet;
        }
        Matcher marked = MARKED.matcher(snippet);
        StringBuilder kept = new StringBuilder(snippet.length());
        while (marked.find()) {
            String word = marked.group(1);
            marked.appendReplacement(kept, Matcher.quoteReplacement(allows(unescaped(word)) ? marked.group() : word));
        }
        return marked.appendTail(kept).toString();
    }

    /**
     * The {@code wanted} passages to show of {@code passages} (HTML, in the order of the text, where an engine may
     * have run neighbouring passages together), each {@linkplain #unmark unmarked} where the quotes do not allow a
     * mark: the first sentences that keep a mark, in the order of the text; the first passage when none does.
     */
    public List<String> best(List<String> passages, int wanted) {
        List<String> marked = passages.stream()
                .map(this::unmark)
                .flatMap(SENTENCE_BREAK::splitAsStream)
                .filter(QuotedMarks::hasMark)
                .limit(wanted)
                .toList();
        if (!marked.isEmpty() || passages.isEmpty()) {
            return marked;
        }
        return List.of(unmark(passages.get(0)));
    }

    private static boolean hasMark(String passage) {
        return passage.contains("<mark>");
    }

    /** The entities the snippets' HTML escaping writes, as text. */
    private static String unescaped(String html) {
        return html.replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
