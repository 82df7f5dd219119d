package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
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
    private String page = "accessibility";

    InformationView(IcuTranslationProvider translations, Organisation organisation) {
        this.translations = translations;
        this.organisation = organisation;
        addClassName("information-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = event.getRouteParameters().get("page").orElse("accessibility");
        Map<String, Object> args = new java.util.HashMap<>(organisation.arguments(getLocale()));
        args.put("service", getTranslation("common.service.name"));
        String prefix = "page." + page;
        removeAll();
        add(new H1(getTranslation(prefix + ".title", args)));
        if (DisplayPreferences.current().easyRead()) {
            UnorderedList easy = new UnorderedList();
            easy.addClassName("easy-read-summary");
            for (int m = 1; translations.has(prefix + ".easy-read.item." + m); m++) {
                easy.add(new ListItem(getTranslation(prefix + ".easy-read.item." + m, args)));
            }
            add(easy);
        }
        Paragraph lead = new Paragraph(getTranslation(prefix + ".lead", args));
        lead.addClassName("lead");
        add(lead);
        for (int n = 1; translations.has(prefix + ".section." + n + ".heading"); n++) {
            String section = prefix + ".section." + n;
            Section part = new Section(new H2(getTranslation(section + ".heading", args)));
            for (int m = 1; translations.has(section + ".paragraph." + m); m++) {
                part.add(new Paragraph(getTranslation(section + ".paragraph." + m, args)));
            }
            if (translations.has(section + ".item.1")) {
                UnorderedList items = new UnorderedList();
                for (int m = 1; translations.has(section + ".item." + m); m++) {
                    items.add(new ListItem(getTranslation(section + ".item." + m, args)));
                }
                part.add(items);
            }
            add(part);
        }
    }

    @Override
    protected String title() {
        return getTranslation("page." + page + ".title");
    }
}
