package uk.takingpart.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    /** The newest emails first, for staff to read. */
    List<OutboxEntry> findAllByOrderByIdDesc(org.springframework.data.domain.Limit limit);

    /**
     * Due emails, row-locked for the claim that follows; another node's sender skips them. Due is
     * waiting and past its next attempt, or claimed by a sending whose lease has run out (its node
     * died mid-send).
     */
    @Query(value = "SELECT * FROM email_outbox WHERE (status = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (status = 'SENDING' AND claimed_until <= :now) "
            + "ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<OutboxEntry> lockDue(Instant now, int limit);

    /** Deletes emails sent (or given up on) before the cut-off: they hold names and addresses. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "DELETE FROM email_outbox WHERE status IN ('SENT', 'FAILED') AND created_at < :cutOff", nativeQuery = true)
    int deleteFinishedBefore(java.time.Instant cutOff);
}
