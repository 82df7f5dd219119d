package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The two per-request savings in Vaadin's plumbing change nothing a visitor sees: pages still
 * open, files (the stylesheet, icons, pictures) are still served, and a look-up answers as
 * Vaadin's own does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageRoutesAreNotFilesTest {
    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isPage(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return PageRoutesAreNotFiles.isPage(request);
    }

    @Test
    void a_page_address_is_never_looked_for_as_a_file_and_anything_else_still_is() {
        assertThat(List.of("/en", "/cy", "/en/activities/gp-evening-and-saturday-appointments", "/cy/book/19/who",
                "/en/bookings/Ab-_9x", "/staff", "/staff/sessions/4/bookings")).allMatch(PageRoutesAreNotFilesTest::isPage);
        assertThat(List.of("/styles/site.css", "/icons/favicon.svg", "/images/easy-read/bus.svg", "/VAADIN/build/index-x.js",
                "/favicon.ico", "/sw.js", "/en/robots.txt", "/", "/VAADIN")).noneMatch(PageRoutesAreNotFilesTest::isPage);
    }

    @Test
    void files_are_still_served_and_pages_still_open() throws Exception {
        HttpResponse<String> css = get("/styles/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(get("/icons/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(get("/images/easy-read/bus.svg").statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/en/contact");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>");
    }

    @Test
    void vaadin_reads_the_cached_lookup(@org.springframework.beans.factory.annotation.Autowired jakarta.servlet.ServletContext servletContext) {
        Lookup lookup = new com.vaadin.flow.server.VaadinServletContext(servletContext).getAttribute(Lookup.class);
        assertThat(lookup).isInstanceOf(CachedLookups.Caching.class);
        assertThat(lookup.lookup(com.vaadin.flow.spring.security.VaadinRolePrefixHolder.class)).isNotNull()
                .isSameAs(lookup.lookup(com.vaadin.flow.spring.security.VaadinRolePrefixHolder.class));
    }

    @Test
    void the_cached_lookup_asks_once_for_the_fixed_services_and_every_time_for_the_others() {
        List<Class<?>> asked = new ArrayList<>();
        Lookup counting = new Lookup() {
            @Override public <T> T lookup(Class<T> type) { asked.add(type); return null; }
            @Override public <T> Collection<T> lookupAll(Class<T> type) { return List.of(); }
        };
        CachedLookups.Caching cached = new CachedLookups.Caching(counting);
        for (int i = 0; i < 3; i++) {
            assertThat(cached.lookup(DevModeHandlerManager.class)).isNull();
            cached.lookup(String.class);
        }
        assertThat(asked).containsExactly(DevModeHandlerManager.class, String.class, String.class, String.class);
    }
}
