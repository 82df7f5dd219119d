package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLayout;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.Languages;

/**
 * The shell around every public page: skip link, service name, language switch, display
 * options, the page's {@code <main>}, and the footer.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {
    final SkipLink skipLink = new SkipLink();
    final Anchor serviceName = new Anchor();
    final HtmlBlock languageNav = new HtmlBlock("nav");
    final DisplayOption largePrint = new DisplayOption("large-print", this::chooseLargePrint);
    final DisplayOption easyRead = new DisplayOption("easy-read", this::chooseEasyRead);
    final Span displayLabel = new Span();
    final HtmlBlock footerNav = new HtmlBlock("nav");
    final Paragraph footerText = new Paragraph();
    private final Div content = new Div();
    private final Languages languages;
    private final Organisation organisation;

    MainLayout(Languages languages, Organisation organisation) {
        this.languages = languages;
        this.organisation = organisation;
        addClassName("site");


        serviceName.addClassName("service-name");
        serviceName.getElement().setAttribute("router-link", true);
        languageNav.className("language-switch");

        displayLabel.setId("display-options-label");
        displayLabel.addClassName("display-options-label");
        Div displayOptions = new Div(displayLabel, largePrint, easyRead);
        displayOptions.addClassName("display-options");
        displayOptions.getElement().setAttribute("role", "group");
        displayOptions.getElement().setAttribute("aria-labelledby", displayLabel.getId().orElseThrow());
        Div brand = new Div(serviceName, languageNav);
        brand.addClassName("brand");
        Header header = new Header(brand, displayOptions);
        header.addClassName("site-header");

        content.addClassName("site-content");
        footerNav.className("footer-links");
        Footer footer = new Footer(footerNav, footerText);
        footer.addClassName("site-footer");

        add(skipLink, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Locale language = getLocale();
        Location location = event.getLocation();
        skipLink.setText(getTranslation("common.skip-link"));
        serviceName.setText(getTranslation("common.service.name"));
        serviceName.setHref(SitePaths.href(language, ""));

        languageNav.getElement().setAttribute("aria-label", getTranslation("common.language.nav"));
        Markup others = new Markup().open("ul");
        for (Locale other : languages.supported()) {
            if (!other.equals(language)) {
                String tag = other.toLanguageTag();
                // a full page load: the new language's first response carries its title and description
                others.open("li").element("a", Languages.nativeName(other),
                        "href", SitePaths.inLanguage(location, other), "lang", tag, "hreflang", tag).close("li");
            }
        }
        languageNav.setContent(others.close("ul"));

        DisplayPreferences preferences = DisplayPreferences.current();
        displayLabel.setText(getTranslation("common.display.label"));
        largePrint.setLabel(getTranslation("common.display.large-print"));
        largePrint.setValue(preferences.largePrint());
        easyRead.setLabel(getTranslation("common.display.easy-read"));
        easyRead.setValue(preferences.easyRead());

        footerNav.getElement().setAttribute("aria-label", getTranslation("common.footer.nav"));
        Markup links = new Markup().open("ul");
        for (String page : new String[] {"accessibility", "privacy", "cookies", "contact"}) {
            links.open("li").link(SitePaths.href(language, page), getTranslation("common.footer." + page)).close("li");
        }
        links.open("li").link(SitePaths.href(language, "formats",
                        com.vaadin.flow.router.QueryParameters.simple(Map.of("page", SitePaths.withoutLanguage(location)))),
                getTranslation("common.footer.formats")).close("li");
        footerNav.setContent(links.close("ul"));
        footerText.setText(getTranslation("common.footer.organisation", Map.of("organisation", organisation.name(language))));
    }

    private void chooseLargePrint(boolean on) {
        DisplayPreferences.current().setLargePrint(on);
        SiteInitListener.applyModes(UI.getCurrent(), DisplayPreferences.current());
    }

    private void chooseEasyRead(boolean on) {
        DisplayPreferences.current().setEasyRead(on);
        SiteInitListener.applyModes(UI.getCurrent(), DisplayPreferences.current());
        // easy read changes the words on the page, not only its look
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
