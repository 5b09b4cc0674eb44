package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintsTest {

    private static final String STORY =
            "Maasstad Transit has ordered two more trams, to be delivered next autumn, so that"
                    + " it can run every six minutes at peak times. Ridership on the harbour line beat the council's forecast"
                    + " by a third in its first year, the operator said on Tuesday. Lyon's summer trial of all-night trams"
                    + " carried about 180,000 passengers, and the council there voted to keep the service permanently. Critics"
                    + " in Rotterdam say the money would be better spent on buses in the outer districts, where waits are long.";

    @Test
    void theSameBodyAlwaysGivesTheSameFingerprint() {
        assertEquals(Fingerprints.of(STORY), Fingerprints.of(STORY));
        assertEquals(1.0, fingerprint(STORY).similarity(fingerprint(STORY)));
    }

    @Test
    void caseAccentsPunctuationAndSpacingDoNotMatter() {
        String retyped =
                STORY.toUpperCase().replace(", ", "  ").replace(". ", " ").replace("LYON'S", "LYÓN’S");
        assertEquals(fingerprint(STORY), fingerprint(retyped));
    }

    @Test
    void aLightlyEditedCopyIsADuplicateAndSharesABand() {
        Fingerprint original = fingerprint(STORY);
        Fingerprint edited =
                fingerprint(STORY.replace("on Tuesday", "on Wednesday").replace("about", "roughly"));
        assertTrue(original.similarity(edited) >= Fingerprints.MIN_SIMILARITY, "" + original.similarity(edited));
        assertTrue(original.isDuplicateOf(edited));
        assertFalse(Collections.disjoint(original.bandKeys(), edited.bandKeys()));
    }

    @Test
    void aTruncatedCopyIsADuplicateThroughContainment() {
        Fingerprint original = fingerprint(STORY);
        Fingerprint truncated = fingerprint(STORY.substring(0, STORY.indexOf(" Lyon's")));
        assertTrue(original.containment(truncated) >= Fingerprints.MIN_CONTAINMENT);
        assertTrue(truncated.isDuplicateOf(original));
    }

    @Test
    void aDifferentStoryOnTheSameTopicIsNotADuplicate() {
        String other = "The harbour tram will not run on Sunday while engineers replace the points at Katendrecht,"
                + " Maasstad Transit said. Buses will run every ten minutes between the two harbour stops instead,"
                + " and trams are expected back in service on Monday morning before the first ferry arrives.";
        Fingerprint story = fingerprint(STORY);
        Fingerprint notACopy = fingerprint(other);
        assertTrue(story.similarity(notACopy) < 0.2, "" + story.similarity(notACopy));
        assertFalse(story.isDuplicateOf(notACopy));
    }

    @Test
    void bodiesTooShortToCompareHaveNoFingerprint() {
        assertTrue(Fingerprints.of("").isEmpty());
        assertTrue(Fingerprints.of("Four words only here.").isEmpty());
        assertTrue(Fingerprints.of("Five words are just enough.").isPresent());
    }

    @Test
    void everyBandHasOneKeyAndTheStoredFormReadsBack() {
        Fingerprint fingerprint = fingerprint(STORY);
        List<String> keys = fingerprint.bandKeys();
        assertEquals(Fingerprints.BANDS, Set.copyOf(keys).size());
        byte[] bytes = fingerprint.toBytes();
        assertEquals(fingerprint, Fingerprint.fromBytes(bytes, 0, bytes.length));
    }

    /**
     * Values computed by the first, regex-based implementation: an index built before any change to the word splitting
     * or hashing must find the same duplicates without a rebuild. Texts in several scripts, with compatibility forms,
     * combining accents, marks that lower-casing adds (İ) and numbers that are not digits (½, Ⅻ, ٣).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Café naïve façade — São Paulo's résumé, ﬁnance ½ ² Ⅻ x | 9 | 311169488 | 0:ebcdac2745d508fa",
                "Москва заявила 5 марта: «Нет!» ещё раз и снова тут | 6 | 810672700 | 0:523a32ecc5ce623",
                "東京都 の 発表 によると 今日 は 晴れ です ね | 5 | -855141706 | 0:cd34ae12cbd7990f",
                "İstanbul İSTANBUL ǅemal ß STRASSE ﬀ office end | 4 | 415574534 | 0:3c91a731cb470ed8",
                "Ǆ ǅ ǆ Σίσυφος ΟΔΟΣ 1.5 2,3 4-5 ٣٤ ८ ९ ok | 11 | 1611713983 | 0:5f16dabb27445a4e",
                "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought."
                        + " | 9 | -1023379084 | 0:616136f93e6d6611"
            })
    void fingerprintsStayTheSameAcrossImplementations(String body, int shingles, int hashes, String firstBandKey) {
        Fingerprint fingerprint = fingerprint(body);
        assertEquals(shingles, fingerprint.shingles());
        assertEquals(hashes, Arrays.hashCode(fingerprint.minHashes()));
        assertEquals(firstBandKey, fingerprint.bandKeys().get(0));
    }

    private static Fingerprint fingerprint(String body) {
        return Fingerprints.of(body).orElseThrow();
    }
}
