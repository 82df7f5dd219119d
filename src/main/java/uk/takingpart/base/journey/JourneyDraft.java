package uk.takingpart.base.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored draft: see {@code V8__journey_drafts.sql}. */
@Entity
@Table(name = "journey_draft")
class JourneyDraft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 64)
    private String subject;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String answers;

    @Column(length = 100)
    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "resume_code", length = 8)
    private String resumeCode;

    protected JourneyDraft() {}

    JourneyDraft(String key, String kind, String subject, String answers, Instant now) {
        this.key = key;
        this.kind = kind;
        this.subject = subject;
        this.answers = answers;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String subject, String answers, Instant now) {
        this.subject = subject;
        this.answers = answers;
        this.updatedAt = now;
    }

    void finish(String outcome, Instant now) {
        this.outcome = outcome;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    void resumeWith(String code) {
        this.resumeCode = code;
    }

    String getResumeCode() { return resumeCode; }
    String getKey() { return key; }
    String getKind() { return kind; }
    String getSubject() { return subject; }
    String getAnswers() { return answers; }
    String getOutcome() { return outcome; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
}
