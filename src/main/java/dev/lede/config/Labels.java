package dev.lede.config;

import java.util.Locale;

/** The lower-case names a person types for a setting's values ({@code fast}, {@code given}). */
final class Labels {

    private Labels() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException "'x' is not {@code what}; use a, b or c" when {@code text} names none */
    static <E extends Enum<E>> E parse(E[] values, String text, String what) {
        for (E value : values) {
            if (of(value).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not " + what + "; use " + choices(values));
    }

    private static String choices(Enum<?>[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : i == values.length - 1 ? " or " : ", ").append(of(values[i]));
        }
        return text.toString();
    }
}
