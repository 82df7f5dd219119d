package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
    final Nav languageNav = new Nav();
    final Checkbox largePrint = new Checkbox();
    final Checkbox easyRead = new Checkbox();
    final Span displayLabel = new Span();
    final Nav footerNav = new Nav();
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
        languageNav.addClassName("language-switch");

        displayLabel.setId("display-options-label");
        displayLabel.addClassName("display-options-label");
        Div displayOptions = new Div(displayLabel, largePrint, easyRead);
        displayOptions.addClassName("display-options");
        displayOptions.getElement().setAttribute("role", "group");
        displayOptions.getElement().setAttribute("aria-labelledby", displayLabel.getId().orElseThrow());
        largePrint.addClassName("large-print-option");
        easyRead.addClassName("easy-read-option");
        largePrint.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                DisplayPreferences.current().setLargePrint(e.getValue());
                SiteInitListener.applyModes(UI.getCurrent(), DisplayPreferences.current());
            }
        });
        easyRead.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                DisplayPreferences.current().setEasyRead(e.getValue());
                SiteInitListener.applyModes(UI.getCurrent(), DisplayPreferences.current());
                // easy read changes the words on the page, not only its look
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });

        Div brand = new Div(serviceName, languageNav);
        brand.addClassName("brand");
        Header header = new Header(brand, displayOptions);
        header.addClassName("site-header");

        content.addClassName("site-content");
        footerNav.addClassName("footer-links");
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

        languageNav.removeAll();
        languageNav.getElement().setAttribute("aria-label", getTranslation("common.language.nav"));
        UnorderedList others = new UnorderedList();
        for (Locale other : languages.supported()) {
            if (!other.equals(language)) {
                Anchor link = new Anchor(SitePaths.inLanguage(location, other), Languages.nativeName(other));
                link.getElement().setAttribute("lang", other.toLanguageTag());
                link.getElement().setAttribute("hreflang", other.toLanguageTag());
                others.add(new ListItem(link));
            }
        }
        languageNav.add(others);

        DisplayPreferences preferences = DisplayPreferences.current();
        displayLabel.setText(getTranslation("common.display.label"));
        largePrint.setLabel(getTranslation("common.display.large-print"));
        largePrint.setValue(preferences.largePrint());
        easyRead.setLabel(getTranslation("common.display.easy-read"));
        easyRead.setValue(preferences.easyRead());

        footerNav.removeAll();
        footerNav.getElement().setAttribute("aria-label", getTranslation("common.footer.nav"));
        UnorderedList links = new UnorderedList();
        for (String page : new String[] {"accessibility", "privacy", "cookies", "contact"}) {
            links.add(new ListItem(siteLink(language, page, getTranslation("common.footer." + page))));
        }
        links.add(new ListItem(siteLink(language, "formats", getTranslation("common.footer.formats"),
                Map.of("page", SitePaths.withoutLanguage(location)))));
        footerNav.add(links);
        footerText.setText(getTranslation("common.footer.organisation", Map.of("organisation", organisation.name(language))));
    }

    private static Anchor siteLink(Locale language, String path, String text) {
        Anchor link = new Anchor(SitePaths.href(language, path), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static Anchor siteLink(Locale language, String path, String text, Map<String, String> query) {
        Anchor link = new Anchor(SitePaths.href(language, path,
                com.vaadin.flow.router.QueryParameters.simple(query)), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

}
