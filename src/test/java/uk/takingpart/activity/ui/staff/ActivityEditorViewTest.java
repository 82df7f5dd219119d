package uk.takingpart.activity.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.Audience;
import uk.takingpart.activity.LadderLevel;
import uk.takingpart.activity.Topic;
import uk.takingpart.base.settings.SiteSettings;

/** Staff create, check and publish activities in English and Welsh, without a browser. */
@SpringBootTest
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class ActivityEditorViewTest extends uk.takingpart.testing.StaffBrowserlessTest {
    @Autowired ActivityService activities;
    @Autowired JdbcTemplate jdbc;
    @Autowired SiteSettings settings;

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    private ActivityEditorView fillEnglish(String slug) {
        ActivityEditorView editor = navigate("staff/activities/new", ActivityEditorView.class);
        editor.slug.setValue(slug);
        editor.type.setValue(ActivityType.EVENT);
        editor.topic.setValue(Topic.MENTAL_HEALTH);
        editor.area.setValue("cardiff");
        editor.audiences.setValue(Set.of(Audience.YOUNG_PEOPLE));
        editor.ladder.setValue(LadderLevel.ENGAGE);
        editor.starts.setValue(LocalDateTime.now().plusDays(10).withHour(18).withMinute(0).withSecond(0).withNano(0));
        editor.ends.setValue(LocalDateTime.now().plusDays(10).withHour(20).withMinute(0).withSecond(0).withNano(0));
        editor.picture.setValue("/images/easy-read/talk.svg");
        var en = editor.texts.get("en");
        en.title.setValue("Youth wellbeing evening");
        en.summary.setValue("Tell us what helps you feel well.");
        en.description.setValue("We will talk in small groups.\n\n- Food provided\n- Free travel");
        en.location.setValue("Youth centre, Cardiff");
        en.easyRead.setValue("Come and talk.\nIt is free.");
        en.easyReadAlt.setValue("Young people talking");
        return editor;
    }

    private final java.util.List<String> created = new java.util.ArrayList<>();

    private String newSlug() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(slug);
        return slug;
    }

    /** The activities these tests publish are removed again, so other tests see only the demo. */
    @org.junit.jupiter.api.AfterEach
    void removeCreatedActivities() {
        created.forEach(slug -> jdbc.update("DELETE FROM activity WHERE slug = ?", slug));
    }

    @Test
    void an_editor_writes_an_activity_in_english_and_welsh_and_publishes_it() {
        String slug = newSlug();
        ActivityEditorView editor = fillEnglish(slug);
        var cy = editor.texts.get("cy");
        cy.title.setValue("Noson lles ieuenctid");
        cy.summary.setValue("Dywedwch wrthym beth sy’n eich helpu i deimlo’n dda.");
        cy.description.setValue("Byddwn yn siarad mewn grwpiau bach.");
        cy.location.setValue("Canolfan ieuenctid, Caerdydd");
        cy.easyRead.setValue("Dewch i siarad.\nMae am ddim.");
        cy.easyReadAlt.setValue("Pobl ifanc yn siarad");

        click(editor.save);
        assertThat(editor.status.getText()).isEqualTo("The activity has been created as a draft.");
        assertThat(activities.find(slug, Locale.ENGLISH)).as("a draft is not public").isEmpty();

        click(editor.publish);

        assertThat(editor.errorSummary.isVisible()).isFalse();
        assertThat(editor.status.getText()).isEqualTo("The activity is published in every language.");
        assertThat(activities.find(slug, Locale.forLanguageTag("cy"))).get()
                .satisfies(d -> {
                    assertThat(d.summary().title().text()).isEqualTo("Noson lles ieuenctid");
                    assertThat(d.description().fallback()).isFalse();
                });
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE record_id = ? ORDER BY id", String.class, slug))
                .containsExactly("ACTIVITY_CREATED", "ACTIVITY_EDITED", "ACTIVITY_PUBLISHED");
        assertThat(jdbc.queryForObject("SELECT actor_name FROM audit_entry WHERE record_id = ? AND action = 'ACTIVITY_PUBLISHED'",
                String.class, slug)).isEqualTo("editor-in-test");
    }

    @Test
    void publishing_without_the_welsh_is_refused_and_says_which_welsh_fields_are_missing() {
        String slug = newSlug();
        ActivityEditorView editor = fillEnglish(slug);

        click(editor.publish);

        assertThat(editor.errorSummary.isVisible()).isTrue();
        assertThat(editor.texts.get("cy").title.isInvalid()).isTrue();
        assertThat(editor.texts.get("cy").title.getErrorMessage()).startsWith("Enter this in Cymraeg before publishing");
        assertThat(editor.texts.get("cy").description.isInvalid()).isTrue();
        assertThat(activities.find(slug, Locale.ENGLISH)).as("not published").isEmpty();
        assertThat(editor.texts.get("en").title.getValue()).as("what was typed is kept").isEqualTo("Youth wellbeing evening");
    }

    @Test
    @WithMockUser(username = "chief", roles = {"ADMINISTRATOR"})
    void with_the_welsh_rule_turned_off_english_alone_is_published_and_welsh_readers_see_it_marked_as_english() {
        settings.setWelshRequiredToPublish(false);
        try {
            String slug = newSlug();
            ActivityEditorView editor = fillEnglish(slug);
            click(editor.publish);

            assertThat(editor.errorSummary.isVisible()).isFalse();
            assertThat(activities.find(slug, Locale.forLanguageTag("cy"))).get()
                    .satisfies(d -> assertThat(d.summary().title().fallback()).isTrue());
        } finally {
            settings.setWelshRequiredToPublish(true);
        }
    }

    @Test
    void bad_input_is_explained_by_each_field_and_in_a_summary_and_nothing_typed_is_lost() {
        ActivityEditorView editor = fillEnglish("Not A Valid Address!");
        editor.texts.get("en").title.setValue("");
        editor.ends.setValue(editor.starts.getValue().minusDays(1));

        click(editor.save);

        assertThat(editor.errorSummary.isVisible()).isTrue();
        assertThat(editor.errorSummary.getElement().getTextRecursively())
                .contains("There is a problem", "Enter a title in English", "Enter a web address using lowercase letters",
                        "The end must be the same as or after the start");
        assertThat(editor.slug.isInvalid()).isTrue();
        assertThat(editor.texts.get("en").title.isInvalid()).isTrue();
        assertThat(editor.ends.isInvalid()).isTrue();
        assertThat(editor.slug.getValue()).isEqualTo("Not A Valid Address!");
        assertThat(editor.texts.get("en").summary.getValue()).isEqualTo("Tell us what helps you feel well.");
    }

    @Test
    void too_much_text_in_any_language_is_a_message_by_its_field_never_a_server_error() {
        ActivityEditorView editor = fillEnglish("too-much-text-" + System.nanoTime());
        String alt = "A picture of people talking. ".repeat(11); // 319 characters where the column holds 300
        editor.texts.get("en").easyReadAlt.setValue(alt);
        editor.texts.get("cy").location.setValue("Canolfan ŵyl ".repeat(40)); // 520

        click(editor.save);

        assertThat(editor.errorSummary.getElement().getTextRecursively())
                .contains("Describe the picture in 300 characters or fewer", "Enter a location of 500 characters or fewer");
        assertThat(editor.texts.get("en").easyReadAlt.isInvalid()).isTrue();
        assertThat(editor.texts.get("cy").location.isInvalid()).isTrue();
        assertThat(editor.texts.get("en").easyReadAlt.getValue()).isEqualTo(alt);
    }

    @Test
    void an_existing_activity_opens_with_its_english_and_welsh_filled_in() {
        String slug = activities.whatsOn(uk.takingpart.activity.ActivityFilter.CURRENT, Locale.ENGLISH).stream()
                .map(a -> a.slug()).filter(s -> !s.startsWith("test-")).findFirst().orElseThrow();
        ActivityEditorView editor = navigate("staff/activities/" + slug + "/edit", ActivityEditorView.class);

        assertThat(editor.slug.getValue()).isEqualTo(slug);
        assertThat(editor.texts.get("en").title.getValue()).isNotBlank();
        assertThat(editor.texts.get("cy").title.getValue()).isNotBlank().isNotEqualTo(editor.texts.get("en").title.getValue());
        assertThat(editor.texts.get("cy").title.getElement().getAttribute("lang")).isEqualTo("cy");
        assertThat(editor.unpublish.isVisible()).isTrue();
    }
}
