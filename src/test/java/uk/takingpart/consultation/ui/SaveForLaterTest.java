package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.takingpart.base.journey.ResumeCodes;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.journey.BrowserDrafts;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * "Save and come back later" on the open demo consultation, without a browser: the code shown,
 * an emailed link, the answers back in another browser after typing the code, a wrong code, and
 * the code used after the consultation has closed.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class SaveForLaterTest extends SpringBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Pattern CODE = Pattern.compile("\\b([" + ResumeCodes.ALPHABET + "]{4}-[" + ResumeCodes.ALPHABET + "]{4})\\b");

    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired uk.takingpart.base.i18n.DateTexts dates;
    @Autowired com.vaadin.flow.i18n.I18NProvider translations;

    @Test
    void a_resident_saves_gets_a_code_and_in_another_browser_types_it_and_carries_on_at_the_first_unanswered_question() {
        navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        saveForLater();
        assertThat(errors()).as("an invalid answer is not saved for later").contains("Answer this question");
        assertThat(heading()).isEqualTo("Where is your GP practice?");

        choose("q-practice-area-other");
        input("q-practice-area-other-text").setValue("Rhoose");
        Forms.submit(getCurrentView());
        choose("q-hard-to-get-no");
        saveForLater();

        assertThat(heading()).isEqualTo("Your answers are saved");
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        String code = code();
        assertThat(pageText()).contains("Your code to come back is " + code, "until the consultation closes",
                dates.date(page.closesAt(), Locale.ENGLISH));

        // the optional email: a wrong address is refused with what was typed kept, a right one goes to the outbox
        input(ResponseJourneyView.EMAIL_ID).setValue("alys.example.com");
        Forms.submit(getCurrentView());
        assertThat(errors()).contains("Enter an email address in the correct format, like name@example.com");
        assertThat(((UI) UI.getCurrent()).getInternals().getTitle()).startsWith("Error: ");
        assertThat(input(ResponseJourneyView.EMAIL_ID).getValue()).isEqualTo("alys.example.com");
        String address = "resume-" + System.nanoTime() + "@example.com";
        input(ResponseJourneyView.EMAIL_ID).setValue(address);
        Forms.submit(getCurrentView());
        assertThat(pageText()).contains("We have sent you an email with the link");
        String email = jdbc.sql("SELECT text_body FROM email_outbox WHERE recipient = ?").param(address).query(String.class).single();
        String plain = code.replace("-", "");
        assertThat(email).contains("Your code: " + code, "/en/consultations/" + GP + "/respond/resume?code=" + plain);

        // another browser: no cookie, a new server session
        newBrowser();
        navigate("en/consultations/" + GP + "/respond", RespondStartView.class);
        follow(Rendered.page().select("a#resume-link").attr("href"));
        assertThat(heading()).isEqualTo("Continue a saved response");

        String wrong = otherCode(plain);
        input(ResponseJourneyView.CODE_ID).setValue(wrong.toLowerCase());
        Forms.submit(getCurrentView());
        assertThat(errors()).contains("We could not find saved answers to this consultation with that code");
        assertThat(input(ResponseJourneyView.CODE_ID).getValue()).as("what was typed is kept").isEqualTo(wrong.toLowerCase());
        assertThat(input(ResponseJourneyView.CODE_ID).getElement().getAttribute("aria-invalid")).isEqualTo("true");

        input(ResponseJourneyView.CODE_ID).setValue(" " + code.toLowerCase().replace("-", " ") + " ");
        Forms.submit(getCurrentView());
        assertThat(heading()).as("the first question not answered yet")
                .isEqualTo("When did you last try to book a GP appointment? (optional)");
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/practice-area");
        assertThat(input("q-practice-area-other-text").getValue()).isEqualTo("Rhoose");

        // the emailed link, in a third browser
        newBrowser();
        UI.getCurrent().navigate("en/consultations/" + GP + "/respond/resume", QueryParameters.simple(Map.of("code", plain)));
        assertThat(heading()).isEqualTo("When did you last try to book a GP appointment? (optional)");
    }

    @Test
    void a_code_typed_wrongly_in_welsh_is_explained_in_welsh_and_kept() {
        navigate("cy/consultations/" + GP + "/respond/resume", ResponseJourneyView.class);
        input(ResponseJourneyView.CODE_ID).setValue("ABC");
        Forms.submit(getCurrentView());
        assertThat(errors()).contains("Rhowch y cod fel y cafodd ei roi");
        assertThat(input(ResponseJourneyView.CODE_ID).getValue()).isEqualTo("ABC");
        input(ResponseJourneyView.CODE_ID).setValue("");
        Forms.submit(getCurrentView());
        assertThat(errors()).contains("Rhowch eich cod");
    }

    @Test
    void after_closing_the_code_shows_that_it_closed_the_answers_given_and_a_download_of_them() {
        navigate("en/consultations/" + GP + "/respond/practice-area", ResponseJourneyView.class);
        choose("q-practice-area-other");
        input("q-practice-area-other-text").setValue("Rhoose");
        saveForLater();
        String code = code();

        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        Instant now = clock.instant();
        try {
            clock.set(page.closesAt().plus(Duration.ofDays(2)));
            newBrowser();
            navigate("en/consultations/" + GP + "/respond", RespondStartView.class);
            assertThat(pageText()).contains("If you saved your answers with a code, you can still see them");
            follow(Rendered.page().select("a#resume-link").attr("href"));
            input(ResponseJourneyView.CODE_ID).setValue(code);
            Forms.submit(getCurrentView());

            assertThat(pageText()).contains("This consultation has closed", "The answers you gave", "Where is your GP practice?",
                    "Other, please say: Rhoose");
            Anchor download = $(Anchor.class).id("download-answers");
            assertThat(download.getElement().getTextRecursively()).isEqualTo("Download your answers (text file)");
            assertThat(download.getHref()).isNotBlank();
            assertThat(download.getElement().hasAttribute("download")).isTrue();
            assertThat(pageText()).as("nothing to send or save any more").doesNotContain("Send", "Save and come back later");
        } finally {
            clock.set(now);
        }
    }

    @Test
    void the_downloaded_answers_are_each_question_then_its_answer_in_the_page_language() {
        Locale welsh = Locale.forLanguageTag("cy");
        Questionnaire questionnaire = consultations.questionnaire(GP, welsh).orElseThrow();
        var first = questionnaire.questions().getFirst();
        String text = ResponseJourneyView.answersText(questionnaire,
                Map.of(first.id(), new uk.takingpart.consultation.Answer.Choice("other", "Y Rhws")), welsh,
                key -> getTranslation(key, welsh));
        assertThat(text).startsWith(questionnaire.title().text() + "\n\n")
                .contains(first.text().text() + "\n" + getTranslation("consultation.question.other", welsh) + ": Y Rhws\n");
    }

    private String getTranslation(String key, Locale language) {
        return translations.getTranslation(key, language);
    }

    private void newBrowser() {
        VaadinSession.getCurrent().setAttribute(BrowserDrafts.class.getName(), null);
    }

    private String otherCode(String plain) {
        char first = plain.charAt(0);
        char other = ResumeCodes.ALPHABET.charAt((ResumeCodes.ALPHABET.indexOf(first) + 1) % ResumeCodes.ALPHABET.length());
        return other + plain.substring(1, 4) + "-" + plain.substring(4);
    }

    private void saveForLater() {
        NativeButton button = $(NativeButton.class).id("save-for-later");
        ComponentUtil.fireEvent(button, new ClickEvent<>(button));
    }

    private String code() {
        Matcher m = CODE.matcher(Rendered.document(getCurrentView()).select("strong.resume-code").text());
        assertThat(m.find()).as("a code on the page").isTrue();
        return m.group(1);
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String pageText() {
        return Rendered.text(getCurrentView());
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    private Input input(String id) {
        return $(Input.class).id(id);
    }

    private void choose(String id) {
        $(NativeChoice.class).id(id).setValue(true);
    }

    private void follow(String href) {
        int query = href.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(href);
        } else {
            UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
        }
    }
}
