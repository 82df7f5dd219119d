package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import uk.takingpart.activity.ActivityFilter;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.ActivityType;

/**
 * A public page queries the database a handful of times, however many activities or sessions it
 * lists: no query per row (a busy day multiplies every one of them by thousands of visitors).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PublicPageQueriesTest extends SpringBrowserlessTest {
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired ActivityService activities;
    @Autowired uk.takingpart.consultation.ConsultationService consultations;

    /**
     * Counts every statement sent to the database, through JPA or plain JDBC (Hibernate's
     * statistics see only its own): the consultation details are read with JDBC.
     */
    @TestConfiguration
    static class CountEveryStatement {
        static final AtomicLong statements = new AtomicLong();

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
                }
            };
        }

        static final class Counting extends DelegatingDataSource {
            Counting(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }

            private static Connection counted(Connection connection) {
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        }
    }

    private long allStatementsFor(String path) {
        CountEveryStatement.statements.set(0);
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        return CountEveryStatement.statements.get();
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void whats_on_the_sessions_page_and_an_event_page_each_take_a_handful_of_queries() {
        String event = activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH).stream()
                .filter(a -> a.type() == ActivityType.EVENT).findFirst().orElseThrow().slug();
        navigate("en/contact", InformationView.class);

        long whatsOn = statementsFor("en");
        long sessions = statementsFor("en/sessions");
        long eventPage = statementsFor("en/activities/" + event);

        assertThat(activities.whatsOn(ActivityFilter.CURRENT, Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(whatsOn).as("What's on").isLessThanOrEqualTo(8);
        assertThat(sessions).as("sessions page").isLessThanOrEqualTo(10);
        assertThat(eventPage).as("an event's page").isLessThanOrEqualTo(12);
        System.out.printf("Queries per page: What's on %d, sessions %d, event page %d%n", whatsOn, sessions, eventPage);
    }

    @Test
    void a_consultation_page_with_its_details_takes_a_handful_of_queries_however_many_documents_and_updates_it_has() {
        String consultation = "gp-evening-and-saturday-appointments";
        navigate("en/contact", InformationView.class);

        long hibernate = statementsFor("en/activities/" + consultation);
        long all = allStatementsFor("en/activities/" + consultation);

        assertThat(uk.takingpart.testing.Rendered.page().select(".document-card")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).as("a consultation's page, every statement").isLessThanOrEqualTo(12);
        System.out.printf("Queries on a consultation page: %d through JPA, %d in all%n", hibernate, all);
    }

    @Test
    void a_consultations_questionnaire_loads_in_two_statements_whatever_its_size() {
        CountEveryStatement.statements.set(0);
        var questionnaire = consultations.questionnaire("gp-evening-and-saturday-appointments", Locale.forLanguageTag("cy")).orElseThrow();

        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(CountEveryStatement.statements.get()).isEqualTo(2);
    }
}
