package dev.lede.web;

import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/curation}, checked: {@code {"action": "merge", "field": "person", "value": "Zelensky",
 * "target": "Volodymyr Zelenskyy"}}.
 */
record CurationRequest(CurationAction action, FacetField field, String value, String target) {

    private static final Set<String> FIELDS = Set.of("action", "field", "value", "target");
    private static final int MAX_VALUE_LENGTH = 300;

    static CurationRequest from(String body) {
        JsonBody json = JsonBody.of(body, FIELDS);
        CurationAction action = CurationAction.parse(json.text("action", MAX_VALUE_LENGTH))
                .orElseThrow(() -> new BadRequest(
                        "action",
                        "action must be one of "
                                + Arrays.stream(CurationAction.values())
                                        .map(CurationAction::label)
                                        .collect(Collectors.joining(", "))));
        FacetField field = FacetField.byParameter(json.text("field", MAX_VALUE_LENGTH))
                .orElseThrow(() -> new BadRequest("field", "field must be one of " + FacetField.parameterNames()));
        String value = json.text("value", MAX_VALUE_LENGTH);
        if (value.isBlank()) {
            throw new BadRequest("value", "value must name the facet value to change");
        }
        String target = json.text("target", MAX_VALUE_LENGTH);
        if (action.needsTarget() && target.isBlank()) {
            throw new BadRequest("target", action.label() + " needs a target: the value to become");
        }
        return new CurationRequest(action, field, value, target.isBlank() ? null : target);
    }
}
