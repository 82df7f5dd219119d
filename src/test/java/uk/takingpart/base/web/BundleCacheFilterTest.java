package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Hashed bundle files are cached for a year in production; nothing else changes. */
class BundleCacheFilterTest {

    private MockHttpServletResponse serve(String path, String cacheControl) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new BundleCacheFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                res.setHeader("Cache-Control", cacheControl);
            }
        }));
        return response;
    }

    @Test
    void a_bundle_file_that_vaadin_caches_for_an_hour_is_cached_for_a_year() throws Exception {
        assertThat(serve("/VAADIN/build/FlowClient-CyeHWkc2.js", "max-age=3600").getHeader("Cache-Control"))
                .isEqualTo("max-age=31536000, immutable");
    }

    @Test
    void development_mode_and_other_addresses_keep_their_headers() throws Exception {
        assertThat(serve("/VAADIN/build/FlowClient.js", "no-cache").getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(serve("/styles/site.css", "max-age=3600").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve("/en", "no-store").getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
