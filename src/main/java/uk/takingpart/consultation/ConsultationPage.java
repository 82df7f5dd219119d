package uk.takingpart.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.activity.Stage;

/**
 * What a consultation's page shows beyond the activity itself, in the visitor's language (English,
 * marked, where a text is not translated yet). Read in a handful of statements.
 */
public record ConsultationPage(long id, ConsultationState state, Instant opensAt, Instant closesAt, LocalDate decisionExpectedOn,
                               LocalizedText purpose, LocalizedText caseForChange, LocalizedText shorterPeriodReason,
                               LocalizedText howAnswersAreUsed, List<StageDates> timeline, List<Proposal> options,
                               List<Document> documents, List<Update> updates, List<LinkedEvent> events, int questionCount) {

    /** Whether the page offers "Give your views": open now, with a questionnaire to answer. */
    public boolean acceptsResponses() {
        return state == ConsultationState.OPEN && questionCount > 0;
    }

    /** Weeks from opening to closing, rounded. */
    public long weeks() {
        return ConsultationPeriod.weeks(opensAt, closesAt);
    }

    public record StageDates(Stage stage, LocalDate startsOn, LocalDate endsOn) {}

    /** An option or proposal and what it would change. */
    public record Proposal(String code, LocalizedText title, LocalizedText summary, LocalizedText impact) {}

    /** A document, the formats it exists in, and a link for those that can be downloaded. */
    public record Document(String code, LocalDate publishedOn, LocalizedText title, LocalizedText description,
                           List<DocumentFormat> formats, Map<DocumentFormat, String> links) {}

    public record Update(LocalDate publishedOn, LocalizedText title, LocalizedText text) {}

    /** A published activity linked to the consultation (a drop-in, a public meeting). */
    public record LinkedEvent(String slug, ActivityType type, LocalizedText title, Instant startsAt, Instant endsAt) {}
}
