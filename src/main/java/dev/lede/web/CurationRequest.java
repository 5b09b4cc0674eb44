package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/curation}, checked: {@code {"action": "merge", "field": "person", "value": "Zelensky",
 * "target": "Volodymyr Zelenskyy"}}.
 */
record CurationRequest(CurationAction action, FacetField field, String value, String target) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE_LENGTH = 300;

    static CurationRequest from(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "the body must be a JSON object: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadRequest("body", "the body must be a JSON object with action, field, value and target");
        }
        CurationAction action = CurationAction.parse(text(json, "action"))
                .orElseThrow(() -> new BadRequest(
                        "action",
                        "action must be one of "
                                + Arrays.stream(CurationAction.values())
                                        .map(CurationAction::label)
                                        .collect(Collectors.joining(", "))));
        FacetField field = FacetField.byParameter(text(json, "field"))
                .orElseThrow(() -> new BadRequest("field", "field must be one of " + FacetField.parameterNames()));
        String value = text(json, "value");
        if (value.isBlank()) {
            throw new BadRequest("value", "value must name the facet value to change");
        }
        String target = text(json, "target");
        if (action.needsTarget() && target.isBlank()) {
            throw new BadRequest("target", action.label() + " needs a target: the value to become");
        }
        return new CurationRequest(action, field, value, target.isBlank() ? null : target);
    }

    private static String text(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw new BadRequest(name, name + " must be a string");
        }
        if (node.asText().length() > MAX_VALUE_LENGTH) {
            throw new BadRequest(name, name + " may be at most " + MAX_VALUE_LENGTH + " characters long");
        }
        return node.asText().strip();
    }
}
