package uk.takingpart.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.takingpart.testing.Rendered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import uk.takingpart.booking.BookingFixtures;

/** The list of sessions people can book, filtered by date, area and in person or online. */
@SpringBootTest
class SessionsViewTest extends SpringBrowserlessTest {
    @Autowired ApplicationContext context;
    BookingFixtures fixtures;
    long event;

    @BeforeEach
    void createEvent() {
        fixtures = BookingFixtures.in(context);
        event = fixtures.activity("EVENT", Instant.now());
        fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(3)), 10, 2, null);
        fixtures.sessionId(event, Instant.now().plus(Duration.ofDays(20)), 10, 2, null);
    }

    @AfterEach
    void deleteEvent() {
        fixtures.delete(event);
    }

    private SessionsView open(String language, String query) {
        navigate(language + "/sessions", SessionsView.class);
        UI.getCurrent().navigate(language + "/sessions", QueryParameters.fromString(query));
        return (SessionsView) getCurrentView();
    }

    private long bookLinks() {
        return Rendered.document(getCurrentView()).select("a[href]").stream().filter(a -> a.attr("href").matches("(en|cy)/book/\\d+/places")).count();
    }

    @Test
    void filters_by_date_area_and_way_of_taking_part() {
        SessionsView view = open("en", "area=test-area");
        assertThat(view.resultCount.getText()).isEqualTo("2 sessions");
        assertThat(view.area.getValue()).isEqualTo("test-area");
        assertThat(Rendered.text(view)).contains("Short breaks planning day", "Cowbridge Town Hall",
                "Step-free access", "10 places left");
        assertThat(bookLinks()).isEqualTo(2);

        view = open("en", "area=test-area&when=next-7-days");
        assertThat(view.resultCount.getText()).isEqualTo("1 session");
        assertThat(view.when.getValue()).isEqualTo("next-7-days");

        view = open("en", "area=test-area&when=next-30-days&mode=online");
        assertThat(view.resultCount.getText()).isEqualTo("No sessions match these filters. Try another date, area or way of taking part.");

        view = open("en", "area=test-area&mode=in-person&when=nonsense");
        assertThat(view.resultCount.getText()).as("a malformed filter is ignored").isEqualTo("2 sessions");
    }

    @Test
    void changing_a_filter_updates_the_address_and_the_list_in_welsh() {
        SessionsView view = open("cy", "area=test-area");
        assertThat(view.resultCount.getText()).isEqualTo("2 sesiwn");
        view.when.setValue("next-7-days");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("when=next-7-days").contains("area=test-area");
        assertThat(((SessionsView) getCurrentView()).resultCount.getText()).isEqualTo("1 sesiwn");
        assertThat(Rendered.text(getCurrentView())).contains("Diwrnod cynllunio seibiannau byr", "Neuadd y Dref y Bont-faen");
    }

    @Test
    void a_welsh_booking_link_puts_the_date_after_a_colon_with_dydd_in_sentence_case() {
        open("cy", "area=test-area");
        List<String> links = Rendered.document(getCurrentView()).select("a[href]").stream()
                .filter(a -> a.attr("href").matches("cy/book/\\d+/places")).map(a -> a.text()).toList();
        assertThat(links).hasSize(2).allMatch(text -> text.matches("Archebu lle: dydd (Sul|Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn), .*"));
        assertThat(Rendered.text(getCurrentView())).doesNotContain("ar Dydd", "ar dydd");
    }
}
