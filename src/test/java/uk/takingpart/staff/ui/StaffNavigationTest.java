package uk.takingpart.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.testing.StaffBrowserlessTest;

/** The back office's navigation is made of the links each feature contributes, shown to the roles that may use them. */
@SpringBootTest
class StaffNavigationTest extends StaffBrowserlessTest {

    @Test
    @WithMockUser(username = "admin-in-test", roles = "ADMINISTRATOR")
    void an_administrator_sees_every_features_link_in_order() {
        navigate("staff", StaffHomeView.class);
        assertThat(navigation()).containsExactly("Today", "Activities", "Consultations", "Audit trail", "Staff accounts", "People’s data", "Settings", "Emails",
                "Change your password", "Two-step sign-in", "Public site");
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_sees_only_the_links_for_all_staff() {
        navigate("staff", StaffHomeView.class);
        assertThat(navigation()).containsExactly("Today", "Activities", "Consultations", "Audit trail", "Change your password",
                "Two-step sign-in", "Public site");
    }

    private java.util.List<String> navigation() {
        return $(Anchor.class).all().stream().filter(a -> a.getParent().flatMap(li -> li.getParent()).flatMap(ul -> ul.getParent())
                .filter(nav -> nav.getElement().getClassList().contains("staff-nav")).isPresent()).map(Anchor::getText).toList();
    }
}
