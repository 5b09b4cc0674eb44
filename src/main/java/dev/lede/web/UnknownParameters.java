package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.EditDistance;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Query parameters an endpoint does not read. A misspelt filter ({@code mentioned_to}, {@code persons}) would
 * otherwise widen the search without a word, so the answer says which were ignored and what may have been meant.
 */
final class UnknownParameters {

    /** Letters of a name per letter it may have wrong and still be offered: short names are offered only exact. */
    private static final int LETTERS_PER_EDIT = 4;

    private static final int MOST_EDITS = 2;

    private static final int MAX_SHOWN = 40;

    private static final String WARNINGS = "warnings";

    private static final ObjectMapper JSON = Json.mapper();

    /** The known names of an endpoint that reads no query parameter. */
    static final Set<String> NO_PARAMETERS = Set.of();

    private UnknownParameters() {}

    /**
     * Answers with {@code body}, a JSON object, and beside its own fields a {@code warnings} array naming each parameter
     * of the request not in {@code known}: for an endpoint that reads no search filters, so no name of one is meant.
     */
    static void answerWithWarnings(Context ctx, Object body, Set<String> known) {
        ObjectNode answer = JSON.valueToTree(body);
        answer.set(WARNINGS, JSON.valueToTree(warnings(ctx, known, Map.of())));
        ctx.json(answer);
    }

    /**
     * One warning per parameter of the request that is not in {@code known}, in the order they were given.
     *
     * @param meant names that are not parameters but say what one means ("people" for "person")
     */
    static List<String> warnings(Context ctx, Set<String> known, Map<String, String> meant) {
        return ctx.queryParamMap().keySet().stream()
                .filter(name -> !known.contains(name))
                .map(name -> warning(name, meant(name, known, meant)))
                .toList();
    }

    /** {@link #refuse(Context, Set, Map)} for an endpoint that reads no search filters, so no name of one is meant. */
    static void refuse(Context ctx, Set<String> known) {
        refuse(ctx, known, Map.of());
    }

    /**
     * Refuses the first parameter of the request that is not in {@code known}, for an answer that has no room for a
     * warning: a download that silently ignored a misspelt filter would hold more than was asked for.
     *
     * @throws BadRequest naming the parameter and what may have been meant
     */
    static void refuse(Context ctx, Set<String> known, Map<String, String> meant) {
        ctx.queryParamMap().keySet().stream()
                .filter(name -> !known.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new BadRequest(shown(name), description(name, meant(name, known, meant), ""));
                });
    }

    private static String warning(String name, Optional<String> meant) {
        return description(name, meant, " and was ignored");
    }

    private static Optional<String> meant(String name, Set<String> known, Map<String, String> meant) {
        return Optional.ofNullable(meant.get(name)).or(() -> closest(name, known));
    }

    private static String description(String name, Optional<String> meant, String consequence) {
        String text = "'" + shown(name) + "' is not a parameter of this request" + consequence;
        return meant.map(known -> text + "; did you mean '" + known + "'?").orElse(text + ".");
    }

    private static String shown(String name) {
        return name.length() > MAX_SHOWN ? name.substring(0, MAX_SHOWN) + "…" : name;
    }

    /**
     * The known name an unknown one is most likely a slip for: the same letters in another case or without - and _,
     * or a letter or two wrong in a long enough name.
     */
    static Optional<String> closest(String name, Set<String> known) {
        String plain = plain(name);
        if (plain.length() > MAX_SHOWN) {
            return Optional.empty();
        }
        int edits = Math.min(MOST_EDITS, plain.length() / LETTERS_PER_EDIT);
        return known.stream()
                .filter(candidate -> EditDistance.between(plain, plain(candidate)) <= edits)
                .min(Comparator.comparingInt((String candidate) -> EditDistance.between(plain, plain(candidate)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String plain(String name) {
        return name.replaceAll("[-_.\\s]", "").toLowerCase(Locale.ROOT);
    }
}
