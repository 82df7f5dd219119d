package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivityType;

/**
 * A public page queries the database a handful of times, however many activities or sessions it
 * lists: no query per row (a busy day multiplies every one of them by thousands of visitors).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PublicPageQueriesTest extends SpringBrowserlessTest {
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired ActivityService activities;

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void whats_on_the_sessions_page_and_an_event_page_each_take_a_handful_of_queries() {
        String event = activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH).stream()
                .filter(a -> a.type() == ActivityType.EVENT).findFirst().orElseThrow().slug();
        navigate("en/contact", InformationView.class);

        long whatsOn = statementsFor("en");
        long sessions = statementsFor("en/sessions");
        long eventPage = statementsFor("en/activities/" + event);

        assertThat(activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(whatsOn).as("What's on").isLessThanOrEqualTo(8);
        assertThat(sessions).as("sessions page").isLessThanOrEqualTo(10);
        assertThat(eventPage).as("an event's page").isLessThanOrEqualTo(12);
        System.out.printf("Queries per page: What's on %d, sessions %d, event page %d%n", whatsOn, sessions, eventPage);
    }
}
