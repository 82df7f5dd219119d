package uk.takingpart.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.takingpart.base.security.SecurityConfiguration;

/**
 * Whole requests that are rate limited, refused before Spring Security or Vaadin see them: HTTP 429
 * with {@code Retry-After} and a small page in the person's language saying how many minutes to wait
 * (the same stand-alone page as "busy"). Today: staff sign-in form posts ({@link RateLimits#SIGN_IN}),
 * refused once the address has used up its failed sign-ins (each failure is counted where it is
 * handled, so a busy office signing in correctly behind one address is never turned away).
 * Steps inside a Vaadin view (confirming a booking) check {@link RateLimits} themselves and say so in
 * the page's error summary instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter extends OncePerRequestFilter {
    /** POSTed paths (without the context path) and the limit each counts against. */
    private static final Map<String, String> POSTS = Map.of("/" + SecurityConfiguration.SIGN_IN, RateLimits.SIGN_IN);

    private final RateLimits limits;
    private final BusyPage page;

    RateLimitFilter(RateLimits limits, BusyPage page) {
        this.limits = limits;
        this.page = page;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !POSTS.containsKey(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        RateLimits.Decision decision = limits.check(POSTS.get(path), request);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = page.language(request);
        byte[] body = page.html(request, language, "common.too-many.title", "common.too-many.text",
                Map.of("minutes", decision.retryAfterMinutes()), "common.too-many.back", request.getContextPath() + path)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
