package uk.takingpart.base.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How many HTTP sessions (each holding a visitor's pages in memory) are alive right now. */
@Component
public class LiveSessions implements HttpSessionListener {
    private final AtomicInteger live = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.updateAndGet(n -> Math.max(0, n - 1));
    }

    public int count() {
        return live.get();
    }
}
