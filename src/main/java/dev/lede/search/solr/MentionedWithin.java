package dev.lede.search.solr;

import dev.lede.index.solr.SolrFields;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * "Mentions a date within A..B" in Solr: a mentioned day inside, or a whole mentioned month or year inside. Each
 * precision has its own field of ISO values, so each is a range of strings; one date of an article inside is enough,
 * as with Lucene's range-within query (Solr's own DateRangeField asks every date of a multi-valued field to be inside).
 */
final class MentionedWithin {

    private MentionedWithin() {}

    /** @param from first day, or {@code null}; @param to last day, or {@code null} */
    static String query(LocalDate from, LocalDate to) {
        List<String> clauses = new ArrayList<>();
        clauses.add(range(
                SolrFields.MENTIONED_AS_DAY, from == null ? null : from.toString(), to == null ? null : to.toString()));
        YearMonth firstMonth =
                from == null ? null : YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
        YearMonth lastMonth = to == null
                ? null
                : YearMonth.from(to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.minusMonths(1));
        if (firstMonth == null || lastMonth == null || !firstMonth.isAfter(lastMonth)) {
            clauses.add(range(SolrFields.MENTIONED_AS_MONTH, text(firstMonth), text(lastMonth)));
        }
        Year firstYear = from == null ? null : Year.from(from.getDayOfYear() == 1 ? from : from.plusYears(1));
        Year lastYear = to == null ? null : Year.from(to.getDayOfYear() == to.lengthOfYear() ? to : to.minusYears(1));
        if (firstYear == null || lastYear == null || !firstYear.isAfter(lastYear)) {
            clauses.add(range(SolrFields.MENTIONED_AS_YEAR, text(firstYear), text(lastYear)));
        }
        return String.join(" OR ", clauses);
    }

    private static String range(String field, String first, String last) {
        return field + ":[" + (first == null ? "*" : first) + " TO " + (last == null ? "*" : last) + "]";
    }

    private static String text(Object period) {
        return period == null ? null : period.toString();
    }
}
