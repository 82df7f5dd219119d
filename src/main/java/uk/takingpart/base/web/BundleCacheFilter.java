package uk.takingpart.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files ({@code /VAADIN/build/}) have a content hash in their names, so a
 * browser may keep them for a year: a new build has new names. Vaadin sends them with
 * {@code max-age=3600} (it gives a year only to files requested with its {@code v-c} hash
 * parameter, as the {@code @StyleSheet} links are); this turns that into a year, immutable. In
 * development mode Vaadin sends {@code no-cache}, which is left alone.
 */
@Component
class BundleCacheFilter extends OncePerRequestFilter {
    static final String BUNDLE = "/VAADIN/build/";
    static final String A_YEAR = "max-age=31536000, immutable";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + BUNDLE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, longer(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, longer(name, value));
            }
        });
    }

    /** A hashed file's time-limited {@code Cache-Control} becomes a year; anything else stays as it is. */
    static String longer(String name, String value) {
        if ("Cache-Control".equalsIgnoreCase(name) && value != null && value.startsWith("max-age=")) {
            return A_YEAR;
        }
        return value;
    }
}
