package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import dev.lede.model.MentionedDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateAgreementTest {

    private static final Article ARTICLE = new Article("r1", "Title", "Body", null, null, null, null);

    @Test
    void pairsFoundByBothCountAgainstPairsFoundByEither() {
        DateAgreement agreement = DateAgreement.compare(
                ARTICLE,
                List.of(new MentionedDate("1987-02-26", "Thursday"), new MentionedDate("1987", "1987")),
                List.of(
                        new MentionedDate("1987-02-26", "Thursday"),
                        new MentionedDate("1987", "this year"),
                        new MentionedDate("1987-02-25", "last night")));
        assertEquals(2, agreement.agreed());
        assertEquals(0, agreement.onlyAroundCues());
        assertEquals(1, agreement.onlyEverySentence());
        assertEquals(2.0 / 3, agreement.agreement(), 1e-9);
        assertEquals(List.of("r1: -1987-02-25 \"last night\""), agreement.examples());
    }

    @Test
    void articlesWithoutDatesOnEitherSideAgreeFully() {
        assertEquals(1.0, DateAgreement.compare(ARTICLE, List.of(), List.of()).agreement());
    }
}
