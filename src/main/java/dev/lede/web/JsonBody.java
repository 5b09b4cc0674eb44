package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request body that must be one flat JSON object, checked against the fields it may have: a mistyped field is
 * refused by name rather than ignored, since ignoring it would store the default in its place. Errors say where the
 * JSON broke, never what the parser's internals called it.
 */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    /**
     * @throws BadRequest naming {@code body} unless it is a JSON object, or naming the first field that is not one of
     *     {@code fields}
     */
    static JsonBody of(String body, Set<String> fields) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "null" : body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", JsonErrors.describe(e));
        }
        if (json == null || !json.isObject()) {
            throw new BadRequest("body", "the body must be a JSON object with " + String.join(", ", sorted(fields)));
        }
        for (String name : (Iterable<String>) json::fieldNames) {
            if (!fields.contains(name)) {
                throw new BadRequest(
                        name,
                        "unknown field '" + name + "' in the body, which may hold only "
                                + String.join(", ", sorted(fields)));
            }
        }
        return new JsonBody(json);
    }

    /** Field {@code name} as true or false; false when absent or null; @throws BadRequest when not a boolean */
    boolean flag(String name) {
        JsonNode node = object.get(name);
        if (node != null && !node.isNull() && !node.isBoolean()) {
            throw new BadRequest(name, name + " must be true or false");
        }
        return node != null && node.asBoolean(false);
    }

    /** Field {@code name} as a list of strings; empty when absent or null; @throws BadRequest when it is not one */
    List<String> strings(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        BadRequest notStrings = new BadRequest(name, name + " must be a list of strings");
        if (!node.isArray()) {
            throw notStrings;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw notStrings;
            }
            values.add(item.asText());
        }
        return values;
    }

    /** The stripped text of field {@code name}; empty when absent or null; @throws BadRequest when not a string */
    String text(String name, int maxLength) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw new BadRequest(name, name + " must be a string");
        }
        if (node.asText().length() > maxLength) {
            throw new BadRequest(name, name + " may be at most " + maxLength + " characters long");
        }
        return node.asText().strip();
    }

    /** The text of field {@code name} as sent; empty when absent or null; @throws BadRequest when not a string */
    String text(String name) {
        return text(name, Integer.MAX_VALUE);
    }

    /** Like {@link #text} but present and not blank. */
    String required(String name, int maxLength) {
        String text = text(name, maxLength);
        if (text.isEmpty()) {
            throw new BadRequest(name, name + " is required");
        }
        return text;
    }

    private static List<String> sorted(Set<String> fields) {
        return fields.stream().sorted().toList();
    }
}
