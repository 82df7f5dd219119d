package uk.takingpart.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A sign-in in steps. After a correct password, a person who still has a step to take (the code from
 * their authenticator app, a password change after a reset, setting up two-step sign-in) is <em>not</em>
 * signed in: the session holds only a {@link Pending} note of who they are and what is left, for ten
 * minutes, and Spring Security sees an anonymous visitor, so no back-office page or service opens. Once
 * the last step is done the full sign-in (with the person's role) is put in the session.
 */
@Component
public class SignInSteps {
    static final String ATTRIBUTE = "takingpart.sign-in.pending";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSteps(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Who is part-way through signing in, whether they gave the second factor, and since when. */
    public record Pending(String username, boolean secondFactorGiven, Instant since) implements Serializable {}

    /** After a correct password: the step to take next; anything short of complete leaves the person signed out. */
    StaffAccounts.SignInStep passwordAccepted(String username, HttpServletRequest request, HttpServletResponse response) {
        accounts.passwordAccepted(username);
        StaffAccounts.SignInStep step = accounts.nextStep(username, false);
        if (step == StaffAccounts.SignInStep.COMPLETE) {
            accounts.recordSignIn(username);
            return step;
        }
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        request.getSession().setAttribute(ATTRIBUTE, new Pending(StaffAccounts.normalise(username), false, clock.instant()));
        return step;
    }

    /** The sign-in under way in this session, if any and not older than ten minutes. */
    public Optional<Pending> pending(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(pending.since().plus(LIFETIME))) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The step a pending sign-in is at. */
    public StaffAccounts.SignInStep step(Pending pending) {
        return accounts.nextStep(pending.username(), pending.secondFactorGiven());
    }

    /**
     * A step is done: moves the sign-in on and returns the next step; when none is left, the person is
     * signed in with their role (the session already has a new id since the password).
     */
    public StaffAccounts.SignInStep stepDone(Pending pending, boolean secondFactorGiven, HttpServletRequest request,
                                             HttpServletResponse response) {
        Pending next = new Pending(pending.username(), pending.secondFactorGiven() || secondFactorGiven, pending.since());
        StaffAccounts.SignInStep step = step(next);
        HttpSession session = request.getSession();
        if (step != StaffAccounts.SignInStep.COMPLETE) {
            session.setAttribute(ATTRIBUTE, next);
            return step;
        }
        session.removeAttribute(ATTRIBUTE);
        UserDetails user = accounts.loadUserByUsername(pending.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        accounts.recordSignIn(pending.username());
        return step;
    }

    /** Gives up a pending sign-in (the person chose to start again). */
    public void cancel(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The address of the page for a step. */
    public static String path(StaffAccounts.SignInStep step) {
        return switch (step) {
            case SECOND_FACTOR -> "staff/sign-in/code";
            case CHANGE_PASSWORD -> "staff/sign-in/new-password";
            case ENROL -> "staff/sign-in/two-factor";
            case COMPLETE -> "staff";
        };
    }
}
