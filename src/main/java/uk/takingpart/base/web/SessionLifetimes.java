package uk.takingpart.base.web;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How long a session lives once its browser stops reaching the server. Every session starts as a
 * public visitor's and ends {@code takingpart.visitor.session-timeout} after the last request: an
 * open tab sends a heartbeat every {@code vaadin.heartbeatInterval} seconds, so only a closed or
 * sleeping tab's session ends, and its memory is freed within minutes. Someone in the middle of a
 * question journey (a booking) and signed-in staff keep the full
 * {@code server.servlet.session.timeout}; the journey's answers are saved in the database as they
 * are given, so a session that ends anyway loses none of them.
 */
@Component
public class SessionLifetimes implements HttpSessionListener {
    private static final Logger log = LoggerFactory.getLogger(SessionLifetimes.class);

    private final Duration visitor;
    private final Duration journey;
    private final Duration staff;

    SessionLifetimes(@Value("${takingpart.visitor.session-timeout:5m}") Duration visitor,
                     @Value("${takingpart.visitor.journey-timeout:${server.servlet.session.timeout:30m}}") Duration journey,
                     @Value("${server.servlet.session.timeout:30m}") Duration staff,
                     @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds) {
        if (visitor.toSeconds() < 2L * heartbeatSeconds) {
            throw new IllegalStateException("takingpart.visitor.session-timeout (" + visitor + ") must be at least twice "
                    + "vaadin.heartbeatInterval (" + heartbeatSeconds + " seconds), or open tabs would lose their sessions");
        }
        this.visitor = visitor;
        this.journey = journey;
        this.staff = staff;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds(visitor));
    }

    /** A visitor has started a question journey: their page stays as they left it for the full timeout. */
    public void keepForJourney(WrappedSession session) {
        if (session != null && session.getMaxInactiveInterval() < seconds(journey)) {
            session.setMaxInactiveInterval(seconds(journey));
        }
    }

    /** Staff who sign in keep their session (and its idle warning) for the full timeout. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(seconds(staff));
            }
        } else {
            log.warn("A sign-in outside a web request: its session keeps the visitor timeout");
        }
    }

    public Duration visitorTimeout() {
        return visitor;
    }

    private static int seconds(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toSeconds()));
    }
}
