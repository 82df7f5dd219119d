package uk.takingpart.consultation;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.takingpart.base.ui.InformationArguments;

/**
 * The keeping periods the privacy notice states, read from the same configuration the deleting
 * jobs use, so the notice cannot say one thing while the site does another: saved responses
 * ({@link ResponseDraftRetention}), respondents' names and emails ({@link RespondentRetention}),
 * equality answers ({@link EqualityRetention}) and askers' email addresses ({@link QuestionEmailRetention}).
 */
@Component
public class RetentionPeriods implements InformationArguments {
    private final long draftDays;
    private final long detailsMonths;
    private final long equalityMonths;
    private final long questionEmailMonths;

    RetentionPeriods(@Value("${takingpart.consultation.draft-retention-after-close:P30D}") Duration drafts,
                     @Value("${takingpart.consultation.respondent-details-keep:P1Y}") Period details,
                     @Value("${takingpart.equality.keep:P2Y}") Period equality,
                     @Value("${takingpart.consultation.question-email-keep:P3M}") Period questionEmails) {
        this.draftDays = drafts.toDays();
        this.detailsMonths = details.toTotalMonths();
        this.equalityMonths = equality.toTotalMonths();
        this.questionEmailMonths = questionEmails.toTotalMonths();
    }

    /** How long equality answers are kept after their consultation closes, in months. */
    public long equalityMonths() {
        return equalityMonths;
    }

    @Override
    public Map<String, Object> arguments(Locale language) {
        return Map.of("draftDays", draftDays, "detailsMonths", detailsMonths, "equalityMonths", equalityMonths,
                "questionEmailMonths", questionEmailMonths);
    }
}
