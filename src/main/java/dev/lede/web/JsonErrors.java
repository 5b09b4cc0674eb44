package dev.lede.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words a client can act on: what is wrong and where, without the parser's token names,
 * source descriptions or feature flags.
 */
final class JsonErrors {

    static final String NOT_VALID = "the body is not valid JSON";

    /** Jackson's message as the parsers pass it on: "... at line L, column C: Jackson's own text". */
    private static final Pattern REPORTED = Pattern.compile("invalid JSON(?: at line (\\d+), column (\\d+))?: (.*)");

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)'.*");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.{0,40}).*");

    private JsonErrors() {}

    /** A parse error of the request body, e.g. "the body is not valid JSON: it ends before ... (line 1, column 13)". */
    static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return NOT_VALID + ": " + reason(e instanceof JsonEOFException, e.getOriginalMessage()) + where;
    }

    /**
     * A message from the parsers with Jackson's words in it ({@code "line 3: invalid JSON at line 1, column 9:
     * Unexpected end-of-input ..."}) in plain words; other messages as they are.
     */
    static String clean(String message) {
        if (message == null) {
            return null;
        }
        int start = message.indexOf("invalid JSON");
        if (start < 0) {
            return message;
        }
        Matcher reported = REPORTED.matcher(message.substring(start));
        if (!reported.matches()) {
            return message;
        }
        String jackson = reported.group(3);
        String where =
                reported.group(1) == null ? "" : " (line " + reported.group(1) + ", column " + reported.group(2) + ")";
        return message.substring(0, start) + "not valid JSON: "
                + reason(jackson.startsWith("Unexpected end-of-input"), jackson) + where;
    }

    private static String reason(boolean endedEarly, String jackson) {
        String text = jackson == null ? "" : jackson;
        if (endedEarly) {
            return text.contains("Object") || text.contains("OBJECT")
                    ? "it ends before the object is closed"
                    : text.contains("Array") || text.contains("ARRAY")
                            ? "it ends before the array is closed"
                            : "it ends too early";
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(text);
        if (unexpected.matches()) {
            return "unexpected character '" + unexpected.group(1) + "'";
        }
        Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(text);
        if (unrecognized.matches()) {
            return "unrecognised word '" + unrecognized.group(1) + "'";
        }
        if (text.startsWith("Trailing token")) {
            return "more follows the end of the first value";
        }
        return "it cannot be read there";
    }
}
