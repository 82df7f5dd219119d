package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.testing.Rendered;

/** A consultation's page, in English and Welsh, without a browser: the demo consultations at each state. */
@SpringBootTest
class ConsultationPageTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String CRISIS = "young-peoples-mental-health-crisis-support";
    private static final String CARERS = "unpaid-carers-strategy";
    private static final String BEDS = "community-hospital-beds-swansea";

    private Document open(String path) {
        UI.getCurrent().navigate(path);
        return Rendered.page();
    }

    @Test
    void an_open_consultation_shows_why_when_the_options_documents_updates_and_events_and_a_way_to_give_views() {
        Document page = open("en/activities/" + GP);
        String text = page.text();

        assertThat(page.select("a.start-button")).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Give your views");
            assertThat(a.attr("href")).isEqualTo("en/consultations/" + GP + "/respond");
        });
        assertThat(text).contains("Closing date:", "Time needed: about 12 minutes (12 questions)", "How we use your answers",
                "Why we are consulting", "What this consultation is for", "The case for change", "Key dates", "Opens", "Closes",
                "12 weeks", "Decision expected by", "The options", "Documents", "Updates", "Events about this consultation")
                .doesNotContain("Why this is shorter than 12 weeks");
        // the stages once, with their dates, the current one marked
        assertThat(page.select("h2:containsOwn(Stages of this consultation)")).hasSize(1);
        assertThat(page.select("li[aria-current=step]")).singleElement().satisfies(li ->
                assertThat(li.text()).contains("Open consultation", "(we are here)", "–"));
        assertThat(page.select(".stage-dates")).hasSize(5);

        assertThat(page.select(".option-card")).hasSize(2).allSatisfy(card -> {
            assertThat(card.select("h3").text()).startsWith("Option ");
            assertThat(card.select("h4").text()).isEqualTo("What it would change");
        });
        Element consultationDocument = page.select(".document-card").first();
        assertThat(consultationDocument.select(".format-list li")).extracting(Element::text).containsExactly(
                "PDF document", "Easy Read", "Large print", "Audio", "British Sign Language video", "Welsh");
        assertThat(page.select(".document-card a[href^=en/formats]")).hasSize(3).allSatisfy(a ->
                assertThat(a.text()).startsWith("Ask for another format: "));
        assertThat(page.select(".update h3")).extracting(Element::text)
                .containsExactly("Option B changed: Saturdays in Llantwit Major too", "Travel information added");
        assertThat(page.select(".linked-events a")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("en/activities/community-transport-drop-in");
            assertThat(a.text()).isEqualTo("Community transport drop-in");
        });
        // one server-side node per section
        assertThat(page.select("div.consultation > section")).hasSize(9);
    }

    @Test
    void the_same_consultation_in_welsh_is_in_welsh_with_welsh_dates_and_links() {
        Document page = open("cy/activities/" + GP);
        String text = page.text();

        assertThat(page.select("a.start-button")).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Rhowch eich barn");
            assertThat(a.attr("href")).isEqualTo("cy/consultations/" + GP + "/respond");
        });
        assertThat(text).contains("Dyddiad cau:", "Pam rydyn ni’n ymgynghori", "Yr achos dros newid", "Dyddiadau allweddol",
                "12 wythnos", "Yr opsiynau", "Opsiwn A: pob meddygfa", "Beth fyddai’n newid", "Dogfennau", "Cymraeg",
                "Diweddariadau", "Sesiwn galw heibio am gludiant cymunedol", "Gofyn am fformat arall")
                .doesNotContain("Give your views", "Closing date", "The options");
        assertThat(page.select(".consultation .fallback-notice")).isEmpty();
        assertThat(page.select(".closing-date").text()).matches("Dyddiad cau: Dydd \\S+, \\d{1,2} \\S+ \\d{4}");
    }

    @Test
    void a_shorter_consultation_says_why_it_is_shorter_than_twelve_weeks() {
        assertThat(open("en/activities/" + CRISIS).text()).contains("Why this is shorter than 12 weeks", "6 weeks",
                "This is early engagement, not the formal consultation");
        assertThat(open("cy/activities/" + CRISIS).text()).contains("Pam mae hyn yn fyrrach na 12 wythnos", "6 wythnos",
                "Ymgysylltu cynnar yw hwn");
    }

    @Test
    void a_closed_consultation_no_longer_asks_for_views_and_says_when_the_decision_is_expected() {
        Document english = open("en/activities/" + CARERS);
        assertThat(english.select("a.start-button")).isEmpty();
        assertThat(english.text()).contains("This consultation has closed", "Closed:", "Decision expected by:")
                .doesNotContain("Give your views");

        Document welsh = open("cy/activities/" + CARERS);
        assertThat(welsh.text()).contains("Mae’r ymgynghoriad hwn wedi cau", "Disgwylir penderfyniad erbyn:");
    }

    @Test
    void a_decided_consultation_says_so_and_no_longer_asks_for_views() {
        Document page = open("en/activities/" + BEDS);
        assertThat(page.select("a.start-button")).isEmpty();
        assertThat(page.text()).contains("A decision has been made").doesNotContain("Give your views", "Decision expected by");
        assertThat(open("cy/activities/" + BEDS).text()).contains("Mae penderfyniad wedi’i wneud");
    }

    @Test
    void the_start_page_says_what_it_is_about_how_long_it_takes_and_when_it_closes_and_start_leads_to_the_first_question() {
        Document page = open("en/consultations/" + GP + "/respond");

        assertThat(page.select("h1").text()).isEqualTo("Give your views: GP appointments in the evening and on Saturdays");
        assertThat(page.text()).contains("Before you start", "Time needed: about 12 minutes (12 questions)", "Closing date:",
                "How we use your answers", "You can also answer on paper");
        assertThat(page.select("a.start-button")).singleElement().satisfies(start -> {
            assertThat(start.text()).isEqualTo("Start now");
            assertThat(start.attr("href")).isEqualTo("en/consultations/" + GP + "/respond/practice-area");
        });
        assertThat(page.select("a.back-link").attr("href")).isEqualTo("en/activities/" + GP);

        Document welsh = open("cy/consultations/" + GP + "/respond");
        assertThat(welsh.select("h1").text()).startsWith("Rhowch eich barn: Apwyntiadau meddyg teulu");
        assertThat(welsh.text()).contains("Cyn i chi ddechrau", "Dyddiad cau:", "Dechrau nawr");
    }

    @Test
    void the_start_page_of_a_closed_consultation_says_it_has_closed_and_offers_no_start() {
        Document page = open("en/consultations/" + CARERS + "/respond");
        assertThat(page.text()).contains("This consultation has closed", "Closed:");
        assertThat(page.select("button.start-button")).isEmpty();
    }
}
