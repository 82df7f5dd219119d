package uk.takingpart.booking;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EventSessionRepository extends JpaRepository<EventSession, Long> {

    /** The session, locked until the transaction ends: bookings for it queue here one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from EventSession s where s.id = :id")
    Optional<EventSession> lockById(long id);

    List<EventSession> findByActivityIdOrderByStartsAt(long activityId);

    List<EventSession> findByStartsAtAfterOrderByStartsAt(Instant after);
}
