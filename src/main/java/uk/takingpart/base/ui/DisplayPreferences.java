package uk.takingpart.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Optional;

/**
 * A visitor's display choices: language, large print and easy read. Kept in a cookie (no
 * account needed) and in the Vaadin session while they browse. Cookie value: the language
 * code, then the chosen modes, separated by dots: {@code cy.large-print.easy-read}.
 */
public final class DisplayPreferences implements Serializable {
    public static final String COOKIE = "takingpart-display";
    static final int ONE_YEAR = 365 * 24 * 60 * 60;
    private static final String LARGE_PRINT = "large-print";
    private static final String EASY_READ = "easy-read";

    private String language;
    private boolean largePrint;
    private boolean easyRead;

    DisplayPreferences(String language, boolean largePrint, boolean easyRead) {
        this.language = language;
        this.largePrint = largePrint;
        this.easyRead = easyRead;
    }

    /** Reads the cookie value; anything malformed is ignored. */
    static DisplayPreferences parse(String value) {
        DisplayPreferences preferences = new DisplayPreferences(null, false, false);
        if (value == null || value.length() > 100) {
            return preferences;
        }
        String[] parts = value.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (LARGE_PRINT.equals(part)) {
                preferences.largePrint = true;
            } else if (EASY_READ.equals(part)) {
                preferences.easyRead = true;
            } else if (i == 0 && part.matches("[a-z]{2,3}")) {
                preferences.language = part;
            }
        }
        return preferences;
    }

    static DisplayPreferences fromRequest(VaadinRequest request) {
        return fromCookies(request == null ? null : request.getCookies());
    }

    /** The preferences in a plain servlet request's cookies (outside Vaadin: the "busy" page). */
    public static DisplayPreferences fromCookies(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return new DisplayPreferences(null, false, false);
    }

    String cookieValue() {
        StringBuilder value = new StringBuilder(language == null ? "" : language);
        if (largePrint) {
            value.append('.').append(LARGE_PRINT);
        }
        if (easyRead) {
            value.append('.').append(EASY_READ);
        }
        return value.toString();
    }

    /** The preferences of the current browser session, read from the cookie on first use. */
    public static DisplayPreferences current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return fromRequest(VaadinRequest.getCurrent());
        }
        DisplayPreferences preferences = session.getAttribute(DisplayPreferences.class);
        if (preferences == null) {
            preferences = fromRequest(VaadinRequest.getCurrent());
            session.setAttribute(DisplayPreferences.class, preferences);
        }
        return preferences;
    }

    /** Whether the page being built is in easy-read mode (false outside a browser session). */
    public static boolean easyReadActive() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return false;
        }
        DisplayPreferences preferences = session.getAttribute(DisplayPreferences.class);
        return preferences != null && preferences.easyRead;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public boolean largePrint() {
        return largePrint;
    }

    public boolean easyRead() {
        return easyRead;
    }

    /** A visitor picks a language on a page whose address does not carry one (the back office). */
    public void chooseLanguage(String language) {
        setLanguage(language);
    }

    void setLanguage(String language) {
        if (!language.equals(this.language)) {
            this.language = language;
            save();
        }
    }

    void setLargePrint(boolean largePrint) {
        this.largePrint = largePrint;
        save();
    }

    void setEasyRead(boolean easyRead) {
        this.easyRead = easyRead;
        save();
    }

    /** Writes the cookie on the response being sent, if there is one. */
    private void save() {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, cookieValue());
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
