package uk.takingpart.booking;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import uk.takingpart.base.journey.JourneyDrafts;

/**
 * Booking answers not sent are kept a day (configurable) after their last change, then deleted;
 * so is a finished booking's draft, which only kept the link to its confirmation.
 */
@Service
public class BookingDraftRetention {
    /** The kind the booking journey stores its drafts under. */
    public static final String KIND = "booking";
    private static final Logger log = LoggerFactory.getLogger(BookingDraftRetention.class);

    private final JourneyDrafts drafts;
    private final Clock clock;
    private final Duration keep;

    BookingDraftRetention(JourneyDrafts drafts, Clock clock, @Value("${takingpart.booking.draft-keep:P1D}") Duration keep) {
        this.drafts = drafts;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes booking drafts unchanged for longer than the keeping time; returns how many. */
    @Scheduled(fixedDelayString = "${takingpart.booking.draft-poll:1h}", initialDelayString = "${takingpart.booking.draft-poll:1h}")
    public int deleteExpired() {
        int deleted = drafts.deleteUnchangedSince(KIND, clock.instant().minus(keep));
        if (deleted > 0) {
            log.info("Deleted {} booking drafts unchanged for {}", deleted, keep);
        }
        return deleted;
    }
}
