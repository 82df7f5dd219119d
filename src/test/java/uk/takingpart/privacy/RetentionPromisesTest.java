package uk.takingpart.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import uk.takingpart.base.ui.InformationArguments;
import uk.takingpart.booking.BookingDraftRetention;
import uk.takingpart.booking.BookingRetention;
import uk.takingpart.consultation.EqualityRetention;
import uk.takingpart.consultation.QuestionEmailRetention;
import uk.takingpart.consultation.RespondentRetention;
import uk.takingpart.consultation.ResponseDraftRetention;
import uk.takingpart.notify.Outbox;

/**
 * Every keeping period the privacy notice states ("How long we keep your information") is kept
 * by a scheduled job reading the same configuration, with a test that the job deletes what is past
 * the period and keeps what is inside it. A new period in the notice without a job here fails;
 * so does a number written into the notice instead of the configured one, and a deleting job that
 * keeps no promise and says nothing about why.
 */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
class RetentionPromisesTest {
    private static final String ITEM = "page.privacy.section.6.item.";

    /** A period the notice states: the argument it is shown by, the job, and the test that runs the job either side of the period. */
    record Promise(String argument, Class<?> job, String test) {}

    /** By the notice's item number. */
    static final Map<Integer, Promise> PROMISES = Map.of(
            1, new Promise("bookingMonths", BookingRetention.class, "uk.takingpart.booking.BookingServiceTest"),
            3, new Promise("draftDays", ResponseDraftRetention.class, "uk.takingpart.consultation.ResponseDraftRetentionTest"),
            4, new Promise("detailsMonths", RespondentRetention.class, "uk.takingpart.consultation.RespondentRetentionTest"),
            5, new Promise("equalityMonths", EqualityRetention.class, "uk.takingpart.consultation.RespondentsAndEqualityTest"),
            6, new Promise("questionEmailMonths", QuestionEmailRetention.class, "uk.takingpart.consultation.ConsultationQuestionsTest"));

    /**
     * Items about data the service does not store yet (format requests: the formats feature is not
     * built), with a pattern for the table that would hold it: once such a table exists, it needs a
     * job and a promise above.
     */
    static final Map<Integer, String> NOT_STORED_YET = Map.of(2, "%format%request%");

    /** Deleting jobs for data the notice's list does not name, and why that is right. */
    static final Map<Class<?>, String> NOT_IN_THE_NOTICE = Map.of(
            BookingDraftRetention.class, "booking answers never sent, a day after their last change: shorter than any period stated",
            Outbox.class, "emails sent or given up on, takingpart.mail.keep (12 months) after they were written: within the period of the booking or response they were about");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void every_period_the_privacy_notice_states_has_a_scheduled_job_and_a_test() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_cy.properties"}) {
            Map<Integer, String> items = items(file);
            Set<Integer> known = new TreeSet<>(PROMISES.keySet());
            known.addAll(NOT_STORED_YET.keySet());
            assertThat(items.keySet()).as(file + ": every keeping period in the notice has a promise in this test").isEqualTo(known);
            PROMISES.forEach((item, promise) -> {
                assertThat(items.get(item)).as(file + " item " + item + " is shown from the configuration").contains("{" + promise.argument() + ",");
                assertThat(context.getBeanNamesForType(promise.job())).as(promise.job().getSimpleName() + " is a bean").isNotEmpty();
                assertThat(scheduledDeletes(promise.job())).as(promise.job().getSimpleName() + " runs on a schedule").isNotEmpty();
            });
        }
        for (Promise promise : PROMISES.values()) {
            String test = Files.readString(Path.of("src/test/java", promise.test().replace('.', '/') + ".java"));
            assertThat(test).as(promise.test() + " runs " + promise.job().getSimpleName())
                    .contains(promise.job().getSimpleName()).contains("deleteExpired()");
        }
    }

    @Test
    void the_notice_shows_the_period_each_job_uses() {
        Map<String, Object> shown = new HashMap<>();
        context.getBeansOfType(InformationArguments.class).values().forEach(a -> shown.putAll(a.arguments(Locale.ENGLISH)));
        PROMISES.values().forEach(promise -> {
            Object keep = ReflectionTestUtils.getField((Object) AopTestUtils.getUltimateTargetObject(context.getBean(promise.job())), "keep");
            long expected = switch (keep) {
                case Period p when promise.argument().endsWith("Months") -> p.toTotalMonths();
                case Duration d when promise.argument().endsWith("Days") -> d.toDays();
                default -> throw new AssertionError(promise.job().getSimpleName() + " keeps " + keep + ", shown as " + promise.argument());
            };
            assertThat(shown.get(promise.argument())).as(promise.argument()).isEqualTo(expected);
        });
        assertThat(shown).containsEntry("bookingMonths", 12L).containsEntry("detailsMonths", 12L).containsEntry("equalityMonths", 24L)
                .containsEntry("questionEmailMonths", 3L).containsEntry("draftDays", 30L);
    }

    @Test
    void the_notice_writes_no_period_of_its_own_and_states_nothing_stored_without_a_job() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_cy.properties"}) {
            Map<Integer, String> items = items(file);
            for (int item : PROMISES.keySet()) {
                assertThat(withoutArguments(items.get(item))).as(file + " item " + item + ": a number in the text would not follow the configuration")
                        .doesNotContainPattern("\\d");
            }
        }
        NOT_STORED_YET.forEach((item, table) -> assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE ?")
                .param(table).query(Long.class).single())
                .as("item " + item + " is now stored (" + table + "): give it a deleting job and a promise in this test").isZero());
    }

    @Test
    void every_deleting_job_keeps_a_promise_or_says_why_not() {
        Set<Class<?>> promised = PROMISES.values().stream().map(Promise::job).collect(Collectors.toSet());
        Set<Class<?>> jobs = Stream.of(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .filter(type -> type != null && type.getName().startsWith("uk.takingpart."))
                .map(type -> (Class<?>) org.springframework.util.ClassUtils.getUserClass(type))
                .filter(type -> !scheduledDeletes(type).isEmpty())
                .collect(Collectors.toSet());
        assertThat(jobs).containsAll(promised);
        jobs.removeAll(promised);
        assertThat(jobs).as("deleting jobs neither in the notice nor explained").containsExactlyInAnyOrderElementsOf(NOT_IN_THE_NOTICE.keySet());
    }

    private static Set<String> scheduledDeletes(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Scheduled.class) && m.getName().startsWith("delete"))
                .map(Method::getName).collect(Collectors.toSet());
    }

    private static Map<Integer, String> items(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("translations", file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<Integer, String> items = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(ITEM))
                .forEach(k -> items.put(Integer.parseInt(k.substring(ITEM.length())), properties.getProperty(k)));
        return items;
    }

    /** The text with every {argument ...} taken out, nested or not. */
    private static String withoutArguments(String text) {
        String before;
        do {
            before = text;
            text = text.replaceAll("\\{[^{}]*\\}", "");
        } while (!text.equals(before));
        return text;
    }
}
