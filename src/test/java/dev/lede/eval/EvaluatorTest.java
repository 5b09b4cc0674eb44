package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.NlpMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small run of the whole evaluation on the shared corpora: a few CoNLL documents and Reuters stories. */
class EvaluatorTest {

    private static final Path SHARED = Path.of(System.getProperty("lede.sharedDir", "../shared"));

    @Test
    void evaluatesAFewDocumentsOfEachCorpusAndReportsThem() {
        Assumptions.assumeTrue(
                Files.isDirectory(SHARED.resolve("corpora")),
                "shared corpora not found at " + SHARED.toAbsolutePath() + "; set -Dlede.sharedDir");
        StringWriter progress = new StringWriter();

        EvaluationReport report = Evaluator.run(
                new Evaluator.Options(SHARED, NlpMode.FAST, 2, 40, 4, "test", null), new PrintWriter(progress, true));

        assertEquals(2, report.conll().tuning().documents());
        assertEquals(2, report.conll().heldOut().documents());
        assertEquals(2, report.conll().plainHeldOut().documents());
        assertTrue(report.conll().heldOut().scores().overall().gold() > 0);
        assertEquals(2, report.conll().kindsHeldOut().documents());
        assertTrue(report.conll().kindsHeldOut().found("LOC") > 0);
        assertTrue(report.conll().kindsHeldOut().listedAs("LOC", "LOC")
                <= report.conll().kindsHeldOut().found("LOC"));
        assertTrue(
                report.conll().heldOut().scores().overall().f1() > 0.5,
                "F1 " + report.conll().heldOut().scores().overall().f1());
        assertEquals(40, report.reuters().stories());
        assertTrue(report.reuters().countryRecallAllTags().total() > 0);
        assertFalse(report.reuters().topPlaces().isEmpty());
        assertFalse(report.reuters().topOrganizations().isEmpty());
        List<ReutersEvaluation.Half> halves = report.reuters().halves();
        assertEquals(40, halves.get(0).stories() + halves.get(1).stories());
        assertEquals(
                report.reuters().countryRecall().total(),
                halves.get(0).countryRecall().total()
                        + halves.get(1).countryRecall().total());
        assertTrue(halves.get(1).peoplePrecision().hits()
                <= halves.get(1).peoplePrecision().total());
        assertTrue(halves.get(0).cutOrganizations().total() > 0);
        assertTrue(halves.get(0).cutOrganizations().hits()
                <= halves.get(0).cutOrganizations().total());
        assertEquals(4, report.reuters().partyWordsRead().total(), "the first 40 stories hold four judged words, read");
        assertEquals(
                4,
                report.reuters().partyWordsRead().hits(),
                report.reuters().partyWordMisses().toString());
        assertEquals(0, report.reuters().partyWords().total(), "and none of the held-out draw");
        assertEquals(12, report.checks().size(), "no party floor on a part of Reuters");
        assertTrue(report.ownVariants().wrongMergedShare() <= Floors.OWN_NAME_VARIANTS_WRONG);
        assertEquals(0, report.variants().wrongMerges());
        assertTrue(
                report.variants().sameMergedShare() >= 0.9,
                "merged " + report.variants().sameMergedShare());
        String markdown = ReportFormatter.markdown(report);
        assertTrue(markdown.contains("| CoNLL held-out F1 PER | ≥ 0.94 |"), markdown);
        assertTrue(markdown.contains("Held-out half, plain CRF"), markdown);
        assertTrue(markdown.contains("| held-out | ORG |"), markdown);
        assertTrue(markdown.contains("## Name variants beyond the dev file (Lede's own pairs)"), markdown);
        assertTrue(markdown.contains("| held-out (odd ids) | " + halves.get(1).stories() + " |"), markdown);
        assertTrue(ReportFormatter.plain(report).contains("Seed article".toUpperCase()));
    }

    @Test
    void namesTheMissingFolder(@TempDir Path empty) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Evaluator.run(
                        new Evaluator.Options(empty.resolve("nowhere"), NlpMode.FAST, 1, 0, 0, "test", null),
                        new PrintWriter(new StringWriter(), true)));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void theGazetteerMapsEveryReutersPlaceCodeAndFindsNamedCountries() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("gazetteer")), "shared gazetteer not found");
        CountryGazetteer gazetteer = CountryGazetteer.load(SHARED.resolve("gazetteer"));

        for (String code : new String[] {"usa", "uk", "west-germany", "ussr", "hong-kong", "ivory-coast", "japan"}) {
            assertFalse(gazetteer.countriesOfReutersCode(code).isEmpty(), code);
        }
        Path codes = SHARED.resolve("corpora/reuters21578/all-places-strings.lc.txt");
        if (Files.isReadable(codes)) {
            List<String> unmapped = Files.readAllLines(codes).stream()
                    .map(String::strip)
                    .filter(code -> !code.isEmpty())
                    .filter(code -> gazetteer.countriesOfReutersCode(code).isEmpty())
                    .toList();
            assertEquals(List.of(), unmapped);
        }
        assertEquals(Set.of("DE"), gazetteer.countriesOfReutersCode("west-germany"));
        assertEquals("US", gazetteer.countryOf("U.S.").orElseThrow());
        assertEquals("US", gazetteer.countryOf("United States").orElseThrow());
        assertEquals("GB", gazetteer.countryOf("Britain").orElseThrow());
        assertEquals(
                Set.of("US", "FR", "JP"), gazetteer.countriesNamedIn("U.S. FIRMS EYE Paris\nShares rose in Tokyo."));
    }

    @Test
    void aStoryIsHeldOutWhenTheNumberOfItsIdIsOdd() {
        assertTrue(ReutersEvaluation.isHeldOut("reuters-17"));
        assertFalse(ReutersEvaluation.isHeldOut("reuters-18346"));
    }
}
