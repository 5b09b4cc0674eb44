package dev.lede.search.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.SearchRequest;
import dev.lede.search.CursorOrder;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The position just after one hit, for paging with search-after: the order it belongs to ({@link CursorOrder}), the
 * hit's sort values and document number, as base64url JSON ({@code {"o":"newest","t":"l-","v":[1717200000000],"d":42}}:
 * newest first, after document 42 published at that instant). Opaque to clients; it stays exact as long as the index does not change between pages (a commit in between
 * may skip or repeat a hit near the boundary).
 */
final class SearchCursor {

    static final String PARAMETER = CursorOrder.PARAMETER;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 1_000;

    private SearchCursor() {}

    /** The cursor that continues after {@code hit}, a hit of {@code request} found with {@code sort}. */
    static String after(FieldDoc hit, Sort sort, SearchRequest request) {
        ObjectNode json = JSON.createObjectNode();
        json.put("o", CursorOrder.of(request));
        json.put("t", types(sort));
        ArrayNode values = json.putArray("v");
        for (int i = 0; i < hit.fields.length; i++) {
            if (hit.fields[i] instanceof Float score) {
                // Bits, not a decimal, so that the score compares exactly equal when the cursor comes back.
                values.add(Float.floatToIntBits(score));
            } else {
                values.add(((Number) hit.fields[i]).longValue());
            }
        }
        json.put("d", hit.doc);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hit a cursor points after, checked against the order of the search it is used with.
     *
     * @throws InvalidSearchException naming {@code cursor} when it was not made by this class for this order
     */
    static FieldDoc parse(String cursor, Sort sort, SearchRequest request) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        JsonNode json;
        try {
            json = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
        if (json == null || !json.path("d").canConvertToInt() || json.path("d").asInt() < 0) {
            throw invalid();
        }
        CursorOrder.require(json.path("o").asText(), request);
        if (!types(sort).equals(json.path("t").asText())) {
            throw invalid();
        }
        JsonNode values = json.path("v");
        SortField[] fields = sort.getSort();
        if (!values.isArray() || values.size() != fields.length) {
            throw invalid();
        }
        Object[] sortValues = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            JsonNode value = values.get(i);
            if (!value.isIntegralNumber()) {
                throw invalid();
            }
            sortValues[i] = fields[i].getType() == SortField.Type.SCORE
                    ? (Object) Float.intBitsToFloat(value.asInt())
                    : (Object) value.asLong();
        }
        return new FieldDoc(json.path("d").asInt(), Float.NaN, sortValues);
    }

    /** One letter per sort field: "s" for score, "l" for a long value, so that a cursor is used with its own order. */
    private static String types(Sort sort) {
        StringBuilder types = new StringBuilder();
        for (SortField field : sort.getSort()) {
            types.append(
                    switch (field.getType()) {
                        case SCORE -> 's';
                        case LONG -> 'l';
                        default -> throw new IllegalStateException("No cursor for sorting by " + field);
                    });
            types.append(field.getReverse() ? "-" : "");
        }
        return types.toString();
    }

    private static InvalidSearchException invalid() {
        return new InvalidSearchException(
                PARAMETER, "cursor is not valid: pass the nextCursor of the previous page unchanged");
    }
}
