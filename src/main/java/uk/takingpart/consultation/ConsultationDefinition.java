package uk.takingpart.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.takingpart.activity.Stage;

/**
 * A consultation's details to save for an activity, written as code (the demo and tests; the
 * staff editor later). Words are in any languages; fields of the consultation itself:
 * {@code purpose}, {@code case-for-change}, {@code shorter-period-reason}, {@code how-answers-are-used}.
 */
public final class ConsultationDefinition {
    final long activityId;
    final Instant opensAt;
    final Instant closesAt;
    final Wording wording = new Wording();
    final Map<Stage, LocalDate[]> stages = new EnumMap<>(Stage.class);
    final List<Item> options = new ArrayList<>();
    final List<Item> documents = new ArrayList<>();
    final List<Item> updates = new ArrayList<>();
    final List<Long> linkedActivities = new ArrayList<>();
    LocalDate decisionExpectedOn;
    Long questionnaireId;

    public ConsultationDefinition(long activityId, Instant opensAt, Instant closesAt) {
        this.activityId = activityId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public ConsultationDefinition text(String field, String english, String welsh) {
        wording.bilingual(field, english, welsh);
        return this;
    }

    public Wording wording() {
        return wording;
    }

    public ConsultationDefinition stage(Stage stage, LocalDate startsOn, LocalDate endsOn) {
        stages.put(stage, new LocalDate[] {startsOn, endsOn});
        return this;
    }

    public ConsultationDefinition decisionExpectedOn(LocalDate date) {
        this.decisionExpectedOn = date;
        return this;
    }

    public ConsultationDefinition questionnaire(long questionnaireId) {
        this.questionnaireId = questionnaireId;
        return this;
    }

    /** An option or proposal: fields {@code title}, {@code summary}, {@code impact}. */
    public Wording option(String code) {
        Item item = new Item(code, null, Set.of());
        options.add(item);
        return item.wording;
    }

    /** A document in the formats it exists in: fields {@code title}, {@code description}. */
    public Wording document(String code, LocalDate publishedOn, Set<DocumentFormat> formats) {
        Item item = new Item(code, publishedOn, formats);
        documents.add(item);
        return item.wording;
    }

    /** A dated update: fields {@code title}, {@code text}. */
    public Wording update(LocalDate publishedOn) {
        Item item = new Item(null, publishedOn, Set.of());
        updates.add(item);
        return item.wording;
    }

    public ConsultationDefinition linkedActivity(long activityId) {
        linkedActivities.add(activityId);
        return this;
    }

    /** Null when it may be saved, else the translation key of the problem. */
    public String problem() {
        Map<String, String> reason = wording.asMap().getOrDefault("shorter-period-reason", new LinkedHashMap<>());
        return ConsultationPeriod.problem(opensAt, closesAt, reason.values().stream().anyMatch(v -> !v.isBlank()));
    }

    static final class Item {
        final String code;
        final LocalDate date;
        final Set<DocumentFormat> formats;
        final Wording wording = new Wording();

        Item(String code, LocalDate date, Set<DocumentFormat> formats) {
            this.code = code;
            this.date = date;
            this.formats = formats;
        }
    }
}
