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
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.IcuTranslationProvider;
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
    private final ObjectProvider<PageHead> heads;
    private final IcuTranslationProvider translations;
    private final Organisation organisation;

    SiteInitListener(Languages languages, ObjectProvider<PageHead> heads, IcuTranslationProvider translations, Organisation organisation) {
        this.languages = languages;
        this.heads = heads;
        this.translations = translations;
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteRegistry routes = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        event.addIndexHtmlRequestListener(response -> prepareDocument(response, routes));
        event.addVaadinRequestInterceptor(new CompactLastResponse());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            DisplayPreferences preferences = DisplayPreferences.current();
            ui.setLocale(remembered(preferences, VaadinRequest.getCurrent()));
            connectionTexts(ui);
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
                connectionTexts(ui);
            }
            DisplayPreferences.current().setLanguage(language.getLanguage());
        } else if (event.getRouteParameters().get("lang").isPresent()) {
            // a language segment the site does not speak, such as /fr/ or /xyz
            event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * What the framework's connection indicator says when the connection drops, while it
     * reconnects and when it is back, in the page's language (its own texts are English only).
     */
    private void connectionTexts(UI ui) {
        Locale language = ui.getLocale();
        ui.getReconnectDialogConfiguration().setDialogText(translations.getTranslation("common.connection.reconnecting", language));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(translations.getTranslation("common.connection.offline", language));
        ui.getElement().executeJs("const c=window.Vaadin&&window.Vaadin.connectionIndicator;if(c){c.onlineText=$0}",
                translations.getTranslation("common.connection.online", language));
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
        Locale language = languages.forRequest(path, preferences.language().orElse(null), request.getHeader("Accept-Language"));
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
        if (!path.startsWith("staff")) {
            String rest = fromAddress.isPresent() ? (path.indexOf('/') < 0 ? "" : path.substring(path.indexOf('/') + 1)) : path;
            describe(response, rest, language);
        }
    }

    /**
     * The page's translated title, meta description and a {@code <noscript>} message with the
     * engagement team's contact details, in the first bytes: what a search engine, a shared link's
     * preview and a browser with JavaScript off or still loading show.
     */
    private void describe(IndexHtmlResponse response, String path, Locale language) {
        Document document = response.getDocument();
        PageHead.Head head;
        boolean outage = false;
        try {
            head = heads.orderedStream().map(h -> h.head(path, language)).flatMap(Optional::stream).findFirst().orElse(null);
        } catch (RuntimeException databaseOrOtherFault) {
            // the page itself says what went wrong; the first response still has the service's name
            head = null;
            outage = ProblemView.databaseOutage(databaseOrOtherFault);
        }
        String service = translations.getTranslation("common.service.name", language);
        if (outage) {
            // the database is down: the first response already says sorry, as 503 with Retry-After
            head = new PageHead.Head(translations.getTranslation("common.problem.title", language), null,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.getVaadinResponse().setHeader("Retry-After", ProblemView.RETRY_AFTER_SECONDS);
        }
        String title = head == null || head.title() == null || head.title().isBlank() ? service
                : translations.getTranslation("common.title.pattern", language, Map.of("page", head.title(), "service", service));
        String description = head == null || head.description() == null || head.description().isBlank()
                ? translations.getTranslation("common.meta.description", language) : head.description();
        if (head != null && head.status() != HttpServletResponse.SC_OK) {
            response.getVaadinResponse().setStatus(head.status());
        }
        document.title(title);
        document.head().appendElement("meta").attr("name", "description").attr("content", description);

        Map<String, Object> contact = organisation.arguments(language);
        Element message = document.body().prependElement("noscript").appendElement("div").addClass("noscript");
        message.appendElement("p").addClass("noscript-heading").text(translations.getTranslation("common.noscript.heading", language));
        message.appendElement("p").text(translations.getTranslation("common.noscript.text", language, contact));
        Element ways = message.appendElement("ul");
        ways.appendElement("li").appendElement("a").attr("href", "mailto:" + organisation.email())
                .text(translations.getTranslation("common.noscript.email", language, contact));
        ways.appendElement("li").appendElement("a").attr("href", "tel:" + organisation.phone().replaceAll("[^0-9+]", ""))
                .text(translations.getTranslation("common.noscript.phone", language, contact));
    }
}
