package uk.takingpart.base.db;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (SPRING_DATASOURCE_URL) configured, the application runs
 * on an embedded real MariaDB and loads the demo content. With one, it uses that server and
 * loads no demo content, unless {@code takingpart.demo-content=true} and that database is empty
 * ({@link ExternalDemoContentConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        return DataSourceBuilder.create()
                .url(EmbeddedMariaDb.url())
                .username("root")
                .password("")
                .build();
    }

    @Bean
    DemoMode demoMode() {
        return new DemoMode(() -> true);
    }
}
