package uk.takingpart.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByManageToken(String manageToken);

    /** Just the session of a booking, so the session can be locked before the booking is read. */
    @Query("select b.sessionId from Booking b where b.manageToken = :manageToken")
    Optional<Long> sessionIdByManageToken(String manageToken);

    Optional<Booking> findByRequestKey(String requestKey);

    boolean existsByReference(String reference);

    List<Booking> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

    List<Booking> findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(long sessionId, BookingStatus status);

    @Query("select coalesce(sum(b.places), 0) from Booking b where b.sessionId = :sessionId and b.status = uk.takingpart.booking.BookingStatus.CONFIRMED")
    int placesTaken(long sessionId);

    /** Per session: [session id, confirmed places, bookings waiting]. */
    @Query("""
            select b.sessionId,
                   coalesce(sum(case when b.status = uk.takingpart.booking.BookingStatus.CONFIRMED then b.places else 0 end), 0),
                   sum(case when b.status = uk.takingpart.booking.BookingStatus.WAITING then 1 else 0 end)
            from Booking b where b.sessionId in :sessionIds group by b.sessionId""")
    List<Object[]> counts(Collection<Long> sessionIds);

    /** Deletes the bookings of sessions that ended before the cut-off; their needs go with them. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "DELETE b FROM booking b JOIN event_session s ON s.id = b.session_id WHERE s.ends_at < :cutOff", nativeQuery = true)
    int deleteForSessionsEndedBefore(Instant cutOff);

    @Query("select b from Booking b where b.reminderDueAt <= :now and b.status = uk.takingpart.booking.BookingStatus.CONFIRMED order by b.reminderDueAt")
    List<Booking> remindersDue(Instant now, org.springframework.data.domain.Limit limit);
}
