package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.Rendered;

/**
 * A person who starts giving their views in English and switches to Welsh half way (with the
 * page's language link) finds every answer they gave, on the same question, in Welsh; and back.
 */
@SpringBootTest
class ResponseLanguageSwitchTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Test
    void switching_language_mid_journey_keeps_every_answer() {
        navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        $(NativeChoice.class).id("q-practice-area-cowbridge").setValue(true);
        submit();
        $(NativeChoice.class).id("q-hard-to-get").setValue(true);
        submit();
        $(NativeTextArea.class).id("q-what-made-it-hard").setValue("Shift work\nNo bus after 6pm");
        submit();
        assertThat(heading()).isEqualTo("When did you last try to book a GP appointment? (optional)");

        // the language link, as a person would use it: the same step, in Welsh
        switchLanguage("cy");
        assertThat(heading()).isEqualTo("Pryd wnaethoch chi geisio trefnu apwyntiad meddyg teulu ddiwethaf? (dewisol)");
        assertThat(pageText()).contains("Cwestiwn 4 (12 cwestiwn i gyd)");
        submit(); // optional: no date
        $(NativeChoice.class).id("q-best-times-evening").setValue(true);
        submit();

        // back to English: the Welsh answer is there too, and the ones before the switch
        switchLanguage("en");
        assertThat(heading()).as("the first question not yet answered").isEqualTo("How far do you agree with option A: each practice opens late one evening a week?");
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/best-times");
        assertThat($(NativeChoice.class).id("q-best-times-evening").getValue()).as("chosen in Welsh, shown in English").isTrue();
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/what-made-it-hard");
        assertThat($(NativeTextArea.class).id("q-what-made-it-hard").getValue()).isEqualTo("Shift work\nNo bus after 6pm");

        // finish in Welsh: the check page shows every answer, from both languages, in Welsh
        switchLanguage("cy");
        answerTheRestInWelsh();
        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn anfon eich ymateb");
        assertThat(pageText()).contains("Y Bont-faen", "Shift work", "No bus after 6pm", "Nosweithiau’r wythnos, 6.30yh tan 8yh",
                "Cytuno’n gryf");
    }

    private void answerTheRestInWelsh() {
        UI.getCurrent().navigate("cy/consultations/" + GP + "/respond/agree-option-a");
        $(NativeChoice.class).id("q-agree-option-a").setValue(true);
        submit();
        $(NativeChoice.class).id("q-agree-option-b").setValue(true);
        submit();
        select("q-what-matters", "1");
        select("q-what-matters-any-evening", "2");
        select("q-what-matters-short-journey", "3");
        select("q-what-matters-book-online", "4");
        submit();
        $(NativeChoice.class).id("q-statements").setValue(true);
        $(NativeChoice.class).id("q-statements-get-to-cowbridge-agree").setValue(true);
        $(NativeChoice.class).id("q-statements-another-practice-agree").setValue(true);
        submit();
        $(com.vaadin.flow.component.html.Input.class).id("q-travel-minutes").setValue("25");
        submit();
        // the optional questions at the end, and any optional pages after them, until the check page
        for (int i = 0; i < 20 && !heading().equals("Gwiriwch eich atebion cyn anfon eich ymateb"); i++) {
            submit();
        }
    }

    /** Follows the header's link to the page in the other language. */
    private void switchLanguage(String language) {
        String href = Rendered.page().select(".language-switch a[hreflang=" + language + "]").attr("href");
        assertThat(href).as("a link to the page in " + language).isNotBlank();
        UI.getCurrent().navigate(href.replaceFirst("^/", ""));
    }

    private void select(String id, String value) {
        $(NativeSelect.class).id(id).setValue(value);
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String pageText() {
        return Rendered.text(getCurrentView());
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}
