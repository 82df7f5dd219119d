package uk.takingpart.base.db;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an external database address is configured ({@code spring.datasource.url}). */
class ExternalDatabase extends NoExternalDatabase {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
