package uk.takingpart.audit;

import uk.takingpart.base.text.Csv;
import org.springframework.security.access.prepost.PreAuthorize;
import uk.takingpart.base.security.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: an append-only, tamper-evident record of engagement activity. Each entry holds
 * the SHA-256 of its contents and of the entry before it, so editing, deleting or slipping in a
 * row in the database shows when the trail is {@linkplain #verify() verified}. There is no way to
 * change or remove an entry through the application.
 */
@Service
public class AuditTrail {
    static final int PAGE_SIZE = 1000;
    static final int MAX_SEARCH_LIMIT = 10_000;
    static final List<String> CSV_HEADER = List.of(
            "id", "occurred_at", "actor_type", "actor", "action", "record_type", "record_id", "activity", "summary");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Appends an entry. Joins the caller's transaction, so the entry commits or rolls back with the
     * change it describes. Appending locks the chain head until that transaction ends (appends from
     * every node queue there), so record as the last step of a use case, not at the start of a long one.
     * On a Galera cluster the lock holds on one database node only: of two appends made through two
     * database nodes at once, the second to commit is refused, and its use case must be run again
     * ({@link uk.takingpart.base.db.RetryOnConflict}).
     */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        ChainHead head = entries.lockHead()
                .orElseThrow(() -> new IllegalStateException("The audit_head row is missing: the V2 migration seeds it"));
        long id = head.getLastEntryId() == null ? 1 : head.getLastEntryId() + 1;
        // the time is taken once the lock is held, so entries are in time order as well as chain order
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredEntry entry = new StoredEntry(id, occurredAt, event.actor().type().name(), event.actor().name(),
                event.action().name(), event.recordType(), event.recordId(), event.activitySlug(), event.summary(),
                head.getLastHash(), null).sealed();
        entries.save(new AuditEntry(entry));
        if (entries.advanceHead(id, entry.hash()) != 1) {
            throw new IllegalStateException("The audit_head row could not be moved on");
        }
        return entry.toRecord();
    }

    /**
     * Walks the whole chain in id order, a page at a time, recomputing every hash, and checks that
     * the ids run on without a gap, that each entry names the hash of the one before, and that the
     * chain ends where the head says. Reads one consistent snapshot, so appends made meanwhile by
     * others do not count as breaks.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize(Roles.ANY_STAFF)
    public Verification verify() {
        ChainHead head = entries.head().orElse(null);
        long checked = 0;
        long lastId = 0;
        String lastHash = StoredEntry.GENESIS;
        List<StoredEntry> page;
        do {
            page = entries.chainAfter(lastId, Limit.of(PAGE_SIZE));
            for (StoredEntry entry : page) {
                checked++;
                if (entry.id() != lastId + 1) {
                    return Verification.broken(checked, entry.id(), lastId + 1 == entry.id() - 1
                            ? "Entry " + (lastId + 1) + ", before entry " + entry.id() + ", is missing"
                            : "Entries " + (lastId + 1) + " to " + (entry.id() - 1) + ", before entry " + entry.id() + ", are missing");
                }
                if (!entry.expectedHash().equals(entry.hash())) {
                    return Verification.broken(checked, entry.id(), "Entry " + entry.id() + " does not match its hash: it was changed");
                }
                if (!lastHash.equals(entry.previousHash())) {
                    // the entry matches its own hash, so the one before it was rewritten (hash and all)
                    return lastId == 0
                            ? Verification.broken(checked, entry.id(), "Entry 1 does not start from the genesis hash")
                            : Verification.broken(checked, lastId, "Entry " + entry.id() + " does not name the hash of entry "
                                    + lastId + ": entry " + lastId + " was rewritten");
                }
                lastId = entry.id();
                lastHash = entry.hash();
            }
        } while (page.size() == PAGE_SIZE);
        if (head == null) {
            return Verification.broken(checked, null, "The audit_head row is missing");
        }
        long headId = head.getLastEntryId() == null ? 0 : head.getLastEntryId();
        if (headId > lastId) {
            return Verification.broken(checked, lastId + 1, "The chain ends at entry " + lastId + " but the head names entry "
                    + headId + ": entries at the end were deleted");
        }
        if (headId < lastId) {
            return Verification.broken(checked, headId + 1, "Entries after " + headId + " were added outside the audit trail");
        }
        if (!lastHash.equals(head.getLastHash())) {
            return Verification.broken(checked, lastId == 0 ? null : lastId,
                    "The head's hash does not match the last entry's: one of them was changed");
        }
        return Verification.ok(checked);
    }

    /** Up to {@code limit} entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public List<AuditRecord> search(AuditFilter filter, int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_SEARCH_LIMIT + ", not " + limit);
        }
        return page(filter, null, Limit.of(limit)).stream().map(StoredEntry::toRecord).toList();
    }

    /**
     * Writes every entry matching the filter, newest first (as {@link #search} lists them), as
     * RFC 4180 CSV with a header row: CRLF line ends, times in ISO-8601 UTC, cells a spreadsheet
     * would run as formulas made inert. Reads a page at a time from one consistent snapshot.
     * Does not close the writer.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize(Roles.ANY_STAFF)
    public void exportCsv(AuditFilter filter, Writer out) {
        try {
            Csv.row(out, CSV_HEADER.toArray(String[]::new));
            StoredEntry last = null;
            List<StoredEntry> page;
            do {
                page = page(filter, last, Limit.of(PAGE_SIZE));
                for (StoredEntry e : page) {
                    Csv.row(out, Long.toString(e.id()), DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()), e.actorType(),
                            e.actorName(), e.action(), e.recordType(), e.recordId(), e.activitySlug(), e.summary());
                    last = e;
                }
                out.flush();
            } while (page.size() == PAGE_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit export", e);
        }
    }

    private List<StoredEntry> page(AuditFilter filter, StoredEntry after, Limit limit) {
        return entries.search(filter.from(), filter.to(), filter.action() == null ? null : filter.action().name(),
                filter.actor(), filter.activitySlug(),
                after == null ? null : after.occurredAt(), after == null ? null : after.id(), limit);
    }
}
