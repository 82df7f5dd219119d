package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.ConsultationSetup;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/**
 * An editor sets up the consultation of an activity written in the activity editor — dates, and
 * words in English and Welsh — with no developer: it leaves the "to set up" list, shows in the
 * consultations list and, once its activity is published, on the public site with its purpose.
 * Bad input is explained by each field and nothing typed is lost; a stale save is refused.
 */
@SpringBootTest
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ConsultationDetailsViewTest extends StaffBrowserlessTest {
    @Autowired JdbcClient jdbc;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationSetup setup;
    private String slug;

    @BeforeEach
    void anUnpublishedConsultationActivity() {
        slug = "test-consultation-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO activity (slug, type, topic, area_id, ladder_level, stage, starts_at, published_at)
                SELECT ?, 'CONSULTATION', 'HOSPITAL_SERVICES', MIN(id), 'CONSULT', 'OPEN_CONSULTATION', ?, NULL FROM area""")
                .params(slug, LocalDateTime.now()).update();
        jdbc.sql("INSERT INTO activity_text (activity_id, language, title, summary) SELECT id, 'en', 'Minor injuries unit opening hours',"
                + " 'Have your say' FROM activity WHERE slug = ?").param(slug).update();
    }

    @AfterEach
    void tidy() {
        jdbc.sql("DELETE FROM consultation WHERE activity_id = (SELECT id FROM activity WHERE slug = ?)").param(slug).update();
        jdbc.sql("DELETE FROM activity WHERE slug = ?").param(slug).update();
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    @Test
    void an_editor_sets_up_a_consultation_with_a_short_period_reason_and_it_goes_live_with_its_activity() {
        UI.getCurrent().navigate("staff/consultations");
        assertThat(Rendered.page().select("#to-set-up a").eachText()).contains("Set up Minor injuries unit opening hours");

        ConsultationDetailsView view = navigate("staff/consultations/set-up/" + slug, ConsultationDetailsView.class);
        assertThat(view.heading.getText()).isEqualTo("Set up the consultation " + slug);
        LocalDateTime opens = LocalDate.now().minusDays(1).atTime(9, 0);
        view.opens.setValue(opens);
        view.closes.setValue(opens.minusHours(1));
        view.decision.setValue(LocalDate.now().minusDays(10));
        view.texts.get("cy").byName.get("purpose").setValue("Penderfynu oriau agor yr uned mân anafiadau.");
        click(view.save);
        assertThat(Rendered.text(view.errorSummary)).contains("The closing time must be after the opening time",
                "Write the purpose of the consultation in English");
        assertThat(view.closes.isInvalid()).isTrue();
        assertThat(view.texts.get("cy").byName.get("purpose").getValue()).as("nothing typed is lost")
                .isEqualTo("Penderfynu oriau agor yr uned mân anafiadau.");

        view.closes.setValue(opens.plusWeeks(6));
        view.texts.get("en").byName.get("purpose").setValue("To decide the minor injuries unit's opening hours.");
        click(view.save);
        assertThat(Rendered.text(view.errorSummary)).as("six weeks needs a reason")
                .contains("open for less than 12 weeks: write the reason", "must be on or after the closing date");
        view.texts.get("en").byName.get("shorter-period-reason").setValue("The unit's winter rota starts in January.");
        view.decision.setValue(opens.plusWeeks(8).toLocalDate());
        click(view.save);

        assertThat(view.errorSummary.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("The consultation is set up. You can now write its questionnaire.");
        long id = jdbc.sql("SELECT c.id FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE a.slug = ?").param(slug)
                .query(Long.class).single();
        assertThat(setup.notSetUp(Locale.ENGLISH)).extracting(ConsultationSetup.Unset::slug).doesNotContain(slug);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = ? AND record_type = 'consultation' ORDER BY id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("CONSULTATION_SET_UP");

        assertThat(consultations.page(slug, Locale.ENGLISH)).as("not public until its activity is published").isEmpty();
        jdbc.sql("UPDATE activity SET published_at = ? WHERE slug = ?").params(LocalDateTime.now().minusMinutes(1), slug).update();
        var page = consultations.page(slug, Locale.forLanguageTag("cy")).orElseThrow();
        assertThat(page.purpose().text()).isEqualTo("Penderfynu oriau agor yr uned mân anafiadau.");
        assertThat(page.timeline()).as("the open stage's dates on the timeline").singleElement()
                .satisfies(stage -> assertThat(stage.endsOn()).isEqualTo(opens.plusWeeks(6).toLocalDate()));

        // a second editor's save meanwhile: this one is told and keeps what was typed
        ConsultationDetailsView again = navigate("staff/consultations/" + id + "/details", ConsultationDetailsView.class);
        assertThat(again.texts.get("en").byName.get("shorter-period-reason").getValue()).isEqualTo("The unit's winter rota starts in January.");
        jdbc.sql("UPDATE consultation SET version = version + 1 WHERE id = ?").param(id).update();
        again.texts.get("en").byName.get("how-answers-are-used").setValue("We read every response.");
        click(again.save);
        assertThat(Rendered.text(again.errorSummary)).contains("Someone else saved these details");
        assertThat(again.texts.get("en").byName.get("how-answers-are-used").getValue()).isEqualTo("We read every response.");

        ConsultationDetailsView fresh = navigate("staff/consultations/" + id + "/details", ConsultationDetailsView.class);
        fresh.closes.setValue(opens.plusWeeks(12));
        fresh.decision.setValue(opens.plusWeeks(14).toLocalDate());
        click(fresh.save);
        assertThat(fresh.status.getText()).isEqualTo("The details are saved.");
        assertThat(consultations.page(slug, Locale.ENGLISH).orElseThrow().timeline()).singleElement()
                .satisfies(stage -> assertThat(stage.endsOn()).isEqualTo(opens.plusWeeks(12).toLocalDate()));
        List<String> summaries = jdbc.sql("SELECT summary FROM audit_entry WHERE record_id = ? AND action = 'CONSULTATION_DETAILS_CHANGED'")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(summaries).singleElement().asString().contains("before", "now", opens.plusWeeks(12).toString());
    }

    @Test
    void in_welsh_the_form_and_its_errors_are_welsh() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        ConsultationDetailsView view = navigate("staff/consultations/set-up/" + slug, ConsultationDetailsView.class);
        assertThat(view.heading.getText()).isEqualTo("Sefydlu’r ymgynghoriad: " + slug);
        click(view.save);
        assertThat(Rendered.text(view.errorSummary)).contains("Rhowch pryd mae’r ymgynghoriad yn agor", "Ysgrifennwch ddiben yr ymgynghoriad yn Saesneg");
        assertThat(view.opens.getLabel()).isEqualTo("Yn agor");
        assertThat(view.texts.get("cy").byName.get("purpose").getLabel()).isEqualTo("Diben (Cymraeg)");
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_the_details_but_cannot_set_up_or_change_them() {
        UI.getCurrent().navigate("staff/consultations");
        assertThat(Rendered.page().select("#to-set-up a")).as("no set-up link").isEmpty();
        assertThat(Rendered.page().select("#to-set-up li").eachText()).contains("Minor injuries unit opening hours");
        long gp = consultations.page("gp-evening-and-saturday-appointments", Locale.ENGLISH).orElseThrow().id();
        ConsultationDetailsView view = navigate("staff/consultations/" + gp + "/details", ConsultationDetailsView.class);
        assertThat(view.opens.isReadOnly()).isTrue();
        assertThat(view.save.getParent()).isEmpty();
    }
}
