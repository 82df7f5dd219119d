package uk.takingpart.booking;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.ui.InformationArguments;

/**
 * Keeps bookings only as long as the privacy notice says: until 12 months after the session
 * (configurable; the notice states the configured period, {@link #arguments}). Runs daily; the
 * audit trail keeps what happened, with no personal data.
 */
@Service
public class BookingRetention implements InformationArguments {
    private static final Logger log = LoggerFactory.getLogger(BookingRetention.class);
    private final BookingRepository bookings;
    private final Clock clock;
    private final Period keep;

    BookingRetention(BookingRepository bookings, Clock clock, @Value("${takingpart.booking.keep:P12M}") Period keep) {
        this.bookings = bookings;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes bookings of sessions that ended longer ago than the retention period; returns how many. */
    @Scheduled(cron = "${takingpart.booking.retention-cron:0 30 3 * * *}", zone = "${takingpart.time-zone:Europe/London}")
    @Transactional
    public int deleteExpired() {
        int deleted = bookings.deleteForSessionsEndedBefore(clock.instant().atOffset(ZoneOffset.UTC).minus(keep).toInstant());
        if (deleted > 0) {
            log.info("Deleted {} bookings of sessions that ended more than {} ago", deleted, keep);
        }
        return deleted;
    }

    /** The period for the privacy notice, in months ({@code bookingMonths}). */
    @Override
    public Map<String, Object> arguments(Locale language) {
        return Map.of("bookingMonths", keep.toTotalMonths());
    }
}
