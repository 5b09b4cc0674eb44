package dev.lede.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Option values read with messages a person can act on, instead of the exception of the parser behind them. */
final class Converters {

    private Converters() {}

    /** A day as {@code YYYY-MM-DD}. */
    static final class Day implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a day; write it as YYYY-MM-DD, e.g. 2024-03-31");
            }
        }
    }
}
