package uk.takingpart.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * The What's on rules against a real MariaDB (embedded, or the server SPRING_DATASOURCE_URL names).
 * Each test works in an area of its own and is rolled back.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
class ActivityServiceTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale CY = Locale.forLanguageTag("cy");

    @Autowired ActivityService service;
    @Autowired ActivityRepository activities;
    @Autowired AreaRepository areas;
    @Autowired TestClock clock;

    private Area area;
    private Instant now;

    @BeforeEach
    void setUp() {
        now = clock.instant();
        area = areas.save(new Area("test-" + UUID.randomUUID().toString().substring(0, 8))
                .name("en", "Test Valley").name("cy", "Cwm Prawf"));
    }

    private Activity save(String name, ActivityType type, Stage stage, Duration startsIn, Duration endsIn, Duration publishedAgo,
                          Audience... audiences) {
        Activity activity = new Activity(area.getCode() + "-" + name, type, Topic.MENTAL_HEALTH, area,
                audiences.length == 0 ? EnumSet.of(Audience.EVERYONE) : EnumSet.of(audiences[0], audiences),
                LadderLevel.CONSULT, stage, type == ActivityType.CONSULTATION ? null : Attendance.IN_PERSON,
                now.plus(startsIn), endsIn == null ? null : now.plus(endsIn), now.minus(publishedAgo), "/images/easy-read/talk.svg");
        activity.text("en", new ActivityText(name + " title", name + " summary", "About " + name, "Town hall", "Easy " + name, "A picture"));
        activity.text("cy", new ActivityText(name + " teitl", name + " crynodeb", "Am " + name, "Neuadd y dref", "Hawdd " + name, "Llun"));
        return activities.saveAndFlush(activity);
    }

    private List<String> names(List<ActivitySummary> found) {
        return found.stream().map(a -> a.slug().substring(area.getCode().length() + 1)).toList();
    }

    private ActivityFilter inArea() {
        return new ActivityFilter(null, null, area.getCode(), null, Period.CURRENT);
    }

    @Test
    void whats_on_lists_open_and_upcoming_activities_soonest_first_and_leaves_out_closed_ones() {
        save("open-old", ActivityType.CONSULTATION, Stage.OPEN_CONSULTATION, Duration.ofDays(-30), Duration.ofDays(54), Duration.ofDays(31));
        save("upcoming-new", ActivityType.EVENT, null, Duration.ofDays(5), Duration.ofDays(5).plusHours(2), Duration.ofDays(1));
        save("closed", ActivityType.CONSULTATION, Stage.CLOSED_AWAITING_DECISION, Duration.ofDays(-100), Duration.ofDays(-10), Duration.ofDays(101));
        save("ongoing", ActivityType.EVENT, null, Duration.ofDays(-1), null, Duration.ofDays(3));

        List<ActivitySummary> found = service.whatsOn(inArea(), EN);

        // soonest first, whatever the publishing order: under way now, then in 5 days, then closing in 54 days
        assertThat(names(found)).containsExactly("ongoing", "upcoming-new", "open-old");
        assertThat(found).extracting(ActivitySummary::status)
                .containsExactly(ActivityStatus.OPEN, ActivityStatus.UPCOMING, ActivityStatus.OPEN);
    }

    @Test
    void closed_and_decided_activities_are_listed_apart_most_recently_closed_first() {
        save("decided", ActivityType.CONSULTATION, Stage.DECIDED, Duration.ofDays(-300), Duration.ofDays(-200), Duration.ofDays(301));
        save("awaiting", ActivityType.CONSULTATION, Stage.CLOSED_AWAITING_DECISION, Duration.ofDays(-100), Duration.ofDays(-10), Duration.ofDays(101));
        save("open", ActivityType.CONSULTATION, Stage.OPEN_CONSULTATION, Duration.ofDays(-1), Duration.ofDays(80), Duration.ofDays(2));

        List<ActivitySummary> past = service.whatsOn(new ActivityFilter(null, null, area.getCode(), null, Period.PAST), EN);

        assertThat(names(past)).containsExactly("awaiting", "decided");
        assertThat(past).allMatch(a -> a.status() == ActivityStatus.CLOSED);
    }

    @Test
    void an_activity_stays_hidden_until_its_publication_time_and_then_appears() {
        save("embargoed", ActivityType.EVENT, null, Duration.ofDays(10), Duration.ofDays(10).plusHours(1), Duration.ofHours(-2));

        assertThat(service.whatsOn(inArea(), EN)).isEmpty();
        assertThat(service.find(area.getCode() + "-embargoed", EN)).isEmpty();

        clock.advance(Duration.ofHours(3));
        try {
            assertThat(names(service.whatsOn(inArea(), EN))).containsExactly("embargoed");
            assertThat(service.find(area.getCode() + "-embargoed", EN)).isPresent();
        } finally {
            clock.set(now);
        }
    }

    @Test
    void an_event_moves_from_coming_up_to_open_to_closed_as_time_passes() {
        save("evening", ActivityType.EVENT, null, Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(1));
        String slug = area.getCode() + "-evening";
        try {
            assertThat(service.find(slug, EN).orElseThrow().summary().status()).isEqualTo(ActivityStatus.UPCOMING);
            clock.advance(Duration.ofHours(2));
            assertThat(service.find(slug, EN).orElseThrow().summary().status()).isEqualTo(ActivityStatus.OPEN);
            clock.advance(Duration.ofHours(2));
            assertThat(service.find(slug, EN).orElseThrow().summary().status()).isEqualTo(ActivityStatus.CLOSED);
            assertThat(service.whatsOn(inArea(), EN)).isEmpty();
        } finally {
            clock.set(now);
        }
    }

    @Test
    void filters_by_type_topic_area_and_audience_together() {
        save("young-event", ActivityType.EVENT, null, Duration.ofDays(2), Duration.ofDays(2).plusHours(1), Duration.ofDays(1), Audience.YOUNG_PEOPLE);
        save("parents-event", ActivityType.EVENT, null, Duration.ofDays(2), Duration.ofDays(2).plusHours(1), Duration.ofDays(2), Audience.PARENT_CARERS, Audience.YOUNG_PEOPLE);
        save("everyone-consultation", ActivityType.CONSULTATION, Stage.OPEN_CONSULTATION, Duration.ofDays(-2), Duration.ofDays(80), Duration.ofDays(3));

        assertThat(names(service.whatsOn(new ActivityFilter(ActivityType.EVENT, null, area.getCode(), null, null), EN)))
                .containsExactlyInAnyOrder("young-event", "parents-event");
        assertThat(names(service.whatsOn(new ActivityFilter(null, null, area.getCode(), Audience.YOUNG_PEOPLE, null), EN)))
                .containsExactlyInAnyOrder("young-event", "parents-event");
        assertThat(names(service.whatsOn(new ActivityFilter(ActivityType.EVENT, null, area.getCode(), Audience.PARENT_CARERS, null), EN)))
                .containsExactly("parents-event");
        assertThat(service.whatsOn(new ActivityFilter(null, Topic.SOCIAL_CARE, area.getCode(), null, null), EN)).isEmpty();
        assertThat(names(service.whatsOn(new ActivityFilter(null, Topic.MENTAL_HEALTH, area.getCode(), null, null), EN))).hasSize(3);
    }

    @Test
    void a_welsh_visitor_reads_welsh_and_sees_english_marked_where_the_welsh_is_missing() {
        Activity activity = new Activity(area.getCode() + "-partly-welsh", ActivityType.EVENT, Topic.COMMUNITY_SERVICES, area,
                EnumSet.of(Audience.OLDER_PEOPLE), LadderLevel.INFORM, null, Attendance.IN_PERSON,
                now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3).plusHours(2)), now.minus(Duration.ofDays(1)), null);
        activity.text("en", new ActivityText("Bus drop-in", "Come and ask about buses.", "We will explain the new routes.", "Library", "Come and talk.", "A bus"));
        activity.text("cy", new ActivityText("Sesiwn galw heibio bysiau", "Dewch i holi am fysiau.", null, "Llyfrgell", null, null));
        activities.saveAndFlush(activity);

        ActivityDetails welsh = service.find(area.getCode() + "-partly-welsh", CY).orElseThrow();

        assertThat(welsh.summary().title()).isEqualTo(new LocalizedText("Sesiwn galw heibio bysiau", CY, false));
        assertThat(welsh.location()).isEqualTo(new LocalizedText("Llyfrgell", CY, false));
        assertThat(welsh.description()).isEqualTo(new LocalizedText("We will explain the new routes.", EN, true));
        assertThat(welsh.summary().easyRead().text()).isEqualTo(new LocalizedText("Come and talk.", EN, true));
        assertThat(welsh.summary().area()).isEqualTo(new LocalizedText("Cwm Prawf", CY, false));

        ActivityDetails english = service.find(area.getCode() + "-partly-welsh", EN).orElseThrow();
        assertThat(english.description().fallback()).isFalse();
    }

    @Test
    void an_unknown_address_finds_nothing() {
        assertThat(service.find("no-such-activity-" + UUID.randomUUID(), EN)).isEmpty();
    }

    @Test
    void area_names_come_in_the_visitors_language() {
        assertThat(service.areas(CY)).contains(new AreaOption(area.getCode(), new LocalizedText("Cwm Prawf", CY, false)));
        assertThat(service.areas(EN)).contains(new AreaOption(area.getCode(), new LocalizedText("Test Valley", EN, false)));
    }

    @Test
    void the_database_refuses_two_activities_at_one_address() {
        save("twin", ActivityType.EVENT, null, Duration.ofDays(1), Duration.ofDays(1).plusHours(1), Duration.ofDays(1));
        assertThatThrownBy(() -> save("twin", ActivityType.EVENT, null, Duration.ofDays(2), Duration.ofDays(2).plusHours(1), Duration.ofDays(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_an_activity_that_ends_before_it_starts() {
        assertThatThrownBy(() -> save("backwards", ActivityType.EVENT, null, Duration.ofDays(2), Duration.ofDays(1), Duration.ofDays(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
