package uk.takingpart.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.LocalizedText;

/**
 * The demo content never contradicts itself where the facts can tell: an activity with sessions
 * to book never says, in any language or in its easy read, that there is no need to book.
 */
@SpringBootTest
class DemoBookingContentTest {
    /** "You do not need to book", "no need to book", and the Welsh "does dim angen archebu / cadw lle". */
    private static final Pattern NO_NEED_TO_BOOK = Pattern.compile(
            "(do not|don’t|don't|no) need to book|(does )?dim angen (archebu|cadw lle)|(nid oes|does) dim rhaid archebu",
            Pattern.CASE_INSENSITIVE);

    @Autowired ActivityService activities;
    @Autowired BookingService bookings;

    @Test
    void an_activity_with_sessions_to_book_never_says_there_is_no_need_to_book() {
        List<String> contradictions = new ArrayList<>();
        int checked = 0;
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
            for (ActivitySummary activity : activities.whatsOn(ActivityFilter.CURRENT, language)) {
                if (bookings.upcomingSessions(activity.slug(), language).isEmpty()) {
                    continue;
                }
                checked++;
                ActivityDetails details = activities.find(activity.slug(), language).orElseThrow();
                for (LocalizedText text : List.of(activity.summary(), details.description(),
                        activity.easyRead() == null ? new LocalizedText(null, language, true) : activity.easyRead().text())) {
                    if (text != null && text.text() != null && NO_NEED_TO_BOOK.matcher(text.text()).find()) {
                        contradictions.add(activity.slug() + " (" + language + "): " + text.text());
                    }
                }
            }
        }
        assertThat(checked).as("demo activities with sessions, in both languages").isGreaterThanOrEqualTo(6);
        assertThat(contradictions).isEmpty();
    }
}
