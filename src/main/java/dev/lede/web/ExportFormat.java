package dev.lede.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats an export can be written in, by the API and by {@code lede export}. */
public enum ExportFormat {
    /** RFC 4180: a header row, CRLF line ends, fields quoted when needed, several values joined with "; ". */
    CSV("csv", "text/csv; charset=utf-8"),
    /** One JSON object per line, lists as arrays. */
    JSONL("jsonl", "application/x-ndjson");

    private final String label;
    private final String contentType;

    ExportFormat(String label, String contentType) {
        this.label = label;
        this.contentType = contentType;
    }

    public static Optional<ExportFormat> parse(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.label.equals(wanted))
                .findFirst();
    }

    /** For messages: "csv, jsonl". */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** What a downloaded export is called: {@code lede-export.csv}. */
    public String fileName() {
        return "lede-export." + label;
    }
}
