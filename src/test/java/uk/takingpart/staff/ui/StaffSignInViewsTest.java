package uk.takingpart.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.staff.StaffAccounts;
import uk.takingpart.staff.StaffFixtures;
import uk.takingpart.staff.StaffRole;
import uk.takingpart.staff.StaffTwoFactor;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/** A signed-in person changes their own password and sets up two-step sign-in; an administrator resets both for someone else. */
@SpringBootTest
class StaffSignInViewsTest extends StaffBrowserlessTest {
    private static final String PASSWORD = "saffron-bridge-kettle-19";

    @Autowired ApplicationContext context;
    @Autowired StaffAccounts accounts;
    @Autowired StaffTwoFactor twoFactor;
    @Autowired Clock clock;

    private static String shown(ErrorSummary summary) {
        return summary.isVisible() ? Rendered.text(summary) : "";
    }

    @Test
    @WithMockUser(username = "view-password-changer", roles = "EDITOR")
    void a_member_of_staff_changes_their_own_password_and_each_mistake_is_shown_beside_its_field_and_in_the_summary() {
        StaffFixtures.account(context, "view-password-changer", StaffRole.EDITOR, PASSWORD);
        ChangePasswordView view = navigate("staff/password", ChangePasswordView.class);
        assertThat(view.heading.getText()).isEqualTo("Change your password");
        assertThat(view.current.input.getElement().getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(view.password.input.getElement().getAttribute("autocomplete")).isEqualTo("new-password");

        test(view.save).click();
        assertThat(shown(view.errorSummary)).contains("Enter your current password").contains("Enter a new password");
        assertThat(Rendered.text(view.current)).contains("Error: Enter your current password");
        assertThat(view.getPageTitle()).startsWith("Error: ");

        view.current.input.setValue("not-my-password-at-all");
        view.password.input.setValue("amber-willow-compass-63");
        view.confirmation.input.setValue("amber-willow-compass-64");
        test(view.save).click();
        assertThat(shown(view.errorSummary)).contains("Enter the same new password twice");
        assertThat(view.password.input.getValue()).as("what was typed is kept").isEqualTo("amber-willow-compass-63");

        view.confirmation.input.setValue("amber-willow-compass-63");
        test(view.save).click();
        assertThat(Rendered.text(view.current)).contains("Enter your current password correctly");

        view.current.input.setValue(PASSWORD);
        view.password.input.setValue("password1234");
        view.confirmation.input.setValue("password1234");
        test(view.save).click();
        assertThat(Rendered.text(view.password)).contains("this one is too common");

        view.password.input.setValue("amber-willow-compass-63");
        view.confirmation.input.setValue("amber-willow-compass-63");
        test(view.save).click();
        assertThat(shown(view.errorSummary)).isEmpty();
        assertThat(view.status.getText()).isEqualTo("Your password has been changed. Use your new password next time you sign in.");
        assertThat(view.getPageTitle()).doesNotStartWith("Error: ");
        // the new password is now the current one
        accounts.changeOwnPassword("view-password-changer", "amber-willow-compass-63", "amber-willow-compass-64");
    }

    @Test
    @WithMockUser(username = "view-two-factor", roles = "ANALYST")
    void a_member_of_staff_sets_up_an_authenticator_with_the_key_shown_as_text_and_gets_recovery_codes() throws Exception {
        StaffFixtures.account(context, "view-two-factor", StaffRole.ANALYST, PASSWORD);
        TwoFactorSetupView view = navigate("staff/two-factor", TwoFactorSetupView.class);
        assertThat(view.heading.getText()).isEqualTo("Two-step sign-in");
        String secret = view.secret.getText().replace(" ", "");
        assertThat(view.secret.getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(view.code.input.getElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(view.code.input.getElement().getAttribute("inputmode")).isEqualTo("numeric");

        view.code.input.setValue("12 34");
        test(view.confirm).click();
        assertThat(shown(view.errorSummary)).contains("Enter the code as 6 digits");
        String right = StaffFixtures.totp(secret, clock.instant());
        view.code.input.setValue(right.equals("000000") ? "111111" : "000000");
        test(view.confirm).click();
        assertThat(shown(view.errorSummary)).contains("this code does not match the key");
        assertThat(twoFactor.enrolledAt("view-two-factor")).isEmpty();

        view.code.input.setValue(right.substring(0, 3) + " " + right.substring(3));
        test(view.confirm).click();
        assertThat(view.heading.getText()).isEqualTo("Two-step sign-in is on");
        assertThat($(ListItem.class).all().stream().filter(li -> li.getParent().flatMap(p -> p.getId()).orElse("").equals("recovery-codes")))
                .hasSize(10);
        assertThat(twoFactor.enrolledAt("view-two-factor")).isPresent();

        navigate("staff/two-factor", TwoFactorSetupView.class);
        assertThat(Rendered.text($(TwoFactorSetupView.class).first())).contains("Two-step sign-in is on. You set it up on")
                .contains("You have 10 recovery codes left.");
    }

    @Test
    @WithMockUser(username = "view-admin", roles = "ADMINISTRATOR")
    void an_administrator_resets_someones_password_and_two_step_sign_in_and_sees_the_temporary_password_once() throws Exception {
        StaffFixtures.account(context, "view-reset-me", StaffRole.EDITOR, PASSWORD);
        StaffTwoFactor.Enrolment enrolment = twoFactor.newEnrolment("view-reset-me", "Taking Part");
        twoFactor.enrol("view-reset-me", enrolment.secret(), StaffFixtures.totp(enrolment.secret(), clock.instant())).orElseThrow();

        StaffAccountsView view = navigate("staff/accounts", StaffAccountsView.class);
        assertThat(Rendered.text(view.list)).contains("Two-step sign-in on");
        test($(NativeButton.class).id("reset-password-view-reset-me")).click();
        String temporary = $(com.vaadin.flow.component.html.Span.class).id("temporary-password-value").getText();
        assertThat(Rendered.text(view.temporaryPassword)).startsWith("Temporary password for view-reset-me: " + temporary)
                .contains("never by email");
        assertThat(accounts.nextStep("view-reset-me", true)).isEqualTo(StaffAccounts.SignInStep.CHANGE_PASSWORD);
        assertThat(Rendered.text(view.list)).contains("Must change password at next sign-in");

        test($(NativeButton.class).id("reset-two-factor-view-reset-me")).click();
        assertThat(view.status.getText()).startsWith("Two-step sign-in has been removed for view-reset-me.");
        assertThat(twoFactor.enrolledAt("view-reset-me")).isEmpty();
        assertThat($(NativeButton.class).all()).noneMatch(b -> b.getId().orElse("").equals("reset-two-factor-view-reset-me"));

        navigate("staff/accounts", StaffAccountsView.class);
        assertThat(Rendered.text($(StaffAccountsView.class).first())).as("shown only once").doesNotContain(temporary);
    }
}
