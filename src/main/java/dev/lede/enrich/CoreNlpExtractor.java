package dev.lede.enrich;

import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityKind;
import dev.lede.model.MentionedDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entities from the CRF recognizer and, when given a date finder, mentioned dates from SUTime. */
final class CoreNlpExtractor implements Extractor {

    private final EntityRecognizer recognizer;
    private final Optional<DateMentionFinder> dateFinder;

    /** @param dateFinder {@code null} to extract entities only */
    CoreNlpExtractor(EntityRecognizer recognizer, DateMentionFinder dateFinder) {
        this.recognizer = recognizer;
        this.dateFinder = Optional.ofNullable(dateFinder);
    }

    @Override
    public Enrichment extract(Article article) {
        List<EntityMention> body = recognizer.find(article.body());
        List<EntityMention> mentions =
                new ArrayList<>(TitleMentions.confirmedByBody(recognizer.find(article.title()), body));
        mentions.addAll(body);
        mentions = MentionKinds.reconcile(mentions);
        return new Enrichment(
                PersonNames.canonicalize(texts(mentions, EntityKind.PERSON)),
                PlaceAndOrganizationNames.places(texts(mentions, EntityKind.PLACE)),
                PlaceAndOrganizationNames.organizations(texts(mentions, EntityKind.ORGANIZATION)),
                mentionedDates(article));
    }

    private List<MentionedDate> mentionedDates(Article article) {
        LocalDate published =
                article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        return dateFinder
                .map(finder -> finder.find(article.fullText(), published))
                .orElse(List.of());
    }

    private static List<String> texts(List<EntityMention> mentions, EntityKind kind) {
        return mentions.stream()
                .filter(mention -> mention.kind() == kind)
                .map(EntityMention::text)
                .toList();
    }
}
