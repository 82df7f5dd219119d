package uk.takingpart.testing;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a test with a real server to see its HTTP sessions: which are alive, with what
 * timeout, and when the server ends them (with no request from anyone).
 */
public final class SessionTracker implements HttpSessionListener, HttpSessionIdListener {
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
        ended.add(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    public Optional<HttpSession> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    public boolean isAlive(String id) {
        return live.containsKey(id);
    }

    public boolean hasEnded(String id) {
        return ended.contains(id);
    }

    /** The session's idle timeout, as the server will apply it. */
    public Duration timeout(String id) {
        return Duration.ofSeconds(find(id).orElseThrow(() -> new AssertionError("no live session " + id)).getMaxInactiveInterval());
    }

    /** Waits until the server has ended the session by itself; false if it is still alive after {@code atMost}. */
    public boolean awaitEnd(String id, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (hasEnded(id)) {
                return true;
            }
            Thread.sleep(200);
        }
        return hasEnded(id);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        public SessionTracker sessionTracker() {
            return new SessionTracker();
        }
    }
}
