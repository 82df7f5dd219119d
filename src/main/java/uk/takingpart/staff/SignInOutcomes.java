package uk.takingpart.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import uk.takingpart.base.security.SecurityConfiguration;
import uk.takingpart.base.web.RateLimits;

/**
 * What follows a sign-in attempt: a wrong password is counted (and the fifth in a row locks the
 * account for a while), a success clears the count. Every failure also counts against the client
 * address's sign-in rate limit. A failure goes back to the sign-in page
 * saying why, with the username kept for the person; the password is never kept or logged.
 */
@Component
class SignInOutcomes implements AuthenticationFailureHandler {
    private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

    private final StaffAccounts accounts;
    private final RateLimits rateLimits;

    SignInOutcomes(StaffAccounts accounts, RateLimits rateLimits) {
        this.accounts = accounts;
        this.rateLimits = rateLimits;
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
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        accounts.recordSignOut(event.getAuthentication().getName());
    }
}
