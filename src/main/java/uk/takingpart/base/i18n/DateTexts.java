package uk.takingpart.base.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates and times in the page's language, through ICU, in the site's time zone. */
@Component
public class DateTexts {
    private static final String DATE = "yMMMMEEEEd";
    private static final String DATE_TIME = "yMMMMEEEEdHHmm";

    private final TimeZone zone;
    /**
     * ICU formats are costly to build (pattern generation was about 4% of a page view's CPU) and
     * not thread-safe: each request thread keeps the ones it has built, by skeleton and language.
     */
    private final ThreadLocal<Map<String, Object>> formats = ThreadLocal.withInitial(HashMap::new);

    DateTexts(@Value("${takingpart.time-zone:Europe/London}") String zone) {
        this.zone = TimeZone.getTimeZone(zone);
    }

    /** The time zone dates are shown in (and local dates are read in). */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(zone.getID());
    }

    /** "18:30" in the page's language. */
    public String time(Instant instant, Locale language) {
        return skeleton("HHmm", language).format(java.util.Date.from(instant));
    }

    /** "Tuesday 1 December 2026" / "Dydd Mawrth, 1 Rhagfyr 2026". */
    public String date(Instant instant, Locale language) {
        return skeleton(DATE, language).format(java.util.Date.from(instant));
    }

    /** "Tuesday 1 December 2026 at 18:30" in the page's language. */
    public String dateTime(Instant instant, Locale language) {
        DateFormat format = (DateFormat) formats.get().computeIfAbsent("full-short\u0000" + language.toLanguageTag(), k -> {
            DateFormat f = DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.SHORT, Languages.formatting(language));
            f.setTimeZone(zone);
            return f;
        });
        return format.format(java.util.Date.from(instant));
    }

    private DateFormat skeleton(String skeleton, Locale language) {
        return (DateFormat) formats.get().computeIfAbsent(skeleton + "\u0000" + language.toLanguageTag(), k -> {
            DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, Languages.formatting(language));
            f.setTimeZone(zone);
            return f;
        });
    }

    /**
     * A date as it is written inside a sentence. ICU writes Welsh day names capitalised ("Dydd
     * Mawrth, 1 Rhagfyr 2026"), as for a heading or a table cell; inside a sentence Welsh writes
     * "dydd Mawrth" (and "Mawrth" keeps its capital). Other languages are unchanged.
     */
    public static String inSentence(String date, Locale language) {
        if (date == null || !"cy".equals(language.getLanguage())) {
            return date;
        }
        return WELSH_DAY.matcher(date).replaceAll("dydd ");
    }

    private static final java.util.regex.Pattern WELSH_DAY = java.util.regex.Pattern.compile("(?<![\\p{L}])Dydd ");

    /** A span of time, written as briefly as the language allows: "1 – 3 December 2026", "18:30 – 20:30". */
    public String range(Instant from, Instant to, boolean withTime, Locale language) {
        if (to == null) {
            return withTime ? dateTime(from, language) : date(from, language);
        }
        String skeleton = withTime ? DATE_TIME : DATE;
        DateIntervalFormat format = (DateIntervalFormat) formats.get().computeIfAbsent("interval\u0000" + skeleton + "\u0000" + language.toLanguageTag(), k -> {
            DateIntervalFormat f = DateIntervalFormat.getInstance(skeleton, Languages.formatting(language));
            f.setTimeZone(zone);
            return f;
        });
        return format.format(new DateInterval(from.toEpochMilli(), to.toEpochMilli()));
    }
}
