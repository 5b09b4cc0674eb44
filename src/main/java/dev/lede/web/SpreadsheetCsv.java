package dev.lede.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Lede writes it for spreadsheets (exports, batch results): RFC 4180 through Commons CSV, optionally after a
 * UTF-8 byte order mark (without it Excel reads "Weißgerber" as "WeiÃŸgerber"), and every cell made formula-safe.
 */
final class SpreadsheetCsv {

    /** A byte order mark, as the first character of a UTF-8 stream. */
    static final char BOM = '\uFEFF';

    /** Characters that make a spreadsheet read a cell as a formula (or, tab and CR, hide one behind them). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a CSV on {@code out} (left open) with the mark when asked, then the header row. */
    static SpreadsheetCsv start(Writer out, boolean byteOrderMark, List<String> header) throws IOException {
        if (byteOrderMark) {
            out.write(BOM);
        }
        SpreadsheetCsv csv = new SpreadsheetCsv(new CSVPrinter(out, FORMAT));
        csv.row(header);
        return csv;
    }

    void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(safe(cell));
        }
        printer.println();
    }

    void flush() throws IOException {
        printer.flush();
    }

    /**
     * The cell as text a spreadsheet shows as written: one starting like a formula ({@code =HYPERLINK(…)},
     * {@code +1}, {@code -2+3}, {@code @SUM(…)}) gets a leading apostrophe, which spreadsheets read as "text follows".
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
