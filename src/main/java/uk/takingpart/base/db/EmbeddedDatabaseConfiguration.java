package uk.takingpart.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
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

    /** Hikari, with the same pool settings as an external database ({@code spring.datasource.hikari.*}). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource() {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
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
