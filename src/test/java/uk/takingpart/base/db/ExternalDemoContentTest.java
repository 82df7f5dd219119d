package uk.takingpart.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code takingpart.demo-content=true} on an external database: demo content only into an empty
 * one, decided once. Runs on a database of its own on the embedded MariaDB server.
 */
class ExternalDemoContentTest {
    private static JdbcTemplate server;
    private static String database;
    private static DataSource external;

    @BeforeAll
    static void createEmptyDatabase() {
        String url = EmbeddedMariaDb.url();
        server = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
        database = "demo_switch_" + UUID.randomUUID().toString().substring(0, 8);
        server.execute("CREATE DATABASE " + database);
        external = new DriverManagerDataSource(url.replace("/" + EmbeddedMariaDb.DATABASE, "/" + database), "root", "");
    }

    @AfterAll
    static void dropDatabase() {
        server.execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void loads_into_an_empty_database_never_into_one_with_activities_and_decides_once() {
        JdbcTemplate jdbc = new JdbcTemplate(external);
        assertThat(ExternalDemoContentConfiguration.databaseIsEmpty(jdbc)).as("no tables yet").isTrue();

        jdbc.execute("CREATE TABLE activity (id BIGINT PRIMARY KEY)");
        DemoMode demo = new ExternalDemoContentConfiguration().demoMode(external);
        assertThat(demo.loadsContent()).as("tables, no activities").isTrue();

        jdbc.update("INSERT INTO activity (id) VALUES (1)");
        assertThat(demo.loadsContent()).as("the answer given at start stands while the demo loads").isTrue();
        assertThat(new ExternalDemoContentConfiguration().demoMode(external).loadsContent())
                .as("a later start finds activities (the demo's or real ones) and loads nothing").isFalse();
        assertThat(DemoMode.loads(null)).as("no DemoMode bean, no demo").isFalse();
    }

    @Test
    void the_switch_needs_an_external_database_and_the_property() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(ExternalDemoContentConfiguration.class)
                .withBean(DataSource.class, () -> external);
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db/x", "takingpart.demo-content=true")
                .run(context -> assertThat(context).hasSingleBean(DemoMode.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db/x")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMode.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db/x", "takingpart.demo-content=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMode.class));
        // with no external database, EmbeddedDatabaseConfiguration's DemoMode applies instead
        runner.withPropertyValues("takingpart.demo-content=true")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMode.class));
    }
}
