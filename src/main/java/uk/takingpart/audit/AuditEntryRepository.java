package uk.takingpart.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit trail's only way to the database. Deliberately a bare {@link Repository}: it can
 * insert and read entries, and move the chain head, but has no method to delete an entry or save
 * over one.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    String STORED_ENTRY = "new uk.takingpart.audit.StoredEntry(e.id, e.occurredAt, e.actorType, e.actorName, e.action,"
            + " e.recordType, e.recordId, e.activitySlug, e.summary, e.previousHash, e.hash)";

    /** Inserts (never merges: {@link AuditEntry#isNew()} is always true). */
    AuditEntry save(AuditEntry entry);

    /** Locks the chain head until the transaction ends, so appends queue up, across every app node. */
    @Query(value = "SELECT last_entry_id AS lastEntryId, last_hash AS lastHash FROM audit_head WHERE id = 1 FOR UPDATE",
            nativeQuery = true)
    Optional<ChainHead> lockHead();

    @Query(value = "SELECT last_entry_id AS lastEntryId, last_hash AS lastHash FROM audit_head WHERE id = 1",
            nativeQuery = true)
    Optional<ChainHead> head();

    @Modifying
    @Query(value = "UPDATE audit_head SET last_entry_id = :entryId, last_hash = :hash WHERE id = 1", nativeQuery = true)
    int advanceHead(long entryId, String hash);

    /** The chain in order, from the entry after {@code afterId}. */
    @Query("select " + STORED_ENTRY + " from AuditEntry e where e.id > :afterId order by e.id")
    List<StoredEntry> chainAfter(long afterId, Limit limit);

    /**
     * Entries matching the filter (null parts match anything), newest first; with {@code beforeTime}
     * and {@code beforeId}, only those listed after that entry (for paging through an export).
     */
    @Query("select " + STORED_ENTRY + " from AuditEntry e"
            + " where (:from is null or e.occurredAt >= :from)"
            + " and (:to is null or e.occurredAt < :to)"
            + " and (:action is null or e.action = :action)"
            + " and (:actor is null or e.actorName = :actor)"
            + " and (:activitySlug is null or e.activitySlug = :activitySlug)"
            + " and (:beforeTime is null or e.occurredAt < :beforeTime or (e.occurredAt = :beforeTime and e.id < :beforeId))"
            + " order by e.occurredAt desc, e.id desc")
    List<StoredEntry> search(Instant from, Instant to, String action, String actor, String activitySlug,
                             Instant beforeTime, Long beforeId, Limit limit);
}
