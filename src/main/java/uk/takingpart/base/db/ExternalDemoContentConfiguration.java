package uk.takingpart.base.db;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code takingpart.demo-content=true} (TAKINGPART_DEMO_CONTENT=true) with an external database:
 * the demo content (activities, sessions, demo staff) is loaded when that database is empty, as on
 * the embedded one. A database that already has activities (the demo's from an earlier start, or
 * real ones) gets nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabase.class)
@ConditionalOnBooleanProperty("takingpart.demo-content")
class ExternalDemoContentConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ExternalDemoContentConfiguration.class);

    @Bean
    DemoMode demoMode(DataSource dataSource) {
        return new DemoMode(() -> databaseIsEmpty(new JdbcTemplate(dataSource)));
    }

    /** No activities yet (asked after Flyway has run; a database without the table is empty too). */
    static boolean databaseIsEmpty(JdbcTemplate jdbc) {
        long activities;
        try {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM activity", Long.class);
            activities = count == null ? 0 : count;
        } catch (DataAccessException noTable) {
            activities = 0;
        }
        if (activities == 0) {
            log.info("takingpart.demo-content: the database is empty, loading the demo content");
            return true;
        }
        log.info("takingpart.demo-content: the database already has {} activities, so no demo content is loaded "
                + "(it is only ever loaded into an empty database)", activities);
        return false;
    }
}
