package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-03-05                         | 2024-03-05T00:00:00Z",
                "2024-03-05T09:30:00Z               | 2024-03-05T09:30:00Z",
                "2024-03-05T09:30Z                  | 2024-03-05T09:30:00Z",
                "2024-03-05T09:30:00.250Z           | 2024-03-05T09:30:00.250Z",
                "2024-03-05T10:30:00+01:00          | 2024-03-05T09:30:00Z",
                "2024-03-05T04:30:00-0500           | 2024-03-05T09:30:00Z",
                "2024-03-05T11:30:00+02             | 2024-03-05T09:30:00Z",
                "2024-03-05T10:30:00+01:00[Europe/Paris] | 2024-03-05T09:30:00Z",
                "2024-03-05T09:30:00                | 2024-03-05T09:30:00Z",
                "2024-03-05 09:30:00                | 2024-03-05T09:30:00Z",
                "2024-03-05 09:30                   | 2024-03-05T09:30:00Z",
                "Tue, 5 Mar 2024 09:30:00 GMT       | 2024-03-05T09:30:00Z",
                "Tue, 05 Mar 2024 10:30:00 +0100    | 2024-03-05T09:30:00Z",
                "5 Mar 2024 04:30:00 -0500          | 2024-03-05T09:30:00Z",
                "Mon, 5 Mar 2024 09:30:00 UTC       | 2024-03-05T09:30:00Z",
                "tue, 5 mar 2024 09:30 gmt          | 2024-03-05T09:30:00Z",
            })
    void readsTheFormsSourcesUse(String value, String expected) {
        assertEquals(Instant.parse(expected), PublicationDates.parse(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {"  ", "yesterday", "2024-13-05", "2024-02-30", "05/03/2024", "Tue, 5 Mar 2024", "1709631000"})
    void givesNullForValuesItCannotRead(String value) {
        assertNull(PublicationDates.parse(value));
    }
}
