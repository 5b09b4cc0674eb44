package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm and the unit it owns labelled as one organisation: "Sun Co's Sun Refining and Marketing Co", "BankAmerica
 * Corp's Bank of America", "News Corp's News International". Where a legal form ends the owner's name right before
 * the possessive, the span is two organisations, the owner and what it owns. A possessive after any other word may be
 * part of one name ("Moody's Investors Service Inc", "National People's Congress") and stays.
 */
final class OwnedFirms {

    /**
     * A legal form, its possessive (the group, with the abbreviation's full stop: "Corp.'s"), and a capitalised word
     * that opens the name of what it owns.
     */
    private static final Pattern OWNER_ENDS =
            Pattern.compile("\\b(?i:inc|co|cos|corp|ltd|plc|llc|ag|sa|nv|gmbh)(\\.?['’]s) (?=\\p{Lu})");

    private OwnedFirms() {}

    /** The spans of one sentence, each organisation labelled with the unit it owns split in two. */
    static List<BracketedSpans.Span> split(String paragraph, List<BracketedSpans.Span> spans) {
        List<BracketedSpans.Span> out = new ArrayList<>(spans.size());
        for (BracketedSpans.Span span : spans) {
            if (span.kind() != EntityKind.ORGANIZATION) {
                out.add(span);
                continue;
            }
            int start = span.start();
            Matcher owner = OWNER_ENDS.matcher(paragraph).region(start, span.end());
            while (owner.find()) {
                out.add(new BracketedSpans.Span(EntityKind.ORGANIZATION, start, owner.start(1)));
                start = owner.end();
            }
            out.add(start == span.start() ? span : new BracketedSpans.Span(EntityKind.ORGANIZATION, start, span.end()));
        }
        return out;
    }
}
