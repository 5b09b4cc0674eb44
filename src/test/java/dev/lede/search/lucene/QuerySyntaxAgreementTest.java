package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.search.EntityMatcher;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.QuerySyntax;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine-neutral reading of {@code q} ({@link QuerySyntax}, which the SolrCloud engine applies) gives the same
 * verdict as the Lucene engine's parser: run, searched as plain words with a warning, or refused.
 */
class QuerySyntaxAgreementTest {

    private static final String[] PIECES = {
        "tram",
        "Zuid",
        "AND",
        "OR",
        "NOT",
        "&&",
        "||",
        "+",
        "-",
        "!",
        "(",
        ")",
        "\"",
        ":",
        "title:",
        "person:",
        "^2",
        "^0.5",
        "^1e40",
        "^-1",
        "||tram",
        "&&(",
        "^",
        "~",
        "~1",
        "*",
        "?",
        "[",
        "]",
        "{",
        "}",
        "TO",
        "/ab+/",
        "/[a-z]+/",
        "\\",
        "\\*",
        "a*",
        "*a",
        "a?c",
        "ab~",
        "tram~",
        "~1.5",
        "~x",
        "~-1",
        " ",
        " ",
        " ",
        "x",
        "e-mail",
        "[a TO z]",
        "\"harbour line\"",
        "\"har* line\"~3"
    };

    private final KeywordQueryParser lucene = new KeywordQueryParser(Schema.analyzer(), true);
    private final EntityQueries noEntities = new EntityQueries(
            new EntityMatcher(field -> List.of(), EntityAliases.NONE), new FilterQueryBuilder(Schema.facetsConfig()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tram",
                "tram AND line",
                "\"unclosed (phrase AND",
                "(unclosed",
                "closed)",
                "a OR",
                "AND a",
                "a AND NOT b",
                "--a",
                "a - b",
                "title:",
                "title:(harbour OR tram)^2",
                "a^",
                "a^ 2",
                "/a{1,99999999}/",
                "/.*/",
                "/[a-z]{1000}/",
                "/ab+/",
                "a / b",
                "[* TO *]",
                "{a TO z}",
                "[a TO z}",
                "[a z]",
                "[a TO]",
                "[TO z]",
                "*tion",
                "title:[a TO z]",
                "*",
                "*:*",
                "tra*",
                "tr?m",
                "t*m*",
                "ab\\*",
                "\\",
                "a\\",
                "ab~ tram~ harbour~2 lines~0.5",
                "person:zel* person:Zelensky~ person:\"Jo* Doe\"",
                "\"Joh* Doe\" \"a b\"~3^2",
                "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p*",
                "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q*",
                "+ a",
                "a ! b",
                "x:y:z",
                "a:b c:(d e) -(f g)",
                "]",
                "a }",
                "~a",
                "a~b",
                "e-mail +tram -line !x",
                "ANDY ORB NOTE",
                "a\u3000b",
                "tram~tram",
                "tram~*a",
                "tram~ *a",
                "*a +tram~",
                "tram~tram~*a",
                "tram~1.5 line~-1",
                "tram~0.5",
                "tram~2.0",
                "\"a b\"~1.5",
                "[TO TO TO]",
                "tram~^2~",
                "tram^2~1",
                "tram^1e40",
                "tram^2x harbour",
                "tram^-1",
                "tram^abc",
                "tram^0",
                "tram^1000 line^1001",
                "tram^99999999999999999999999999999999999999999",
                "\"tram^1e40\"",
                "tram\\^1e40",
                "\"unclosed tram^x",
                "[a TO b]^x",
                "[a^x TO b]",
                "tram^2||harbour",
                "tram^2&&harbour",
                "tram^2||(harbour bus)",
                "tram^2&&\"harbour line\"",
                "tram^2&&-harbour",
                "tram^2||",
                "tram^2&&",
                "tram^2)",
                "tram^2,harbour",
                "tram^2|harbour",
                "tram^2*",
                "tram^2||harbour^1e40",
                "title:(tram harbour)^2||bus"
            })
    void bothEnginesReadTheQueryAlike(String query) {
        assertEquals(luceneVerdict(query), neutralVerdict(query), query);
    }

    @Test
    void bothEnginesReadThousandsOfRandomQueriesAlike() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder query = new StringBuilder();
            for (int pieces = 1 + random.nextInt(6); pieces > 0; pieces--) {
                query.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    query.append(' ');
                }
            }
            String text = query.toString();
            if (!text.isBlank()) {
                assertEquals(luceneVerdict(text), neutralVerdict(text), text);
            }
        }
    }

    private String luceneVerdict(String query) {
        try {
            return lucene.parse(query, noEntities).warning() == null ? "run" : "plain words";
        } catch (InvalidSearchException e) {
            return "refused";
        }
    }

    private static String neutralVerdict(String query) {
        try {
            return QuerySyntax.read(query).warning() == null ? "run" : "plain words";
        } catch (InvalidSearchException e) {
            return "refused";
        }
    }
}
