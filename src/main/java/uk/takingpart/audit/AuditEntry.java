package uk.takingpart.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One row of the audit trail, only ever inserted. Its id is handed out by the chain head (one
 * after the other, never auto-generated), so a missing row leaves a gap. No setters: Hibernate
 * treats it as immutable, and Spring Data always inserts it (never merges over an existing row).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry implements Persistable<Long> {
    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_type", nullable = false, updatable = false, length = 20)
    private String actorType;

    @Column(name = "actor_name", updatable = false, length = 120)
    private String actorName;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "record_type", updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 120)
    private String recordId;

    @Column(name = "activity_slug", updatable = false, length = 120)
    private String activitySlug;

    @Column(nullable = false, updatable = false, length = 1000)
    private String summary;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, unique = true, length = 64)
    private String hash;

    protected AuditEntry() {}

    AuditEntry(StoredEntry entry) {
        this.id = entry.id();
        this.occurredAt = entry.occurredAt();
        this.actorType = entry.actorType();
        this.actorName = entry.actorName();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.activitySlug = entry.activitySlug();
        this.summary = entry.summary();
        this.previousHash = entry.previousHash();
        this.hash = entry.hash();
    }

    @Override
    public Long getId() { return id; }

    /** Always: an audit entry is only ever inserted, so saving one that exists fails instead of overwriting it. */
    @Override
    public boolean isNew() { return true; }
}
