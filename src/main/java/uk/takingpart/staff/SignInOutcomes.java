package uk.takingpart.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import uk.takingpart.base.security.SecurityConfiguration;
import uk.takingpart.base.web.RateLimits;

/**
 * What follows a sign-in attempt: a wrong password is counted (and the fifth in a row locks the
 * account for a while), a success clears the count. Every failure also counts against the client
 * address's sign-in rate limit. A failure goes back to the sign-in page
 * saying why, with the username kept for the person; the password is never kept or logged.
 * A right password leads on to the steps still to take ({@link SignInSteps}): the code from an
 * authenticator app, a password change after a reset, setting up two-step sign-in; with none left,
 * the person is signed in and goes where they were going.
 */
@Component
class SignInOutcomes implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
    private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

    private final StaffAccounts accounts;
    private final RateLimits rateLimits;
    private final SignInSteps steps;
    private final SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInOutcomes(StaffAccounts accounts, RateLimits rateLimits, SignInSteps steps) {
        this.accounts = accounts;
        this.rateLimits = rateLimits;
        this.steps = steps;
        complete.setDefaultTargetUrl("/staff");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        StaffAccounts.SignInStep step = steps.passwordAccepted(authentication.getName(), request, response);
        if (step == StaffAccounts.SignInStep.COMPLETE) {
            complete.onAuthenticationSuccess(request, response, authentication);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + SignInSteps.path(step));
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // failed sign-ins per client address are limited too (base.web.RateLimitFilter refuses the next post once used up)
        rateLimits.take(RateLimits.SIGN_IN, request);
        String username = request.getParameter("username");
        String reason = "error";
        if (username != null && !username.isBlank() && username.length() <= 120) {
            request.getSession().setAttribute(StaffAccounts.LAST_USERNAME_ATTRIBUTE, username);
            StaffAccounts.FailedSignIn outcome = exception instanceof LockedException
                    ? StaffAccounts.FailedSignIn.STILL_LOCKED
                    : accounts.recordFailedSignIn(username);
            if (outcome == StaffAccounts.FailedSignIn.LOCKED_NOW || outcome == StaffAccounts.FailedSignIn.STILL_LOCKED) {
                reason = "locked";
            }
            log.info("Failed staff sign-in ({})", outcome);
        }
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.SIGN_IN + "?" + reason);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        accounts.recordSignOut(event.getAuthentication().getName());
    }
}
