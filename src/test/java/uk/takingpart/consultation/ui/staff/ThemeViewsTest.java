package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.Themes;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/**
 * An editor works with themes in the back office, in English and in Welsh: creates one from a
 * suggestion (tagging the answers that use its words), gets errors by the field with what was
 * typed kept, picks a quote on a theme's page, is refused a merge into the theme itself, and
 * tags an answer on a response's page; an analyst only reads. Each test starts from the demo GP
 * consultation with no responses and no themes and is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ThemeViewsTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired Themes themes;
    @Autowired JdbcClient jdbc;
    private Questionnaire questionnaire;
    private long consultation;

    @BeforeEach
    void startWithNoResponsesAndNoThemes() {
        questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        jdbc.sql("DELETE FROM consultation_theme WHERE consultation_id = ?").param(consultation).update();
        jdbc.sql("DELETE FROM consultation_response WHERE consultation_id = ?").param(consultation).update();
    }

    private long id(String code) {
        return questionnaire.question(code).orElseThrow().id();
    }

    private String send(String comment) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(id("practice-area"), new Answer.Choice("barry", null));
        answers.put(id("hard-to-get"), new Answer.Choice("no", null));
        answers.put(id("other-comments"), new Answer.Text(comment));
        return responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, answers).reference();
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    private String themesPath() {
        return "staff/consultations/" + consultation + "/themes";
    }

    @Test
    void an_editor_creates_a_theme_from_a_suggestion_and_the_answers_using_its_words_are_tagged() {
        send("Evening appointments would help me, because I work.");
        send("More evening appointments, please!");
        send("The car park is too small.");

        ConsultationThemesView view = navigate(themesPath(), ConsultationThemesView.class);

        assertThat(view.heading.getText()).isEqualTo("Themes: GP appointments in the evening and on Saturdays");
        assertThat(Rendered.text(view.list)).isEqualTo("There are no themes yet.");
        Document suggested = Rendered.document(view.suggestionsTable);
        assertThat(suggested.select("tbody tr").eachText()).contains("evening appointments 2 Create this theme: evening appointments");
        assertThat(view.tagAllField.isVisible()).isFalse();

        click(view.suggestionButtons.get("evening appointments"));

        assertThat(view.name.getValue()).as("filled in for a person to confirm").isEqualTo("Evening appointments");
        assertThat(view.tagAllField.isVisible()).isTrue();
        assertThat(view.tagAllLabel.getText()).isEqualTo("Also tag the answers that use the words ‘evening appointments’ (number of answers: 2)");
        assertThat(themes.themes(consultation)).as("nothing created yet").isEmpty();

        view.description.setValue("Appointments after work");
        click(view.create);

        assertThat(view.status.getText()).isEqualTo("Theme created: Evening appointments. 2 answers were tagged.");
        Document table = Rendered.document(view.table);
        assertThat(table.select("th[scope=col]").eachText()).containsExactly("Theme", "Description", "People", "Answers");
        assertThat(table.select("tbody tr").eachText()).containsExactly("Evening appointments Appointments after work 2 2");
        assertThat(view.name.getValue()).isEmpty();
        assertThat(Rendered.document(view.suggestionsTable).select("tbody tr td:first-child").eachText())
                .as("the theme is no longer suggested").doesNotContain("evening appointments");
    }

    @Test
    void in_welsh_a_missing_or_taken_name_is_named_by_the_field_and_in_the_error_summary_and_what_was_typed_stays() {
        themes.create(consultation, "Parcio", null, null, "editor-in-test");
        UI.getCurrent().setLocale(WELSH);

        ConsultationThemesView view = navigate(themesPath(), ConsultationThemesView.class);
        assertThat(view.heading.getText()).startsWith("Themâu: ");
        assertThat(Rendered.document(view.table).select("th[scope=col]").eachText()).containsExactly("Thema", "Disgrifiad", "Pobl", "Atebion");
        assertThat(Rendered.text(view.suggestions)).isEqualTo("Does dim awgrymiadau eto: does dim gair mewn mwy nag un ateb ysgrifenedig.");

        view.name.setValue("  ");
        click(view.create);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(Rendered.text(view.errors)).contains("Mae problem", "Rhowch enw’r thema");
        assertThat(Rendered.text(view.nameField)).contains("Gwall: Rhowch enw’r thema");
        assertThat(view.name.getElement().getAttribute("aria-invalid")).isEqualTo("true");

        String tenThousand = "Parcio ".repeat(1430);
        view.name.setValue(tenThousand);
        click(view.create);
        assertThat(Rendered.text(view.nameField)).contains("Gwall: Rhaid i enw’r thema fod yn 120 nod neu lai");
        assertThat(view.name.getValue()).as("what was typed is kept").isEqualTo(tenThousand);

        view.name.setValue("PARCIO");
        view.description.setValue("Ceir a’r maes parcio");
        click(view.create);
        assertThat(Rendered.text(view.nameField)).contains("Mae gan yr ymgynghoriad hwn thema â’r enw hwn yn barod");
        assertThat(view.name.getValue()).as("what was typed is kept").isEqualTo("PARCIO");
        assertThat(view.description.getValue()).isEqualTo("Ceir a’r maes parcio");
        assertThat(themes.themes(consultation)).hasSize(1);

        view.name.setValue("Teithio");
        click(view.create);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(Rendered.text(view.nameField)).doesNotContain("Gwall");
        assertThat(view.status.getText()).isEqualTo("Thema wedi’i chreu: Teithio.");
    }

    @Test
    void on_a_theme_page_an_editor_picks_a_quote_from_an_answer_which_must_be_its_words() {
        String reference = send("The surgery shuts at 6 and I work in Cardiff until 5:30.");
        long work = themes.create(consultation, "Work hours", null, null, "editor-in-test");
        themes.tag(work, reference, id("other-comments"), "editor-in-test");

        ThemeView view = navigate(themesPath() + "/" + work, ThemeView.class);
        assertThat(view.heading.getText()).isEqualTo("Theme: Work hours");
        assertThat(Rendered.text(view.quotes)).contains("No quotes have been picked yet.");
        ThemeView.AnswerItem item = view.items.get(reference + ":" + id("other-comments"));
        assertThat(Rendered.text(item)).contains("Response " + reference + ", question 11:",
                "The surgery shuts at 6 and I work in Cardiff until 5:30.");
        assertThat(item.form.isVisible()).isFalse();

        click(item.pick);
        assertThat(item.form.isVisible()).isTrue();
        assertThat(item.excerpt.getValue()).isEqualTo("The surgery shuts at 6 and I work in Cardiff until 5:30.");
        item.excerpt.setValue("The surgery shuts at 7");
        click(item.save);
        assertThat(Rendered.text(view.errors)).contains("A quote must be words from the answer, exactly as the person wrote them");
        assertThat(Rendered.text(item.excerptField)).contains("Error: A quote must be words from the answer");
        assertThat(item.excerpt.getValue()).isEqualTo("The surgery shuts at 7");

        item.excerpt.setValue("The surgery shuts at 6");
        click(item.save);
        assertThat(view.status.getText()).isEqualTo("Quote saved.");
        assertThat(Rendered.document(view.quotes).select("blockquote").eachText()).containsExactly("The surgery shuts at 6");
        assertThat(Rendered.text(view.quotes)).contains("Response " + reference + ", question 11");
    }

    @Test
    void merging_a_theme_into_itself_is_refused_by_the_field_and_a_merge_into_another_moves_its_answers() {
        String reference = send("Nowhere to park.");
        long parking = themes.create(consultation, "Parking", null, null, "editor-in-test");
        long cars = themes.create(consultation, "Cars", null, null, "editor-in-test");
        themes.tag(cars, reference, id("other-comments"), "editor-in-test");

        ThemeView view = navigate(themesPath() + "/" + cars, ThemeView.class);
        assertThat(view.into.options()).extracting(o -> o.text()).containsExactly("Choose a theme", "Parking");

        click(view.merge);
        assertThat(Rendered.text(view.intoField)).contains("Error: Choose the theme to merge this one into");

        view.into.setValue(Long.toString(cars));
        click(view.merge);
        assertThat(Rendered.text(view.intoField)).contains("Error: A theme cannot be merged into itself: choose a different theme");
        assertThat(Rendered.text(view.errors)).contains("A theme cannot be merged into itself");
        assertThat(themes.themes(consultation)).hasSize(2);

        view.into.setValue(Long.toString(parking));
        click(view.merge);
        ThemeView merged = (ThemeView) getCurrentView();
        assertThat(merged.heading.getText()).isEqualTo("Theme: Parking");
        assertThat(merged.status.getText()).isEqualTo("Theme merged into this one: Cars.");
        assertThat(merged.items).containsKey(reference + ":" + id("other-comments"));
    }

    @Test
    void on_a_response_page_an_editor_tags_a_written_answer_with_a_theme_and_takes_it_out_again() {
        String reference = send("Nowhere to park.");
        long parking = themes.create(consultation, "Parking", null, null, "editor-in-test");

        ResponseView view = navigate("staff/responses/" + reference, ResponseView.class);
        AnswerThemes tagging = view.themeTags.get(id("other-comments"));
        assertThat(view.themeTags).containsOnlyKeys(id("other-comments"));
        assertThat(Rendered.text(tagging)).contains("Themes: answer to question 11", "Not in any theme yet.");

        click(tagging.add);
        assertThat(Rendered.text(tagging.choiceField)).contains("Error: Choose a theme to add this answer to");
        assertThat(view.errors.isVisible()).isTrue();

        tagging.choice.setValue(Long.toString(parking));
        click(tagging.add);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Added to the theme: Parking.");
        assertThat(themes.tags(reference)).containsEntry(id("other-comments"), java.util.Set.of(parking));
        assertThat(Rendered.text(tagging)).contains("In these themes:", "Parking");

        click(tagging.remove.get(parking));
        assertThat(view.status.getText()).isEqualTo("Taken out of the theme: Parking.");
        assertThat(themes.tags(reference)).isEmpty();
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_the_themes_and_suggestions_but_has_nothing_to_change_them_with() {
        String reference = send("Evening appointments, please.");
        send("Evening appointments would help.");
        jdbc.sql("INSERT INTO consultation_theme (consultation_id, name, name_key, created_at, created_by) VALUES (?, 'Evenings', 'evenings', NOW(), 'someone')")
                .param(consultation).update();

        ConsultationThemesView view = navigate(themesPath(), ConsultationThemesView.class);

        assertThat(Rendered.page().select("main").text()).contains("Only editors and administrators can change them.");
        assertThat(view.nameField).isNull();
        assertThat(view.suggestionButtons).isEmpty();
        assertThat(Rendered.document(view.suggestionsTable).select("tbody tr").eachText()).contains("evening appointments 2");

        ResponseView response = navigate("staff/responses/" + reference, ResponseView.class);
        assertThat(response.themeTags.get(id("other-comments")).remove).isEmpty();
        assertThat(Rendered.text(response.themeTags.get(id("other-comments")))).doesNotContain("Add to theme");
        assertThat(List.of(response.heading.getText())).containsExactly("Response " + reference);
    }

    @Test
    void the_responses_are_filtered_by_theme_and_a_tampered_theme_address_is_not_found() {
        String inTheme = send("Nowhere to park.");
        send("Buses are late.");
        long parking = themes.create(consultation, "Parking", null, null, "editor-in-test");
        themes.tag(parking, inTheme, id("other-comments"), "editor-in-test");

        ConsultationResponsesView view = navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);
        assertThat(view.filters.theme.options()).extracting(o -> o.text()).containsExactly("Any", "Parking");
        view.filters.theme.setValue(Long.toString(parking));
        click(view.filters.apply);

        ConsultationResponsesView filtered = (ConsultationResponsesView) getCurrentView();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString()).isEqualTo("theme=" + parking);
        assertThat(filtered.total.getText()).isEqualTo("1 response matches these filters (2 in all).");
        assertThat(Rendered.document(filtered.table).select("tbody tr td:first-child").eachText()).containsExactly(inTheme);
        assertThat(Rendered.page().select("nav.related-pages a").eachText()).contains("Themes");

        UI.getCurrent().navigate(themesPath() + "/" + (parking + 1000));
        assertThat(getCurrentView()).isInstanceOf(uk.takingpart.base.ui.StaffNotFoundView.class);
        UI.getCurrent().navigate("staff/consultations/999999999/themes");
        assertThat(getCurrentView()).isInstanceOf(uk.takingpart.base.ui.StaffNotFoundView.class);
    }
}
