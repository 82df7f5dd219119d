package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.takingpart.audit.Actor;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.testing.Browser;

/**
 * An analyst reads a response and downloads the CSV and the ODS in a real Chromium; the pages (the
 * responses with a filter in error, the counts per question and the equality report included)
 * pass axe at 1280 and 320 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffResponsesBrowserIT {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String PASSWORD = "lantern-quarry-mosaic-73";
    private static final String WELSH = "Grŵp Cymraeg y Fro";

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired JdbcTemplate jdbc;
    Browser browser;
    String username;
    String reference;

    @BeforeEach
    void start() {
        username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Browser Test", StaffRole.ANALYST, PASSWORD), Actor.system());
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        reference = responses.submit(GP, UUID.randomUUID().toString(), Locale.forLanguageTag("cy"), Map.of(
                questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("penarth", null),
                questionnaire.question("other-comments").orElseThrow().id(), new Answer.Text("Line one\n<i>line two</i>"),
                questionnaire.question("organisation").orElseThrow().id(), new Answer.Text(WELSH))).reference();
        browser = new Browser("http://localhost:" + port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
        jdbc.update("DELETE FROM consultation_response WHERE reference = ?", reference);
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    @Test
    void an_analyst_reads_a_response_and_downloads_the_responses_as_csv() {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        browser.open("staff/consultations");
        waitFor("location.pathname === '/staff/sign-in'");
        var driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waitForVaadin();

        for (String path : List.of("staff/consultations", "staff/consultations/" + consultation + "/responses",
                "staff/consultations/" + consultation + "/responses?as=self&from=2026-02-30",
                "staff/consultations/" + consultation + "/summary", "staff/consultations/" + consultation + "/equality",
                "staff/responses/" + reference)) {
            browser.resize(1280, 900);
            browser.open(path);
            waitFor("!!document.querySelector('main h1')");
            browser.assertNoAxeViolations(path);
            browser.resize(320, 800);
            browser.assertNoHorizontalScroll(path + " at 320 px");
            browser.assertNoAxeViolations(path + " at 320 px");
        }
        assertThat(driver.findElement(By.cssSelector(".response-answers")).getText()).contains("Penarth", "Line one\n<i>line two</i>", WELSH);

        browser.resize(1280, 900);
        browser.open("staff/consultations/" + consultation + "/responses");
        waitFor("!!document.querySelector('.download-link')");
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; fetch(document.querySelector('.download-link').href).then(r => r.arrayBuffer()).then(b => {"
                        + " const bytes = new Uint8Array(b); done([Array.from(bytes.slice(0, 3)).join(','),"
                        + " new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)]); });");
        assertThat(result.get(0)).as("UTF-8 byte order mark").isEqualTo("239,187,191");
        String csv = (String) result.get(1);
        assertThat(csv).startsWith("\uFEFFreference,submitted_at,language,channel,Q1. Where is your GP practice?");
        assertThat(csv).contains(reference + ",").contains(",Penarth,").contains(WELSH);
        @SuppressWarnings("unchecked")
        List<Object> ods = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; fetch(document.querySelectorAll('.download-link')[1].href).then(r => r.arrayBuffer()).then(b => {"
                        + " const bytes = new Uint8Array(b); done([new TextDecoder('ascii').decode(bytes.slice(0, 2)),"
                        + " new TextDecoder('ascii').decode(bytes.slice(38, 84))]); });");
        assertThat(ods).as("a zip whose first entry is the OpenDocument mimetype")
                .containsExactly("PK", "application/vnd.oasis.opendocument.spreadsheet");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESPONSES_EXPORTED' AND actor_name = ?",
                Integer.class, username)).isEqualTo(2);
    }
}
