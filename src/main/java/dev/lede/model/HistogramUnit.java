package dev.lede.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The period one bar of the publication histogram counts. */
public enum HistogramUnit {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The unit named {@code name} ("day", "Week", …). */
    public static Optional<HistogramUnit> parse(String name) {
        return Arrays.stream(values())
                .filter(unit -> unit.label().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** As requests and responses spell it: "day", "week", "month", "year". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
