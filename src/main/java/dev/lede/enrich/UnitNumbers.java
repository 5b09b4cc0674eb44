package dev.lede.enrich;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Four digits hyphenated to a unit of measure or a thing counted, as a compound before a noun ("a 2048-bit key", "the
 * 1150-megawatt reactor", "a 2000-strong crowd", "a 1200-page report"), which SUTime reads as a year. A year is
 * hyphenated to what it dates instead ("1987-model cars", "1986-crop peanuts", "a 1929-type crash"), which no unit
 * names, so those stay years.
 */
final class UnitNumbers {

    /** A hyphen (or Unicode hyphen) and the word after it. */
    private static final Pattern HYPHENATED_WORD = Pattern.compile("[-\u2010\u2011]([A-Za-z]+)");

    /** Singular, as a compound writes them; "strong", "odd" and "plus" count people or things loosely. */
    private static final Set<String> UNITS = Set.of(
            // data and screens
            "bit",
            "byte",
            "kilobyte",
            "megabyte",
            "gigabyte",
            "kb",
            "mb",
            "gb",
            "pixel",
            "megapixel",
            "dpi",
            // length, area, volume
            "mile",
            "metre",
            "meter",
            "kilometre",
            "kilometer",
            "km",
            "foot",
            "feet",
            "ft",
            "yard",
            "inch",
            "mm",
            "cm",
            "acre",
            "hectare",
            "litre",
            "liter",
            "gallon",
            "barrel",
            "bushel",
            // mass
            "tonne",
            "ton",
            "pound",
            "lb",
            "kilo",
            "kilogram",
            "kg",
            "gram",
            "ounce",
            "oz",
            "carat",
            // power, speed, frequency
            "watt",
            "kilowatt",
            "megawatt",
            "gigawatt",
            "kw",
            "mw",
            "volt",
            "kilovolt",
            "kv",
            "horsepower",
            "hp",
            "cc",
            "rpm",
            "mph",
            "knot",
            "hertz",
            "megahertz",
            "gigahertz",
            "mhz",
            "ghz",
            "degree",
            // time spans
            "second",
            "minute",
            "hour",
            "day",
            "week",
            "month",
            "year",
            // things and people counted
            "point",
            "page",
            "word",
            "seat",
            "bed",
            "room",
            "storey",
            "story",
            "member",
            "person",
            "man",
            "strong",
            "odd",
            "plus",
            "home",
            "house",
            "unit",
            "vehicle",
            "car",
            "job",
            "worker",
            "employee",
            "student",
            "pupil",
            "player",
            "plane",
            "aircraft",
            "ship",
            "vessel",
            "store",
            "shop",
            "branch",
            "outlet",
            "share",
            "lap",
            "step",
            "piece");

    private UnitNumbers() {}

    /** Whether the word, in any case and singular or plural ("lbs", "tonnes"), is a unit or a thing counted. */
    static boolean isUnit(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return UNITS.contains(lower) || lower.endsWith("s") && UNITS.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether the four digits that end at {@code end} of {@code text} are hyphenated to a unit. */
    static boolean isCount(String text, int end) {
        Matcher word = HYPHENATED_WORD.matcher(text).region(end, text.length());
        return word.lookingAt() && UNITS.contains(word.group(1).toLowerCase(Locale.ROOT));
    }
}
