package dev.lede.eval;

import dev.lede.model.FacetValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link EvaluationReport} for a terminal (aligned plain text) or as Markdown (for EVALUATION.md). */
public final class ReportFormatter {

    private sealed interface Block permits Heading, Text, Table, Bullets {}

    private record Heading(String text) implements Block {}

    private record Text(String text) implements Block {}

    private record Table(List<String> header, List<List<String>> rows) implements Block {}

    private record Bullets(List<String> items) implements Block {}

    private ReportFormatter() {}

    public static String markdown(EvaluationReport report) {
        StringBuilder out = new StringBuilder("# Lede evaluation\n\n");
        for (Block block : blocks(report)) {
            switch (block) {
                case Heading h -> out.append("## ").append(h.text()).append("\n\n");
                case Text t -> out.append(t.text()).append("\n\n");
                case Bullets b -> {
                    b.items().forEach(item -> out.append("- ").append(item).append('\n'));
                    out.append('\n');
                }
                case Table t -> {
                    out.append(row(t.header())).append('\n');
                    out.append(row(Collections.nCopies(t.header().size(), "---")))
                            .append('\n');
                    t.rows().forEach(r -> out.append(row(r)).append('\n'));
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    public static String plain(EvaluationReport report) {
        StringBuilder out = new StringBuilder("LEDE EVALUATION\n\n");
        for (Block block : blocks(report)) {
            switch (block) {
                case Heading h -> out.append(h.text().toUpperCase(Locale.ROOT)).append('\n');
                case Text t ->
                    out.append(t.text().replace("`", "").replace("**", "")).append("\n\n");
                case Bullets b -> {
                    b.items()
                            .forEach(item -> out.append("  - ")
                                    .append(item.replace("`", ""))
                                    .append('\n'));
                    out.append('\n');
                }
                case Table t -> out.append(aligned(t)).append('\n');
            }
        }
        return out.toString();
    }

    private static List<Block> blocks(EvaluationReport report) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text("Command: `" + report.command() + "` (NLP mode " + report.nlp() + ")"));
        blocks.add(new Heading("Floors"));
        List<List<String>> floorRows = new ArrayList<>();
        for (Floors.Check check : report.checks()) {
            floorRows.add(List.of(check.name(), check.floor(), check.measured(), check.passed() ? "PASS" : "FAIL"));
        }
        blocks.add(new Table(List.of("floor", "required", "measured", "result"), floorRows));
        if (report.conll() != null) {
            conll(report.conll(), blocks);
        }
        if (report.variants() != null) {
            variants("Name variants (entities/name-variants.dev.csv)", report.variants(), blocks);
        }
        if (report.ownVariants() != null) {
            variants("Name variants beyond the dev file (Lede's own pairs)", report.ownVariants(), blocks);
        }
        if (report.reuters() != null) {
            reuters(report.reuters(), blocks);
        }
        if (report.ranking() != null) {
            ranking(report.ranking(), blocks);
        }
        if (report.seed() != null) {
            seed(report.seed(), blocks);
        }
        return blocks;
    }

    private static void ranking(TopicRanking.Result result, List<Block> blocks) {
        blocks.add(new Heading("Keyword ranking against Reuters-21578's topics"));
        blocks.add(new Text(String.format(
                "Each topic's keywords (`eval.TopicQueries`: its name in the corpus's category list, not chosen for"
                        + " a result) searched over all the stories as `/api/search` ranks them (relevance, copies"
                        + " collapsed; no entities, which keywords do not search); a story is relevant where its"
                        + " editors gave it the topic. Only the %,d stories with a topic are judged, the others left"
                        + " out of each ranking. Precision and nDCG of the first %d judged hits (precision of as many"
                        + " as there are relevant stories, when fewer), average precision of the first %d; queries at"
                        + " even positions are the tuning half, at odd positions the held-out half.",
                result.judgedStories(), TopicRanking.CUTOFF, TopicRanking.DEPTH)));
        blocks.add(new Table(
                List.of("half", "queries", "precision at 10", "nDCG at 10", "average precision at 100"),
                List.of(meansRow("held-out", result.heldOut()), meansRow("tuning", result.tuning()))));
        List<List<String>> rows = new ArrayList<>();
        for (TopicRanking.QueryScore query : result.queries()) {
            rows.add(List.of(
                    query.topic(),
                    "`" + query.keywords() + "`",
                    String.valueOf(query.relevant()),
                    String.format("%.1f", query.precision()),
                    String.format("%.3f", query.ndcg()),
                    String.format("%.3f", query.averagePrecision())));
        }
        blocks.add(new Table(
                List.of("topic", "keywords", "relevant stories", "precision at 10", "nDCG at 10", "AP at 100"), rows));
    }

    private static List<String> meansRow(String half, TopicRanking.Means means) {
        return List.of(
                half,
                String.valueOf(means.queries()),
                String.format("%.3f", means.precision()),
                String.format("%.3f", means.ndcg()),
                String.format("%.3f", means.averagePrecision()));
    }

    private static void conll(ConllHalves halves, List<Block> blocks) {
        blocks.add(new Heading("CoNLL-2003 development set (eng.testa): exact-match spans, two halves"));
        blocks.add(new Text("Documents at even positions (from 0) are the tuning half, at odd positions the held-out"
                + " half. Each document's tokens joined by spaces and sentences by newlines went through the"
                + " extractor's recognizer and mention reconciliation (`enrich.SpanTagger`), and through the plain CRF"
                + " alone (reading every sentence) for the baseline; MISC is not scored."));
        conllHalf("Held-out half, Lede", halves.heldOut(), blocks);
        conllHalf("Held-out half, plain CRF", halves.plainHeldOut(), blocks);
        conllHalf("Tuning half, Lede", halves.tuning(), blocks);
        conllHalf("Tuning half, plain CRF", halves.plainTuning(), blocks);
        conllKinds(halves, blocks);
    }

    private static void conllKinds(ConllHalves halves, List<Block> blocks) {
        blocks.add(new Text("**Gold names by the kind the whole extractor lists them under** (`eval.ConllNameKinds`):"
                + " each document extracted as an article, each distinct gold name looked up as written among its"
                + " people, places and organisations; every rule after the recognizer shows here. A name listed under"
                + " none (merged into a longer one, or a place shown by its gazetteer name) is not found."));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, ConllNameKinds.Result> half :
                List.of(Map.entry("held-out", halves.kindsHeldOut()), Map.entry("tuning", halves.kindsTuning()))) {
            ConllNameKinds.Result result = half.getValue();
            for (String gold : ConllNameKinds.KINDS) {
                int found = result.found(gold);
                int right = result.listedAs(gold, gold);
                List<String> row = new ArrayList<>(List.of(half.getKey(), gold));
                for (String lede : ConllNameKinds.KINDS) {
                    row.add(String.valueOf(result.listedAs(gold, lede)));
                }
                row.add(String.valueOf(result.notFound(gold)));
                row.add(String.format("%.3f (%d / %d)", found == 0 ? 0.0 : (double) right / found, right, found));
                rows.add(row);
            }
        }
        blocks.add(new Table(
                List.of("half", "gold kind", "as PER", "as LOC", "as ORG", "not found", "listed under its kind"),
                rows));
    }

    private static void conllHalf(String title, ConllEvaluation.Result result, List<Block> blocks) {
        blocks.add(new Text(String.format(
                "**%s**: %d documents, %d tokens, in %.1f s; %d predicted mentions not on token boundaries.",
                title, result.documents(), result.tokens(), result.millis() / 1000.0, result.unalignedSpans())));
        List<List<String>> rows = new ArrayList<>();
        for (String type : result.scores().types()) {
            rows.add(scoreRow(type, result.scores().of(type)));
        }
        rows.add(scoreRow("all three (micro)", result.scores().overall()));
        blocks.add(new Table(List.of("type", "gold", "predicted", "correct", "precision", "recall", "F1"), rows));
    }

    private static void variants(String title, NameVariantsEvaluation.Result result, List<Block> blocks) {
        blocks.add(new Heading(title));
        blocks.add(new Text("Each pair put to the rule that merges its kind, as an archive of just the two names"
                + " (people: `model.PersonVariants`; organisations: `model.OrganizationVariants`; places: the"
                + " gazetteer's resolution)."));
        List<List<String>> rows = new ArrayList<>();
        for (NameVariantsEvaluation.KindResult kind : result.kinds()) {
            rows.add(List.of(
                    kind.kind(),
                    kind.sameMerged() + " / " + kind.same(),
                    kind.wrongMerges() + " / " + kind.different()));
        }
        blocks.add(new Table(List.of("kind", "same pairs merged", "different pairs merged (wrong)"), rows));
        List<String> misses = result.kinds().stream()
                .flatMap(kind -> kind.misses().stream())
                .map(miss -> "`" + miss + "`")
                .toList();
        if (!misses.isEmpty()) {
            blocks.add(new Bullets(misses));
        }
    }

    private static List<String> scoreRow(String name, SpanScores.Score score) {
        return List.of(
                name,
                String.valueOf(score.gold()),
                String.valueOf(score.predicted()),
                String.valueOf(score.truePositives()),
                String.format("%.3f", score.precision()),
                String.format("%.3f", score.recall()),
                String.format("%.3f", score.f1()));
    }

    private static void reuters(ReutersEvaluation.Result result, List<Block> blocks) {
        blocks.add(new Heading("Reuters-21578 against its human tags"));
        blocks.add(new Text(String.format(
                "%d stories (read without their tags), in %.1f s (%.1f stories/s).",
                result.stories(), result.millis() / 1000.0, result.stories() * 1000.0 / Math.max(1, result.millis()))));
        blocks.add(new Table(
                List.of("measure", "share", "hits / total", "counted over"),
                List.of(
                        shareRow(
                                "people recall",
                                result.people(),
                                "(story, person tag) pairs; the person is among the story's people"),
                        shareRow(
                                "country recall (named)",
                                result.countryRecall(),
                                "(story, country tag) pairs whose title, dateline or body names the country or a"
                                        + " place in it"),
                        shareRow(
                                "country recall (all tags)",
                                result.countryRecallAllTags(),
                                "every (story, country tag) pair"),
                        shareRow(
                                "country precision",
                                result.countryPrecision(),
                                "countries Lede assigns, distinct per story, over stories with place tags"))));
        if (result.storiesWithCountries() == 0) {
            blocks.add(new Text("**Lede assigned no country to any story**: the extractor does not fill"
                    + " `Enrichment.countries` yet, so the country measures are 0."));
        } else {
            blocks.add(new Text(result.storiesWithCountries() + " stories got at least one country."));
        }
        if (!result.unmappedTags().isEmpty()) {
            blocks.add(new Text("Place tags not mapped to a country (left out): " + result.unmappedTags()));
        }
        if (!result.unmappedCountries().isEmpty()) {
            blocks.add(new Text(
                    "Country values the gazetteer does not know (counted as wrong): " + result.unmappedCountries()));
        }
        halves(result.halves(), blocks);
        examples("People tags missed (first few)", result.peopleMisses(), blocks);
        examples("Named countries missed (first few)", result.countryMisses(), blocks);
        examples("Countries assigned but not tagged (first few)", result.countryFalseAlarms(), blocks);
        examples("Cut organisations in the held-out half (first few)", result.cutOrganizationExamples(), blocks);
        partyWords(result, blocks);
        blocks.add(new Heading(
                "The " + ReutersEvaluation.TOP + " most frequent people, places and organisations on Reuters"));
        blocks.add(new Text("Counted once per story (organisations as extracted, before the index merges their"
                + " variants). People and places that may name one entity twice:"));
        blocks.add(new Bullets(duplicates("people", result.duplicatePeople())));
        blocks.add(new Bullets(duplicates("places", result.duplicatePlaces())));
        blocks.add(new Table(
                List.of("#", "person", "stories", "place", "stories", "organisation", "stories"), topRows(result)));
    }

    private static void partyWords(ReutersEvaluation.Result result, List<Block> blocks) {
        blocks.add(new Text("**Parties** (capitalised words of political families, \"Democrats\", \"Tory\", \"Greens\","
                + " drawn at random from all stories in five draws of 90 and judged by hand; the first four were read"
                + " while the rules were written, the fifth is held out): of the held-out words naming a party, "
                + shareCell(result.partyWords()) + " are in stories with an organisation of that party (a value holding"
                + " the word's stem, as \"Democratic Party\" for \"Democrats\"); in the draws read, "
                + shareCell(result.partyWordsRead()) + ". Of the words naming none (\"Greens Creek Joint Venture\", a"
                + " Mr Green, \"Communist countries\"), " + shareCell(result.otherWordsAsParties())
                + " name a party of their story, alone or after words of a doctrine."));
        examples("Party words missed, and other words made a party (first few)", result.partyWordMisses(), blocks);
    }

    private static void halves(List<ReutersEvaluation.Half> halves, List<Block> blocks) {
        blocks.add(new Text("The same measures in two halves by the number in the story's id: rules may be tuned on"
                + " the even half; the odd half is held out. People precision counts the people Lede finds (distinct"
                + " per story, over stories with person tags) that match a tag; country precision as above. Both are"
                + " lower bounds: Reuters tags only whom and what a story is about. Cut organisations counts the"
                + " (story, organisation) pairs whose value ends as a firm's name does (a legal form, \"Associates\","
                + " \"Sons\") and which the story writes only right after a capitalised word and \"and\" (\"Sons Inc\" of"
                + " \"Alex. Brown and Sons Inc\"), read from the text; a firm only ever named second in a pair of firms"
                + " counts too, so lower is better but zero is out of reach."));
        List<List<String>> rows = new ArrayList<>();
        for (ReutersEvaluation.Half half : halves) {
            rows.add(List.of(
                    half.name(),
                    String.valueOf(half.stories()),
                    shareCell(half.peopleRecall()),
                    shareCell(half.peoplePrecision()),
                    shareCell(half.countryRecall()),
                    shareCell(half.countryPrecision()),
                    shareCell(half.cutOrganizations())));
        }
        blocks.add(new Table(
                List.of(
                        "half",
                        "stories",
                        "people recall",
                        "people precision",
                        "country recall (named)",
                        "country precision",
                        "cut organisations"),
                rows));
    }

    private static String shareCell(ReutersEvaluation.Share share) {
        return String.format("%.3f (%d / %d)", share.value(), share.hits(), share.total());
    }

    private static List<String> shareRow(String name, ReutersEvaluation.Share share, String denominator) {
        return List.of(name, String.format("%.3f", share.value()), share.hits() + " / " + share.total(), denominator);
    }

    private static void examples(String title, List<String> examples, List<Block> blocks) {
        if (!examples.isEmpty()) {
            blocks.add(new Text(title + ":"));
            blocks.add(new Bullets(examples.stream().map(e -> "`" + e + "`").toList()));
        }
    }

    private static List<String> duplicates(String field, List<DuplicateValues.Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of(field + ": none");
        }
        return pairs.stream()
                .map(pair -> field + ": \"" + pair.first() + "\" and \"" + pair.second() + "\" (" + pair.reason() + ")")
                .toList();
    }

    private static List<List<String>> topRows(ReutersEvaluation.Result result) {
        List<List<String>> rows = new ArrayList<>();
        int size = Math.max(
                result.topPeople().size(),
                Math.max(result.topPlaces().size(), result.topOrganizations().size()));
        for (int i = 0; i < size; i++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1)));
            row.addAll(cell(result.topPeople(), i));
            row.addAll(cell(result.topPlaces(), i));
            row.addAll(cell(result.topOrganizations(), i));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cell(List<FacetValue> values, int i) {
        return i < values.size()
                ? List.of(values.get(i).value(), String.valueOf(values.get(i).count()))
                : List.of("", "");
    }

    private static void seed(SeedArticleCheck.Result result, List<Block> blocks) {
        blocks.add(new Heading("Seed article (corpora/seed-article.txt)"));
        blocks.add(new Bullets(List.of(
                "places include " + String.join(" and ", SeedArticleCheck.EXPECTED_PLACES) + ": "
                        + (result.placesFound() ? "yes" : "NO, missing " + result.missingPlaces()),
                "places: " + result.places(),
                "countries: " + result.countries(),
                "people (should be real people only): " + result.people())));
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(
                        " | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
    }

    private static String aligned(Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        int columns = table.header().size();
        int[] widths = new int[columns];
        for (List<String> r : all) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                line.append(String.format("%-" + widths[c] + "s", r.get(c)));
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
