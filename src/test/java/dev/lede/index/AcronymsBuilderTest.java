package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymsBuilderTest {

    @Test
    void eachAcronymFindsItsLettersWithPointsAndTheOtherWayRoundUnlessItsLettersAreAWord() {
        assertEquals(
                List.of("EU,E.U", "NATO,N.A.T.O", "US => US,U.S"),
                AcronymsBuilder.lines(Set.of("US", "IT", "NATO", "OR", "EU"), Set.of("us", "it", "or", "nation")));
    }

    @Test
    void thePointsGoBetweenTheLetters() {
        assertEquals("W.H.O", AcronymsBuilder.withPoints("WHO"));
    }
}
