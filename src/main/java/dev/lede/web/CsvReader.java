package dev.lede.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an uploaded CSV (RFC 4180, CRLF or LF rows, a leading byte order mark ignored) into rows of fields. */
final class CsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvReader() {}

    /** @throws BadRequest naming the body when the CSV is malformed, e.g. a quote left open */
    static List<List<String>> rows(String text) {
        String body = !text.isEmpty() && text.charAt(0) == SpreadsheetCsv.BOM ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadRequest("body", "the CSV body cannot be read: " + e.getMessage());
        }
        return rows;
    }
}
