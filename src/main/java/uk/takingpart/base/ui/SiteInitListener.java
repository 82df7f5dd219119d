package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import uk.takingpart.base.i18n.Languages;

/**
 * Wires language and display preferences into every page: the first segment of the address
 * picks the language (and is remembered), {@code <html lang dir>} follows it, and the
 * large-print and easy-read classes are on {@code <body>} from the first byte.
 */
@Component
class SiteInitListener implements VaadinServiceInitListener {
    private final Languages languages;

    SiteInitListener(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        event.addIndexHtmlRequestListener(response -> prepareDocument(response, routes));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            DisplayPreferences preferences = DisplayPreferences.current();
            ui.setLocale(remembered(preferences, VaadinRequest.getCurrent()));
            applyModes(ui, preferences);
            ui.addBeforeEnterListener(this::chooseLanguage);
            ui.addAfterNavigationListener(after -> {
                Locale language = ui.getLocale();
                ui.getElement().executeJs("document.documentElement.lang=$0;document.documentElement.dir=$1",
                        language.toLanguageTag(), Languages.direction(language));
            });
        });
    }

    /** The language of a visitor who arrives without one in the address. */
    Locale remembered(DisplayPreferences preferences, VaadinRequest request) {
        return preferences.language().flatMap(languages::fromCode)
                .orElseGet(() -> languages.negotiate(request == null ? null : request.getHeader("Accept-Language")));
    }

    private void chooseLanguage(BeforeEnterEvent event) {
        UI ui = event.getUI();
        String first = event.getLocation().getFirstSegment();
        Optional<Locale> fromAddress = languages.fromCode(first);
        if (fromAddress.isPresent()) {
            Locale language = fromAddress.get();
            if (!language.equals(ui.getLocale())) {
                ui.setLocale(language);
            }
            DisplayPreferences.current().setLanguage(language.getLanguage());
        } else if (event.getRouteParameters().get("lang").isPresent()) {
            // a language segment the site does not speak, such as /fr/ or /xyz
            event.rerouteToError(NotFoundException.class);
        }
    }

    static void applyModes(UI ui, DisplayPreferences preferences) {
        ui.getElement().getClassList().set("large-print", preferences.largePrint());
        ui.getElement().getClassList().set("easy-read", preferences.easyRead());
    }

    private void prepareDocument(IndexHtmlResponse response, RouteRegistry routes) {
        VaadinRequest request = response.getVaadinRequest();
        DisplayPreferences preferences = DisplayPreferences.fromRequest(request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String first = path.split("/", 2)[0];
        Optional<Locale> fromAddress = languages.fromCode(first);
        Locale language = fromAddress.orElseGet(() -> remembered(preferences, request));
        var target = routes.getNavigationRouteTarget(path);
        boolean unknownLanguage = target.hasTarget() && target.getRouteParameters().get("lang").isPresent() && fromAddress.isEmpty();
        if (!path.isEmpty() && (!target.hasTarget() || unknownLanguage)) {
            // the page says "Page not found"; the status says so to browsers, crawlers and monitors too
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        Element html = response.getDocument().selectFirst("html");
        html.attr("lang", language.toLanguageTag());
        html.attr("dir", Languages.direction(language));
        Element body = response.getDocument().body();
        if (preferences.largePrint()) {
            body.addClass("large-print");
        }
        if (preferences.easyRead()) {
            body.addClass("easy-read");
        }
    }
}
