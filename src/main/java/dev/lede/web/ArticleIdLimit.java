package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes the articles whose id is longer than {@code GET /api/articles/{id}} accepts out of an upload before it is
 * indexed: indexed, they could be found but never opened. Everything else about the upload is left to the parsers,
 * so a body that is not JSON passes through unchanged for them to report.
 */
final class ArticleIdLimit {

    /** The same reading as the parsers', so that a body they refuse is not rewritten into one they accept. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String NOT_AN_OBJECT = "not a JSON object";

    /**
     * @param body what to index: the upload, with each article whose id is too long replaced by a blank line (JSON
     *     Lines) or a {@code null} item (a JSON array)
     * @param errors one for each article taken out, numbered as the parsers number their problems
     * @param items the array positions ({@code "item 3: "}) taken out, whose "not a JSON object" the parser will
     *     report in place of the real reason
     */
    record Checked(byte[] body, List<String> errors, Set<String> items) {

        /** The parser's problems with those about the stand-in {@code null} items replaced by the real reasons. */
        List<String> problems(List<String> parserProblems) {
            List<String> all = new ArrayList<>(errors);
            parserProblems.stream()
                    .filter(problem -> items.stream().noneMatch(item -> problem.equals(item + NOT_AN_OBJECT)))
                    .forEach(all::add);
            return all;
        }
    }

    private ArticleIdLimit() {}

    /** @throws BadRequest naming {@code id} when every article in the upload has an id that is too long */
    static Checked check(byte[] body, boolean jsonLines) {
        return jsonLines ? checkLines(body) : checkJson(body);
    }

    private static Checked checkJson(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return unchanged(body);
        }
        if (root != null && root.isObject() && tooLong(root)) {
            throw new BadRequest("id", SearchParams.tooLong("id"));
        }
        if (root == null || !root.isArray()) {
            return unchanged(body);
        }
        List<String> errors = new ArrayList<>();
        Set<String> items = new TreeSet<>();
        ArrayNode array = (ArrayNode) root;
        for (int i = 0; i < array.size(); i++) {
            if (tooLong(array.get(i))) {
                String item = "item " + (i + 1) + ": ";
                errors.add(item + SearchParams.tooLong("id"));
                items.add(item);
                array.set(i, NullNode.getInstance());
            }
        }
        if (errors.isEmpty()) {
            return unchanged(body);
        }
        refuseWhenNothingLeft(errors, array.size());
        try {
            return new Checked(JSON.writeValueAsBytes(array), errors, items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree just read can be written", e);
        }
    }

    private static Checked checkLines(byte[] body) {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        List<String> errors = new ArrayList<>();
        int articles = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            articles++;
            if (tooLong(line(lines[i]))) {
                errors.add("line " + (i + 1) + ": " + SearchParams.tooLong("id"));
                lines[i] = "";
            }
        }
        if (errors.isEmpty()) {
            return unchanged(body);
        }
        refuseWhenNothingLeft(errors, articles);
        return new Checked(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), errors, Set.of());
    }

    private static JsonNode line(String text) {
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Whether this record gives an id, as the parsers read one (trimmed text), longer than a path may carry. */
    private static boolean tooLong(JsonNode record) {
        JsonNode id = record == null || !record.isObject() ? null : record.get("id");
        return id != null && id.isValueNode() && id.asText().strip().length() > SearchParams.MAX_NAME_LENGTH;
    }

    private static void refuseWhenNothingLeft(List<String> errors, int articles) {
        if (errors.size() == articles) {
            throw new BadRequest("id", "no article could be indexed: " + errors.getFirst());
        }
    }

    private static Checked unchanged(byte[] body) {
        return new Checked(body, List.of(), Set.of());
    }
}
