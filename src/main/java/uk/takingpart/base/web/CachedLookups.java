package uk.takingpart.base.web;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin looks two services up on every request: the development-mode handler (for the first
 * request of every page) and the role prefix holder (for every navigation's access check).
 * Neither is among the services Vaadin's Spring lookup caches, so each look-up asks the
 * application context and then scans {@code META-INF/services} in every jar on the class path,
 * which cost a few per cent of a page view's CPU. Both answers are fixed once the application
 * has started (a singleton bean, or no development mode at all), so this keeps the first
 * answer for those two and passes every other look-up through unchanged.
 */
@Component
class CachedLookups implements VaadinServiceInitListener {
    /** The services looked up per request whose answer never changes after start-up. */
    static final Set<Class<?>> FIXED = Set.of(DevModeHandlerManager.class, VaadinRolePrefixHolder.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        // Vaadin refuses to replace its look-up through VaadinContext (to catch a second start-up),
        // so the wrapper goes straight into the servlet context attribute Vaadin reads it from
        if (lookup != null && !(lookup instanceof Caching) && context instanceof VaadinServletContext servlet) {
            servlet.getContext().setAttribute(Lookup.class.getName(), new Caching(lookup));
        }
    }

    /** A look-up that remembers the answers for {@link #FIXED}, absent ones included. */
    static final class Caching implements Lookup {
        private final Lookup delegate;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Caching(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!FIXED.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(answers.computeIfAbsent(serviceClass,
                    type -> Optional.ofNullable(delegate.lookup(type))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
