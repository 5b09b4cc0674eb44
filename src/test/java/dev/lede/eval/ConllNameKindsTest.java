package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.Extractor;
import dev.lede.model.Enrichment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllNameKindsTest {

    /** "Leeds beat Exeter at Headingley , Ana Ruiz said ." with Leeds and Exeter the teams. */
    private static final ConllDocument DOCUMENT = ConllDocument.of(
            List.of(List.of("Leeds", "beat", "Exeter", "at", "Headingley", ",", "Ana", "Ruiz", "said", ".")),
            List.of(
                    new TokenSpan("ORG", 0, 1),
                    new TokenSpan("ORG", 2, 3),
                    new TokenSpan("LOC", 4, 5),
                    new TokenSpan("PER", 6, 8)));

    private static ConllNameKinds.Result kinds(List<String> people, List<String> places, List<String> orgs) {
        Extractor extractor = article -> new Enrichment(people, places, orgs, List.of());
        return new ConllNameKinds(extractor).run(List.of(DOCUMENT, DOCUMENT), 1);
    }

    @Test
    void countsEachGoldNameByTheListItIsIn() {
        ConllNameKinds.Result result = kinds(List.of("Ana Ruiz"), List.of("Leeds", "Headingley"), List.of("Exeter"));

        assertEquals(2, result.documents());
        assertEquals(4, result.found("ORG"));
        assertEquals(2, result.listedAs("ORG", "ORG"));
        assertEquals(2, result.listedAs("ORG", "LOC"));
        assertEquals(2, result.listedAs("LOC", "LOC"));
        assertEquals(2, result.listedAs("PER", "PER"));
        assertEquals(0, result.notFound("ORG"));
    }

    @Test
    void aNameListedUnderItsGoldKindAndAnotherCountsAsRightAndANameInNoListAsNotFound() {
        ConllNameKinds.Result result = kinds(List.of("Leeds"), List.of("Exeter"), List.of("Exeter", "Leeds"));

        assertEquals(4, result.listedAs("ORG", "ORG"));
        assertEquals(2, result.notFound("LOC"));
        assertEquals(2, result.notFound("PER"));
        assertEquals(0, result.found("PER"));
    }
}
