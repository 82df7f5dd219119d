package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.NotFoundView;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.testing.Rendered;

/**
 * An analyst reads and changes nothing: every back-office link an analyst is shown opens a page an
 * analyst may open (found by following the links, not from a list), and a missing staff page is a
 * staff "Page not found" that leads back to the staff home page.
 */
@org.springframework.boot.test.context.SpringBootTest
@WithMockUser(username = "analyst-in-test", roles = "ANALYST")
class AnalystLinksTest extends uk.takingpart.testing.StaffBrowserlessTest {
    private static final Principal ANALYST = () -> "analyst-in-test";
    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    private List<String> staffLinks() {
        List<String> hrefs = new ArrayList<>($(Anchor.class).all().stream().map(Anchor::getHref).toList());
        hrefs.addAll(Rendered.page().select("a[href]").eachAttr("href"));
        return hrefs.stream().map(h -> h.replaceFirst("^/", "").replaceFirst("\\?.*", ""))
                .filter(h -> h.startsWith("staff/") && !h.startsWith("staff/sign-out")).distinct().toList();
    }

    private boolean analystMayOpen(String path) {
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .map(target -> checker.hasAccess(target, ANALYST, Set.of(Roles.ANALYST)::contains))
                .orElse(false);
    }

    @Test
    void every_back_office_link_an_analyst_sees_opens_a_page_an_analyst_may_open() {
        List<String> toVisit = new ArrayList<>(List.of("staff", "staff/activities"));
        List<String> visited = new ArrayList<>();
        while (!toVisit.isEmpty() && visited.size() < 25) {
            String path = toVisit.removeFirst();
            if (visited.contains(path)) {
                continue;
            }
            visited.add(path);
            UI.getCurrent().navigate(path);
            for (String link : staffLinks()) {
                assertThat(analystMayOpen(link)).as("a link to /%s on /%s", link, path).isTrue();
                if (!visited.contains(link) && !link.matches(".*/\\d+$")) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(visited).as("pages walked").hasSizeGreaterThan(5)
                .anyMatch(p -> p.endsWith("/preview")).anyMatch(p -> p.endsWith("/sessions"));
    }

    @Test
    void a_missing_staff_page_is_a_staff_not_found_page_that_leads_to_the_staff_home_page() {
        UI.getCurrent().navigate("staff/no-such-page");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);
        assertThat(Rendered.page().select("h1").text()).isEqualTo("Page not found");
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getHref().equals("staff") && a.getText().equals("Go to the staff home page"));

        UI.getCurrent().navigate("staff/activities/no-such-activity/preview");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);

        UI.getCurrent().navigate("en/no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
