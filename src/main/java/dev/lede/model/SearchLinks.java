package dev.lede.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Paths of API searches that responses link to, e.g. {@code /api/search?person=A&person=B&from=2025-02-01}. */
public final class SearchLinks {

    private SearchLinks() {}

    /** Articles that mention {@code value}, published between {@code from} and {@code to} (each may be null). */
    public static String mentioning(FacetField field, String value, LocalDate from, LocalDate to) {
        return withPeriod(new StringBuilder("/api/search?").append(parameter(field, value)), from, to);
    }

    /** Articles that mention both values, published between {@code from} and {@code to} (each may be null). */
    public static String mentioningBoth(
            FacetField field, String value, FacetField other, String otherValue, LocalDate from, LocalDate to) {
        StringBuilder link = new StringBuilder("/api/search?")
                .append(parameter(field, value))
                .append('&')
                .append(parameter(other, otherValue));
        return withPeriod(link, from, to);
    }

    private static String withPeriod(StringBuilder link, LocalDate from, LocalDate to) {
        if (from != null) {
            link.append("&from=").append(from);
        }
        if (to != null) {
            link.append("&to=").append(to);
        }
        return link.toString();
    }

    /** Spaces as {@code %20} rather than {@code +}, so the link reads the same in a path or a query. */
    private static String parameter(FacetField field, String value) {
        return field.parameter() + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
