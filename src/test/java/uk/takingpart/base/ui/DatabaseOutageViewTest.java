package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * When the database cannot be reached, a visitor gets a translated "Sorry, there is a problem"
 * page with a way on, never a stack trace. The outage is made where it really happens: the
 * connection pool stops handing out connections.
 */
@SpringBootTest
@Import(DatabaseOutageViewTest.Outage.class)
class DatabaseOutageViewTest extends SpringBrowserlessTest {
    static final AtomicBoolean down = new AtomicBoolean();

    @AfterEach
    void restore() {
        down.set(false);
    }

    @Test
    void a_database_outage_shows_the_sorry_page_in_english() {
        down.set(true);

        navigate("en", ProblemView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Sorry, there is a problem with the service");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Please try again later.").doesNotContain("Exception").doesNotContain("SQL");
    }

    @Test
    void a_database_outage_shows_the_sorry_page_in_welsh() {
        down.set(true);

        navigate("cy", ProblemView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth");
    }

    @Test
    void the_site_works_again_once_the_database_is_back() {
        down.set(true);
        navigate("en", ProblemView.class);
        down.set(false);

        navigate("en", SitePage.class);
        assertThat($(H1.class).single().getText()).isEqualTo("What’s on");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Outage {
        @Bean
        static BeanPostProcessor failingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                if (down.get()) {
                                    throw new SQLTransientConnectionException("Connection refused (simulated outage)");
                                }
                                return super.getConnection();
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }
}
