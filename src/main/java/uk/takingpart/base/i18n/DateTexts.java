package uk.takingpart.base.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates and times in the page's language, through ICU, in the site's time zone. */
@Component
public class DateTexts {
    private static final String DATE = "yMMMMEEEEd";
    private static final String DATE_TIME = "yMMMMEEEEdHHmm";

    private final TimeZone zone;

    DateTexts(@Value("${takingpart.time-zone:Europe/London}") String zone) {
        this.zone = TimeZone.getTimeZone(zone);
    }

    /** The time zone dates are shown in (and local dates are read in). */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(zone.getID());
    }

    /** "18:30" in the page's language. */
    public String time(Instant instant, Locale language) {
        DateFormat format = DateFormat.getInstanceForSkeleton("HHmm", Languages.formatting(language));
        format.setTimeZone(zone);
        return format.format(java.util.Date.from(instant));
    }

    /** "Tuesday 1 December 2026" / "Dydd Mawrth, 1 Rhagfyr 2026". */
    public String date(Instant instant, Locale language) {
        DateFormat format = DateFormat.getInstanceForSkeleton(DATE, Languages.formatting(language));
        format.setTimeZone(zone);
        return format.format(java.util.Date.from(instant));
    }

    /** "Tuesday 1 December 2026 at 18:30" in the page's language. */
    public String dateTime(Instant instant, Locale language) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.SHORT, Languages.formatting(language));
        format.setTimeZone(zone);
        return format.format(java.util.Date.from(instant));
    }

    /** A span of time, written as briefly as the language allows: "1 – 3 December 2026", "18:30 – 20:30". */
    public String range(Instant from, Instant to, boolean withTime, Locale language) {
        if (to == null) {
            return withTime ? dateTime(from, language) : date(from, language);
        }
        DateIntervalFormat format = DateIntervalFormat.getInstance(withTime ? DATE_TIME : DATE, Languages.formatting(language));
        format.setTimeZone(zone);
        return format.format(new DateInterval(from.toEpochMilli(), to.toEpochMilli()));
    }
}
