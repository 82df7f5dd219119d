package uk.takingpart.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import uk.takingpart.testing.Rendered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.Stage;
import uk.takingpart.base.ui.NotFoundView;

/** The activity page, in English and Welsh, without a browser. */
@SpringBootTest
class ActivityViewTest extends SpringBrowserlessTest {
    @Autowired ActivityService activities;

    private String slug(java.util.function.Predicate<ActivitySummary> test) {
        return activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH).stream().filter(test).findFirst().orElseThrow().slug();
    }

    private String pageText() {
        return Rendered.text(getCurrentView());
    }

    @Test
    void a_consultation_page_says_what_it_is_how_to_take_part_and_which_stage_it_has_reached() {
        String slug = slug(a -> a.stage() == Stage.OPEN_CONSULTATION);
        ActivityView view = navigate("en/activities/" + slug, ActivityView.class);

        assertThat(view.getPageTitle()).endsWith(" – Taking Part").startsWith(view.heading.getText());
        assertThat(pageText()).contains("Open now", "Consultation", "Dates", "Who it is for", "How you can be involved",
                "We are asking what you think", "Stages of this consultation");
        Document page = Rendered.document(getCurrentView());
        assertThat(page.select("li[aria-current=step]")).singleElement().satisfies(li ->
                assertThat(li.text()).contains("Open consultation", "(we are here)"));
        assertThat(page.select("li.stage-done")).hasSize(2);
    }

    @Test
    void the_same_page_in_welsh_is_in_welsh_and_links_back_in_welsh() {
        String slug = slug(a -> a.type() == ActivityType.TIME_TO_LISTEN);
        ActivityView view = navigate("cy/activities/" + slug, ActivityView.class);

        assertThat(pageText()).contains("Ar gyfer pwy", "Sut gallwch chi gymryd rhan", "Amser i Wrando");
        assertThat(view.getPageTitle()).endsWith(" – Cymryd Rhan");
        assertThat(Rendered.document(getCurrentView()).select("a.back-link")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo("cy"));
        assertThat(Rendered.page().select("a[hreflang=en]")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("en/activities/" + slug);
            assertThat(a.text()).isEqualTo("English");
            assertThat(a.attr("lang")).isEqualTo("en");
        });
    }

    @Test
    void text_not_yet_in_welsh_shows_in_english_marked_and_explained() {
        String slug = slug(a -> activities.find(a.slug(), Locale.forLanguageTag("cy")).orElseThrow().description().fallback());
        navigate("cy/activities/" + slug, ActivityView.class);

        Document page = Rendered.document(getCurrentView());
        org.jsoup.nodes.Element english = page.select(".staff-text[lang=en]").first();
        assertThat(english).isNotNull();
        assertThat(english.html()).startsWith("<p>").doesNotContain("<script");
        assertThat(page.select("p.fallback-notice")).extracting(org.jsoup.nodes.Element::text)
                .contains("Dydy’r rhan hon ddim ar gael yn eich iaith chi eto, felly mae’n cael ei dangos yn Saesneg.");
        assertThat($(H1.class).single().getElement().getAttribute("lang")).isNull();
    }

    @Test
    void an_unknown_activity_is_page_not_found_with_a_way_on() {
        navigate("en/activities/no-such-activity", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("See what’s on");
    }

    @Test
    void page_not_found_is_in_welsh_on_a_welsh_address() {
        navigate("cy/dim-tudalen/yma", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Heb ddod o hyd i’r dudalen");
    }
}
