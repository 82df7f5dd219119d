package uk.takingpart.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

/** The embedded demo covers what the site must show: every stage, ladder level, topic and audience, in both languages. */
@SpringBootTest
@Transactional
class DemoContentTest {
    @Autowired ActivityRepository activities;
    @Autowired ActivityService service;

    private List<Activity> demo() {
        return activities.findAll().stream().filter(a -> !a.getArea().getCode().startsWith("test-") && !a.getSlug().startsWith("test-")).toList();
    }

    @Test
    void demo_has_events_in_person_and_online_time_to_listen_and_a_consultation_at_every_stage() {
        List<Activity> demo = demo();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo).filteredOn(a -> a.getType() == ActivityType.TIME_TO_LISTEN)
                .flatMap(Activity::getAudiences)
                .contains(Audience.PARENT_CARERS, Audience.YOUNG_PEOPLE);
        assertThat(demo).filteredOn(a -> a.getType() == ActivityType.EVENT).extracting(Activity::getAttendance)
                .contains(Attendance.IN_PERSON, Attendance.ONLINE);
        assertThat(demo.stream().map(Activity::getStage).filter(s -> s != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Stage.values());
        assertThat(demo.stream().map(Activity::getLadderLevel).collect(Collectors.toSet())).containsExactlyInAnyOrder(LadderLevel.values());
        assertThat(demo.stream().map(Activity::getTopic).collect(Collectors.toSet())).containsExactlyInAnyOrder(Topic.values());
        assertThat(demo.stream().flatMap(a -> a.getAudiences().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class))))
                .containsExactlyInAnyOrder(Audience.values());
    }

    @Test
    void every_demo_activity_has_english_and_welsh_text_and_an_easy_read_picture_that_exists() {
        List<String> problems = new ArrayList<>();
        for (Activity a : demo()) {
            ActivityText en = a.getTexts().get("en");
            ActivityText cy = a.getTexts().get("cy");
            if (en == null || en.getEasyReadText() == null || en.getEasyReadImageAlt() == null || en.getDescription() == null) {
                problems.add(a.getSlug() + ": English incomplete");
            }
            if (cy == null || cy.getTitle().equals(en.getTitle()) || cy.getSummary().equals(en.getSummary())) {
                problems.add(a.getSlug() + ": Welsh title or summary missing or left in English");
            }
            if (a.getEasyReadImage() == null || !new ClassPathResource("META-INF/resources" + a.getEasyReadImage()).exists()) {
                problems.add(a.getSlug() + ": easy-read picture missing");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_demo_is_current_whenever_it_is_loaded() {
        List<ActivitySummary> current = service.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH);
        assertThat(current).extracting(ActivitySummary::status).contains(ActivityStatus.OPEN, ActivityStatus.UPCOMING);
        assertThat(service.whatsOn(new ActivityFilter(null, null, null, null, Period.PAST), Locale.ENGLISH))
                .extracting(ActivitySummary::stage).contains(Stage.CLOSED_AWAITING_DECISION, Stage.DECIDED);
    }
}
