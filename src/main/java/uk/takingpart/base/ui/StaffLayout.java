package uk.takingpart.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;

/**
 * The back office's shell: skip link, the service name, a language choice (staff pages are
 * bilingual too, remembered like the public site's), who is signed in and a sign-out button.
 */
@AnonymousAllowed
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {
    /** The back office's pages: address, translation key of the link, and the role needed (empty: any staff). */
    private static final String[][] NAVIGATION = {{"staff", "staff.home.title", ""},
            {"staff/activities", "activity.staff.list.title", ""}, {"staff/audit", "audit.staff.title", ""},
            {"staff/settings", "staff.settings.title", Roles.ADMINISTRATOR}};

    final Anchor skipLink = new Anchor();
    final Anchor serviceName = new Anchor("staff", "");
    final Nav languageNav = new Nav();
    final Span signedInAs = new Span();
    final NativeButton signOut = new NativeButton();
    final Nav staffNav = new Nav();
    private final Div content = new Div();
    private final Languages languages;
    private final AuthenticationContext authentication;

    public StaffLayout(Languages languages, AuthenticationContext authentication) {
        this.languages = languages;
        this.authentication = authentication;
        addClassNames("site", "staff-site");
        skipLink.addClassName("skip-link");
        skipLink.setHref("#" + SitePage.MAIN_ID);
        skipLink.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView(); }
                });""", SitePage.MAIN_ID);
        serviceName.addClassName("service-name");
        serviceName.getElement().setAttribute("router-link", true);
        languageNav.addClassName("language-switch");
        signOut.addClassName("sign-out");
        signOut.addClickListener(e -> authentication.logout());
        Div account = new Div(signedInAs, signOut);
        account.addClassName("staff-account");
        Div brand = new Div(serviceName, languageNav);
        brand.addClassName("brand");
        Header header = new Header(brand, account);
        header.addClassName("site-header");
        staffNav.addClassName("staff-nav");
        content.addClassName("site-content");
        add(skipLink, header, staffNav, content);
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
        skipLink.setText(getTranslation("common.skip-link"));
        serviceName.setText(getTranslation("staff.layout.service"));
        languageNav.removeAll();
        languageNav.getElement().setAttribute("aria-label", getTranslation("common.language.nav"));
        UnorderedList others = new UnorderedList();
        for (Locale other : languages.supported()) {
            if (!other.equals(language)) {
                NativeButton choose = new NativeButton(Languages.nativeName(other), e -> {
                    DisplayPreferences.current().chooseLanguage(other.getLanguage());
                    UI.getCurrent().setLocale(other);
                    UI.getCurrent().refreshCurrentRoute(true);
                });
                choose.getElement().setAttribute("lang", other.toLanguageTag());
                choose.addClassName("link-button");
                others.add(new ListItem(choose));
            }
        }
        languageNav.add(others);

        boolean signedIn = authentication.isAuthenticated();
        signedInAs.setVisible(signedIn);
        signOut.setVisible(signedIn);
        staffNav.setVisible(signedIn);
        signOut.setText(getTranslation("staff.layout.sign-out"));
        authentication.getPrincipalName().ifPresent(name ->
                signedInAs.setText(getTranslation("staff.layout.signed-in-as", java.util.Map.of("name", name))));
        staffNav.removeAll();
        staffNav.getElement().setAttribute("aria-label", getTranslation("staff.layout.nav"));
        UnorderedList links = new UnorderedList();
        for (String[] page : NAVIGATION) {
            if (!page[2].isEmpty() && !authentication.hasRole(page[2])) {
                continue;
            }
            Anchor link = new Anchor(page[0], getTranslation(page[1]));
            link.getElement().setAttribute("router-link", true);
            if (event.getLocation().getPath().equals(page[0])) {
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(new ListItem(link));
        }
        links.add(new ListItem(new Anchor(language.getLanguage(), getTranslation("staff.layout.public-site"))));
        staffNav.add(links);
    }
}
