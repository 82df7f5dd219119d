package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.security.SecurityConfiguration;

/**
 * Every back-office route, found from the registered routes (so a new one is checked without
 * being listed here), refuses an anonymous visitor and a signed-in person with no staff role,
 * and lets in at least one staff role. Every public route, and every page of signing in, is open to anyone.
 */
@SpringBootTest
class StaffRouteSecurityTest extends SpringBrowserlessTest {
    private static final Principal SOMEONE = () -> "someone";
    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    private List<RouteData> routes() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).as("registered routes").hasSizeGreaterThan(3);
        return routes;
    }

    private boolean allowed(RouteData route, Principal principal, Set<String> roles) {
        boolean ok = checker.hasAccess(route.getNavigationTarget(), principal, roles::contains);
        for (Class<?> layout : route.getParentLayouts()) {
            ok &= checker.hasAccess(layout, principal, roles::contains);
        }
        return ok;
    }

    /**
     * The sign-in page and the pages of its later steps (the code, a new password after a reset, setting
     * up two-step sign-in), which come before the person is signed in and check for themselves that the
     * password was right in this session.
     */
    private static boolean signingIn(RouteData route) {
        return route.getTemplate().equals(SecurityConfiguration.SIGN_IN) || route.getTemplate().startsWith(SecurityConfiguration.SIGN_IN + "/");
    }

    @Test
    void every_staff_route_refuses_anonymous_visitors_and_people_without_a_staff_role() {
        List<RouteData> staffRoutes = routes().stream()
                .filter(r -> r.getTemplate().startsWith("staff") && !signingIn(r))
                .toList();
        assertThat(staffRoutes).extracting(RouteData::getTemplate).contains("staff", "staff/audit");

        for (RouteData route : staffRoutes) {
            assertThat(allowed(route, null, Set.of())).as("anonymous on /%s", route.getTemplate()).isFalse();
            assertThat(allowed(route, SOMEONE, Set.of())).as("no role on /%s", route.getTemplate()).isFalse();
            assertThat(allowed(route, SOMEONE, Set.of("USER"))).as("an unknown role on /%s", route.getTemplate()).isFalse();
            assertThat(Set.of(Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST).stream()
                    .anyMatch(role -> allowed(route, SOMEONE, Set.of(role))))
                    .as("some staff role may open /%s", route.getTemplate()).isTrue();
        }
    }

    @Test
    void the_sign_in_page_and_every_public_page_are_open_to_anyone() {
        List<RouteData> open = routes().stream().filter(r -> !r.getTemplate().startsWith("staff") || signingIn(r)).toList();
        assertThat(open).isNotEmpty();
        for (RouteData route : open) {
            assertThat(allowed(route, null, Set.of())).as("anonymous on /%s", route.getTemplate()).isTrue();
        }
    }
}
