package uk.takingpart.base.web;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Vaadin asks, for every page address before it renders the page, whether the address is a
 * static file: it looks for {@code /en/activities/x} in the application's resources and then in
 * {@code META-INF/resources} of every jar on the class path. Neither can ever hold a page's
 * address, and the two misses cost more CPU than anything else in a first page view except
 * building the page. A page's address (a language or {@code staff} first, no dot in the last
 * segment) is answered "not a file" at once; anything else goes to Vaadin's own file server.
 * Vaadin finds this factory as a Spring bean in place of its default.
 */
@Component
class PageRoutesAreNotFiles implements StaticFileHandlerFactory {
    /** {@code /en}, {@code /cy/activities/x}, {@code /staff/emails}: never a file. */
    private static final Pattern PAGE = Pattern.compile("/(?:[a-z]{2,3}|staff)(?:/[^.]*)?");

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer files = new StaticFileServer(service);
        return (request, response) -> !isPage(request) && files.serveStaticResource(request, response);
    }

    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return PAGE.matcher(path).matches();
    }
}
