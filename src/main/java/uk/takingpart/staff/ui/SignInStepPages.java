package uk.takingpart.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;
import uk.takingpart.staff.SignInSteps;
import uk.takingpart.staff.StaffAccounts;

/** What the pages of a sign-in in steps share: each opens only for a session at its own step. */
final class SignInStepPages {
    private SignInStepPages() {
    }

    /**
     * The sign-in under way in this session if it is at {@code step}; otherwise forwards to the
     * sign-in page (none under way) or to the page of the step it is at, and returns nothing.
     */
    static Optional<SignInSteps.Pending> pendingAt(SignInSteps steps, StaffAccounts.SignInStep step, BeforeEnterEvent event) {
        var found = steps.pending(VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false));
        if (found.isEmpty()) {
            event.forwardTo("staff/sign-in");
            return Optional.empty();
        }
        StaffAccounts.SignInStep at = steps.step(found.get());
        if (at != step) {
            event.forwardTo(SignInSteps.path(at));
            return Optional.empty();
        }
        return found;
    }
}
