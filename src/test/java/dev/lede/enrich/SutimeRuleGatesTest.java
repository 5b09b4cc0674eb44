package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.eval.ReutersCorpus;
import dev.lede.eval.ReutersRecord;
import dev.lede.model.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gated SUTime against SUTime as CoreNLP ships it: the same dates, found with fewer rules tried. */
class SutimeRuleGatesTest {

    private static final Path REUTERS =
            Path.of(System.getProperty("lede.sharedDir", "../shared")).resolve("corpora/reuters21578.jsonl.gz");
    private static final int REUTERS_STORIES = 80;

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-02-13");

    /** Dates of many shapes, and words SUTime must not take for dates. */
    private static final List<String> TEXTS = List.of(
            "The summit opened on Monday, Feb. 10, 2025, in Munich and closed two days later.",
            "Shares fell 3 percent on Wednesday after the company said first-quarter profit would miss forecasts.",
            "The ministry will publish the figures next Tuesday; last month they were delayed by a week.",
            "Talks resumed at 9:30 a.m. local time and ran until late in the evening of March 3rd.",
            "Output rose in the third quarter of 1986 and is expected to climb again in the first half of 1987.",
            "The strike, now in its fourth week, began on the 2nd of January and may last until the spring.",
            "He was born in 1952, served from 1990 to 1998, and retired three years ago this autumn.",
            "A spokesman said the deal could close by mid-2026, though an earlier target was December 31.",
            "Prices at the pump have risen every day this week, and yesterday alone by two cents a litre.",
            "The court adjourned until 10 o'clock tomorrow morning; the verdict is due within the next fortnight.",
            "Last year's harvest was the smallest since the drought of the early 1980s, officials said on Friday.",
            "Sat next to the mayor, the minister may sun herself in the approval that followed the May 1 parade.",
            "The 1999-2000 season ended on 14/05/2000, and the club's 125th anniversary falls on 2026-08-01.",
            "Voters go to the polls this Sunday, four weeks after the campaign began at midnight on New Year's Day.",
            "Nothing here names a day, a month or a year, although it is a long enough sentence to be read.");

    private static TokenizerAnnotator tokenizer;
    private static POSTaggerAnnotator tagger;
    private static TimeAnnotator asShipped;
    private static TimeAnnotator gated;
    private static SutimeTenseTags asShippedTenses;
    private static SutimeTenseTags gatedTenses;
    private static int gatedRules;

    @BeforeAll
    static void loadModels() {
        tokenizer = new TokenizerAnnotator(false, "en");
        tagger = new POSTaggerAnnotator(ModelLoader.tagger());
        asShipped = new TimeAnnotator("sutime", new Properties(), true);
        gated = new TimeAnnotator("sutime", new Properties(), true);
        gatedRules = SutimeRuleGates.install(gated);
        asShippedTenses = new SutimeTenseTags(asShipped);
        gatedTenses = new SutimeTenseTags(gated);
    }

    @Test
    void mostRulesGetAGate() {
        assertTrue(gatedRules >= 100, "rules gated: " + gatedRules);
    }

    @Test
    void aGateNeedsTheTokensEveryMatchPassesAndNoneThatCanBeSkipped() throws ReflectiveOperationException {
        SutimeRuleGates.Gate gate = SutimeRuleGates.gateOf(
                TokenSequencePattern.compile("/the/ /day/? /after/ (/next/ | /following/) /week/"));
        assertEquals(Set.of("the", "after", "week"), wordsMeetingAny(gate.required()));
        assertEquals(Set.of("the"), wordsMeetingAny(gate.first()));
    }

    @Test
    void aChoiceAtTheStartNeedsOneOfItsTokens() throws ReflectiveOperationException {
        SutimeRuleGates.Gate gate = SutimeRuleGates.gateOf(TokenSequencePattern.compile("(/late/ | /end/) /of/?"));
        assertEquals(Set.of(), wordsMeetingAny(gate.required()));
        assertEquals(Set.of("late", "end"), wordsMeetingAny(gate.first()));
        assertTrue(gate.mayMatch(List.of(token("the"), token("end"))));
        assertFalse(gate.mayMatch(List.of(token("the"), token("start"), token("of"))));
    }

    @Test
    void aPatternThatCanBeginWithAnyTokenGetsNoGate() throws ReflectiveOperationException {
        SutimeRuleGates.Gate gate = SutimeRuleGates.gateOf(TokenSequencePattern.compile("/a/ | /b/ | []"));
        assertTrue(gate.required().isEmpty());
        assertTrue(gate.first().isEmpty());
    }

    @Test
    void onlyThePureHalfOfAMixedTestIsRead() throws ReflectiveOperationException {
        NodePattern<CoreMap> condition = SutimeRuleGates.condition(
                TokenSequencePattern.compile("[ { word:/late|end/ } & !{ tag:/NN.*/ } & {{ word == \"never\" }} ]")
                        .findNodePatterns(test -> test, false, true)
                        .iterator()
                        .next());
        assertTrue(condition.match(token("late")), "the expression, false for this token, is left out");
        assertFalse(condition.match(token("early")));
    }

    private static Set<String> wordsMeetingAny(List<NodePattern<CoreMap>> conditions) {
        return Stream.of("the", "day", "after", "next", "following", "week", "late", "end", "of", "start")
                .filter(word -> conditions.stream().anyMatch(condition -> condition.match(token(word))))
                .collect(Collectors.toSet());
    }

    @Test
    void gatedSutimeFindsExactlyWhatSutimeAsShippedFinds() {
        for (String text : TEXTS) {
            List<String> expected = timexes(asShipped, text, PUBLISHED);
            assertEquals(expected, timexes(gated, text, PUBLISHED), text);
        }
        assertFalse(timexes(gated, TEXTS.getFirst(), PUBLISHED).isEmpty());
    }

    @Test
    void onRealNewsEverySentenceGivesTheSameDatesGatedOrNot() {
        Assumptions.assumeTrue(Files.isReadable(REUTERS), "Reuters-21578 not found at " + REUTERS.toAbsolutePath());
        int dates = 0;
        for (ReutersRecord record : ReutersCorpus.read(REUTERS, REUTERS_STORIES)) {
            Article article = record.article();
            LocalDate published =
                    article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
            List<String> expected = timexes(asShipped, article.fullText(), published);
            assertEquals(expected, timexes(gated, article.fullText(), published), article.id());
            dates += expected.size();
        }
        assertTrue(dates >= REUTERS_STORIES, "dates found: " + dates);
    }

    /** Every timex SUTime finds in every sentence: its words, offsets, type and value. */
    private static List<String> timexes(TimeAnnotator sutime, String text, LocalDate published) {
        Annotation annotation = new Annotation(text);
        tokenizer.annotate(annotation);
        tagger.annotate(annotation);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        (sutime == gated ? gatedTenses : asShippedTenses).clear();
        sutime.annotate(annotation);
        List<String> found = new ArrayList<>();
        for (CoreMap timex : annotation.get(TimeAnnotations.TimexAnnotations.class)) {
            found.add(timex.get(CoreAnnotations.TextAnnotation.class)
                    + "@" + timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                    + "=" + timex.get(TimeAnnotations.TimexAnnotation.class));
        }
        return found;
    }

    private static CoreLabel token(String word) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.set(CoreAnnotations.TextAnnotation.class, word);
        return token;
    }
}
