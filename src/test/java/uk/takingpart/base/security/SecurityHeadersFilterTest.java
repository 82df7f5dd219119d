package uk.takingpart.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Browsers are told to keep to HTTPS only by a response that came over HTTPS, and every response has the other headers. */
class SecurityHeadersFilterTest {

    private MockHttpServletResponse respond(boolean secure, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_page_served_over_https_tells_the_browser_to_use_https_for_a_year() throws Exception {
        MockHttpServletResponse response = respond(true, "/en");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_page_served_over_plain_http_has_no_hsts_as_browsers_ignore_it_there_and_keeps_the_other_headers() throws Exception {
        MockHttpServletResponse response = respond(false, "/staff");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
