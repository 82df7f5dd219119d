package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ends a session whose person has done nothing (no click, no typing: heartbeats do not count) for
 * {@code server.servlet.session.timeout}, with its tab still open. This is what Vaadin's
 * {@code closeIdleSessions} does, except that Vaadin measures idleness against the HTTP session's
 * own timeout, which for a public visitor is only a few minutes (see
 * {@link uk.takingpart.base.web.SessionLifetimes}): someone reading a page for twenty minutes must
 * not be thrown out. The whole HTTP session ends, so staff are signed out, as their warning says.
 * <p>
 * A click also counts as a heartbeat: a tab that slept longer than three heartbeats and then
 * reaches the server with a click keeps its page.
 */
@Component
class IdleSessions implements VaadinServiceInitListener, VaadinRequestInterceptor {
    private static final Logger log = LoggerFactory.getLogger(IdleSessions.class);

    private final Duration idleLimit;
    private final Clock clock;

    @Autowired
    IdleSessions(@Value("${server.servlet.session.timeout:30m}") Duration idleLimit) {
        this(idleLimit, Clock.systemUTC());
    }

    /** The clock must be the system's: Vaadin stamps requests with {@code System.currentTimeMillis()}. */
    IdleSessions(Duration idleLimit, Clock clock) {
        this.idleLimit = idleLimit;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing to do before a request
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception t) {
        // errors are shown and logged elsewhere
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null) {
            return;
        }
        session.lock();
        try {
            WrappedSession wrapped = session.getSession();
            if (wrapped == null || session.getState() != VaadinSessionState.OPEN) {
                return;
            }
            long now = clock.millis();
            if (HandlerHelper.isRequestType(request, RequestType.UIDL)) {
                UI ui = session.getService().findUI(request);
                if (ui != null) {
                    ui.getInternals().setLastHeartbeatTimestamp(now);
                }
            }
            if (now - session.getLastRequestTimestamp() >= idleLimit.toMillis()) {
                log.debug("Ending a session with nothing done for {}", idleLimit);
                wrapped.invalidate();
            }
        } catch (IllegalStateException alreadyInvalid) {
            // the session ended during this request (signing out): nothing left to do
        } finally {
            session.unlock();
        }
    }
}
