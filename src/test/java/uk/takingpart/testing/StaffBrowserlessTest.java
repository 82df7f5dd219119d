package uk.takingpart.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A browserless test of staff pages, signed in with {@code @WithMockUser}. Vaadin installs its
 * security-context strategy globally, once per Spring context; when the suite has started another
 * context since, the global strategy is that other context's, and the signed-in test user lands
 * where this context's access checks never look (the staff page then redirects to sign-in).
 * This puts this context's strategy back while the test instance is prepared, before
 * {@code @WithMockUser} signs the user in.
 */
public abstract class StaffBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    void useThisContextsSecurityStrategy(ApplicationContext applicationContext) {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
