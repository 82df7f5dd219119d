package uk.takingpart.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the server is overloaded, a new visitor (a request with no live session) gets the light
 * "busy" page: HTTP 503 with Retry-After, never cached, and no session made for them. Everyone
 * who already has a session (a visitor in the middle of booking) carries on, staff can sign in, and so do
 * static files and Vaadin's own requests (which never start a session: an ended page's next
 * request reloads it, and then meets this page). Runs before Spring Security and Vaadin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OverloadFilter extends OncePerRequestFilter {
    /** Files that make no session: the stylesheet, icons, pictures and Vaadin's own scripts. */
    private static final List<String> STATIC = List.of("/VAADIN/", "/styles/", "/icons/", "/images/", "/favicon.ico",
            "/robots.txt", "/sw.js", "/sw-runtime-resources-precache.js", "/manifest.webmanifest", "/offline.html");

    private final Overload overload;
    private final BusyPage page;
    private final OverloadSettings settings;

    OverloadFilter(Overload overload, BusyPage page, OverloadSettings settings) {
        this.overload = overload;
        this.page = page;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mayPass(request) || !overload.isOverloaded()) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = page.language(request);
        byte[] body = page.html(request, language).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(settings.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean mayPass(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().anyMatch(path::startsWith)) {
            return true;
        }
        if (path.equals("/staff") || path.startsWith("/staff/")) {
            // a few people who run the site, and on a busy day they most need to (to post an update)
            return true;
        }
        return vaadinInternal(request);
    }

    /** Vaadin's UIDL, heartbeat and push requests: without a session they only say "reload". */
    private static boolean vaadinInternal(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !query.contains("v-r=")) {
            return false;
        }
        String type = request.getParameter("v-r");
        return type != null && !type.equals("init") && !type.equals("webcomponent-resync");
    }
}
