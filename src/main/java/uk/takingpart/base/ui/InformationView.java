package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.Map;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.IcuTranslationProvider;

/**
 * The site's information pages (accessibility statement, privacy notice, cookies, contact,
 * other formats), written as numbered translation keys:
 * {@code page.<name>.section.<n>.heading|paragraph.<m>|item.<m>}.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/:page(accessibility|privacy|cookies|contact|formats)", layout = MainLayout.class)
class InformationView extends SitePage implements BeforeEnterObserver {
    private final IcuTranslationProvider translations;
    private final Organisation organisation;
    private final java.util.List<InformationArguments> arguments;
    private String page = "accessibility";

    InformationView(IcuTranslationProvider translations, Organisation organisation, java.util.List<InformationArguments> arguments) {
        this.translations = translations;
        this.organisation = organisation;
        this.arguments = arguments;
        addClassName("information-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = event.getRouteParameters().get("page").orElse("accessibility");
        Map<String, Object> args = new java.util.HashMap<>(organisation.arguments(getLocale()));
        args.put("service", getTranslation("common.service.name"));
        arguments.forEach(a -> args.putAll(a.arguments(getLocale())));
        String prefix = "page." + page;
        removeAll();
        add(new H1(getTranslation(prefix + ".title", args)));
        // everything below the heading is static text: one block of escaped markup, one server-side node
        Markup out = new Markup();
        if (DisplayPreferences.current().easyRead()) {
            out.open("ul", "class", "easy-read-summary");
            for (int m = 1; translations.has(prefix + ".easy-read.item." + m); m++) {
                out.element("li", getTranslation(prefix + ".easy-read.item." + m, args));
            }
            out.close("ul");
        }
        out.element("p", getTranslation(prefix + ".lead", args), "class", "lead");
        for (int n = 1; translations.has(prefix + ".section." + n + ".heading"); n++) {
            String section = prefix + ".section." + n;
            String id = "section-" + n + "-heading";
            out.open("section", "aria-labelledby", id).element("h2", getTranslation(section + ".heading", args), "id", id);
            for (int m = 1; translations.has(section + ".paragraph." + m); m++) {
                out.element("p", getTranslation(section + ".paragraph." + m, args));
            }
            if (translations.has(section + ".item.1")) {
                out.open("ul");
                for (int m = 1; translations.has(section + ".item." + m); m++) {
                    out.element("li", getTranslation(section + ".item." + m, args));
                }
                out.close("ul");
            }
            out.close("section");
        }
        add(new HtmlBlock("div", out).className("information-body"));
    }

    @Override
    protected String title() {
        return getTranslation("page." + page + ".title");
    }
}
