package uk.takingpart.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NotFoundView;
import uk.takingpart.testing.Rendered;

/** The home page's journeys, in English and Welsh, without a browser. */
@SpringBootTest
class WhatsOnViewTest extends SpringBrowserlessTest {
    @org.springframework.beans.factory.annotation.Autowired uk.takingpart.activity.ActivityService activities;

    private List<ActivityCard> cards() {
        return $(ActivityCard.class).all();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private java.util.Map<String, List<String>> currentQuery() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    /** Opens an address with a query, as following a link would. */
    private WhatsOnView open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(WhatsOnView.class);
        return (WhatsOnView) getCurrentView();
    }

    @Test
    void a_visitor_sees_whats_on_in_english_soonest_first() {
        WhatsOnView view = navigate("en", WhatsOnView.class);
        java.time.Instant now = java.time.Instant.now();
        List<java.time.Instant> keyDates = activities.whatsOn(uk.takingpart.activity.ActivityFilter.CURRENT, Locale.ENGLISH).stream()
                .map(a -> uk.takingpart.activity.ActivityService.keyDate(a, now)).toList();
        assertThat(keyDates).isSorted();
        assertThat(cards()).extracting(card -> card.href).containsExactlyElementsOf(
                activities.whatsOn(uk.takingpart.activity.ActivityFilter.CURRENT, Locale.ENGLISH).stream()
                        .map(a -> "en/activities/" + a.slug()).toList());
        assertThat(view.order.getText()).isEqualTo("Soonest first: the next date you can go to, or the date a consultation closes.");

        assertThat(view.heading.getText()).isEqualTo("What’s on");
        assertThat(view.getPageTitle()).isEqualTo("What’s on – Taking Part");
        assertThat(cards()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(view.resultCount.getText()).isEqualTo(cards().size() + " activities");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void a_welsh_link_opens_the_page_in_welsh_with_welsh_plurals() {
        WhatsOnView view = navigate("cy", WhatsOnView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
        assertThat(view.heading.getText()).isEqualTo("Beth sydd ymlaen");
        assertThat(view.getPageTitle()).isEqualTo("Beth sydd ymlaen – Cymryd Rhan");
        assertThat(view.resultCount.getText()).matches("\\d+ (o weithgareddau|gweithgaredd|weithgaredd)");
        assertThat($(NativeLabel.class).all()).extracting(NativeLabel::getText).contains("Math", "Pwnc", "Ardal", "Ar gyfer pwy");
        assertThat(view.area.options().stream().map(NativeSelect.Option::text).toList()).contains("Caerdydd", "Bro Morgannwg");
    }

    @Test
    void filters_in_the_address_choose_what_is_listed_and_show_in_the_controls() {
        WhatsOnView view = open("en", "type=consultation");

        assertThat(view.type.getValue()).isEqualTo("consultation");
        assertThat(cards()).isNotEmpty().allSatisfy(card ->
                assertThat(Rendered.text(card)).contains("Consultation"));
    }

    @Test
    void choosing_a_filter_updates_the_results_and_the_address() {
        WhatsOnView view = navigate("en", WhatsOnView.class);
        int all = cards().size();

        view.type.setValue("time-to-listen");

        assertThat(currentPath()).isEqualTo("en");
        assertThat(currentQuery()).isEqualTo(java.util.Map.of("type", List.of("time-to-listen")));
        assertThat(cards()).hasSizeBetween(1, all - 1).allSatisfy(card ->
                assertThat(Rendered.text(card)).contains("Time to Listen"));

        view.audience.setValue("young-people");
        assertThat(currentQuery()).isEqualTo(java.util.Map.of("type", List.of("time-to-listen"), "audience", List.of("young-people")));
        assertThat(cards()).allSatisfy(card -> assertThat(Rendered.text(card)).contains("Young people"));
    }

    @Test
    void filters_with_no_match_say_so_plainly() {
        WhatsOnView view = open("en", "type=time-to-listen&topic=hospital-services");

        assertThat(cards()).isEmpty();
        assertThat(view.resultCount.getText()).startsWith("No activities match your filters");
    }

    @Test
    void malformed_filter_values_are_ignored_not_an_error() {
        WhatsOnView view = open("en", "type=%3Cscript%3E&area=..%2F..%2Fetc&audience=&show=everything&topic=send&topic=x");

        assertThat(view.type.getValue()).isEmpty();
        assertThat(view.area.getValue()).isEmpty();
        assertThat(view.show.getValue()).isEqualTo("current");
        // a repeated parameter counts once: the first value
        assertThat(view.topic.getValue()).isEqualTo("send");
        assertThat(cards()).isNotEmpty().allSatisfy(card ->
                assertThat(Rendered.text(card)).contains("Special educational needs"));
    }

    @Test
    void closed_and_decided_activities_are_a_filter_away() {
        WhatsOnView view = navigate("en", WhatsOnView.class);

        view.show.setValue("past");

        assertThat(currentQuery()).isEqualTo(java.util.Map.of("show", List.of("past")));
        assertThat(cards()).isNotEmpty().allSatisfy(card ->
                assertThat(Rendered.text(card)).contains("Closed"));
    }

    @Test
    void each_card_links_to_its_activity_page_in_the_same_language() {
        navigate("cy", WhatsOnView.class);

        assertThat(cards()).allSatisfy(card -> assertThat(card.href).startsWith("cy/activities/"));
    }

    @Test
    void an_unknown_language_in_the_address_is_page_not_found() {
        navigate("fr", NotFoundView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void easy_read_mode_shows_each_activitys_easy_read_text_with_its_picture() {
        navigate("en", WhatsOnView.class);
        assertThat(Rendered.document(getCurrentView()).select("img")).isEmpty();

        uk.takingpart.base.ui.ShellTestSupport.chooseEasyRead(true);

        assertThat(Rendered.document(getCurrentView()).select(".activity-card img")).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(image -> assertThat(image.attr("alt")).isNotBlank());
        assertThat(Rendered.document(cards().getFirst()).select(".easy-read-text").text()).isNotBlank();
        uk.takingpart.base.ui.ShellTestSupport.chooseEasyRead(false);
    }

    @Test
    void the_clear_filters_link_goes_back_to_everything_in_the_same_language() {
        WhatsOnView view = open("cy", "type=event");
        assertThat(view.clear.getHref()).isEqualTo("cy");
        assertThat(view.clear.getText()).isEqualTo("Clirio’r hidlwyr");
        assertThat(Rendered.page().text()).contains("English");
        assertThat(Locale.forLanguageTag("cy")).isEqualTo(UI.getCurrent().getLocale());
    }
}
