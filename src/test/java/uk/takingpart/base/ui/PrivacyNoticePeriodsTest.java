package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.testing.Rendered;

/**
 * The privacy notice states the keeping periods the deleting jobs use (from the same
 * configuration): bookings, saved responses, respondents' names and emails, equality answers; in English
 * and Welsh.
 */
@SpringBootTest(properties = {"takingpart.consultation.draft-retention-after-close=P45D",
        "takingpart.consultation.respondent-details-keep=P18M", "takingpart.equality.keep=P3Y", "takingpart.booking.keep=P6M"})
class PrivacyNoticePeriodsTest extends SpringBrowserlessTest {

    @Test
    void the_notice_says_how_long_each_thing_is_kept_as_configured() {
        navigate("en/privacy", InformationView.class);
        assertThat(Rendered.text(getCurrentView())).contains(
                "bookings and the access needs you gave with them: until 6 months after the event",
                "until 45 days after the consultation closes (until then you can still see and download your answers)",
                "until 18 months after the consultation closes. After that we keep your answers without them",
                "equality monitoring answers: until 36 months after the consultation closes");

        navigate("cy/privacy", InformationView.class);
        assertThat(Rendered.text(getCurrentView())).contains("a roesoch gyda nhw: byddwn ni’n eu dileu 6 mis ar ôl y digwyddiad",
                "byddwn ni’n eu dileu 45 o ddiwrnodau ar ôl i’r ymgynghoriad gau",
                "byddwn ni’n eu dileu 18 o fisoedd ar ôl i’r ymgynghoriad gau", "byddwn ni’n eu dileu 36 o fisoedd ar ôl");
    }
}
