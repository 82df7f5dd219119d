package uk.takingpart.base.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on {@link RetryOnConflict} (Spring's {@code @Retryable}, wrapped around the transaction). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {
}
