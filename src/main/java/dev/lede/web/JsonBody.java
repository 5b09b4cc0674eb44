package dev.lede.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request body that must be one flat JSON object of string fields, checked against the fields it may have. Errors
 * say where the JSON broke, never what the parser's internals called it.
 */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    /** @throws BadRequest naming {@code body} unless it is a JSON object with no fields but {@code fields} */
    static JsonBody of(String body, Set<String> fields) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "null" : body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new BadRequest("body", "the body is not valid JSON" + where);
        }
        if (json == null || !json.isObject()) {
            throw new BadRequest("body", "the body must be a JSON object with " + String.join(", ", sorted(fields)));
        }
        List<String> unknown = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new BadRequest(
                    "body",
                    "the body may hold only " + String.join(", ", sorted(fields)) + "; not '" + unknown.getFirst()
                            + "'");
        }
        return new JsonBody(json);
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
