package uk.takingpart.base.ui.journey;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import uk.takingpart.base.journey.Draft;
import java.util.Set;
import uk.takingpart.base.journey.JourneyDrafts;

/**
 * The keys of the drafts this browser has started, most recent first: in an HttpOnly, SameSite=Lax
 * cookie, so the journey survives the end of the server session (or a restart), and in the Vaadin
 * session while it lasts. The cookie holds up to {@value #MAX} keys, so two journeys in two tabs
 * (two sessions, a booking and a response) each keep their own draft.
 */
public final class BrowserDrafts {
    static final String COOKIE = "journey-drafts";
    static final int MAX = 6;
    private static final int THIRTY_DAYS = 30 * 24 * 60 * 60;
    /** Where the keys are kept while the server session lasts. */
    static final String ATTRIBUTE = BrowserDrafts.class.getName();

    private BrowserDrafts() {}

    /** This browser's draft for a journey about a subject, if it still exists. */
    public static Optional<Draft> find(JourneyDrafts drafts, String kind, String subject) {
        return drafts.find(known(), kind, subject);
    }

    /** Saves a draft; a new one's key is remembered by the browser. Returns the saved draft. */
    public static Draft save(JourneyDrafts drafts, Draft draft) {
        Draft saved = drafts.save(draft);
        if (!saved.key().equals(draft.key())) {
            remember(saved.key());
        }
        return saved;
    }

    /** Finishes a draft with the journey's outcome, which its confirmation page shows again. */
    public static Draft finish(JourneyDrafts drafts, Draft draft, String outcome) {
        Draft finished = drafts.finish(draft, outcome);
        if (!finished.key().equals(draft.key())) {
            remember(finished.key());
        }
        return finished;
    }

    /** A draft found another way (by its resume code) becomes this browser's, as if started here. */
    public static void adopt(Draft draft) {
        remember(draft.key());
    }

    /** Every key this browser holds. */
    static List<String> known() {
        Set<String> keys = new LinkedHashSet<>(session());
        keys.addAll(parse(cookieValue(VaadinRequest.getCurrent())));
        return List.copyOf(keys);
    }

    /** Whether the browser came with any draft key at all (a draft it had may have gone). */
    static boolean any() {
        return !known().isEmpty();
    }

    /** Remembers a draft's key, first, in the session and the cookie. */
    static void remember(String key) {
        List<String> keys = new ArrayList<>(known());
        keys.remove(key);
        keys.addFirst(key);
        while (keys.size() > MAX) {
            keys.removeLast();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new ArrayList<>(keys));
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, String.join(".", keys));
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(THIRTY_DAYS);
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String part : value.split("\\.")) {
            if (JourneyDrafts.KEY.matcher(part).matches() && keys.size() < MAX) {
                keys.add(part);
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<String> session() {
        VaadinSession session = VaadinSession.getCurrent();
        Object keys = session == null ? null : session.getAttribute(ATTRIBUTE);
        return keys instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String cookieValue(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
