package uk.takingpart.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * The back office's shell: skip link, the service name, a language choice (staff pages are
 * bilingual too, remembered like the public site's), who is signed in and a sign-out button.
 */
@AnonymousAllowed
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {
    /** The back office's pages, as each feature declares them. */
    private final java.util.List<StaffMenuEntry> navigation;

    final SkipLink skipLink = new SkipLink();
    final Anchor serviceName = new Anchor("staff", "");
    final Nav languageNav = new Nav();
    final Span signedInAs = new Span();
    final NativeButton signOut = new NativeButton();
    final Nav staffNav = new Nav();
    private final Div content = new Div();
    private final Languages languages;
    private final AuthenticationContext authentication;
    private final Duration sessionTimeout;
    private final Duration warning;
    final Element sessionWarning = new Element("dialog");
    final NativeButton staySignedIn = new NativeButton();
    final NativeButton signOutNow = new NativeButton();
    private final H2 warningHeading = new H2();
    private final Paragraph warningText = new Paragraph();

    public StaffLayout(Languages languages, AuthenticationContext authentication, java.util.List<StaffMenuEntry> navigation,
                       @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
                       @Value("${takingpart.staff.session-warning:2m}") Duration warning) {
        this.languages = languages;
        this.navigation = navigation.stream().sorted(StaffMenuEntry.IN_ORDER).toList();
        this.authentication = authentication;
        this.sessionTimeout = sessionTimeout;
        this.warning = warning;
        addClassNames("site", "staff-site");
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
        buildSessionWarning();
    }

    /**
     * WCAG 2.2.1: a signed-in session ends after a while with nothing done, so staff are warned
     * before it does and can keep it. Typing and clicking count as activity (and tell the server,
     * at most once a minute), so nobody loses what they are writing.
     */
    private void buildSessionWarning() {
        sessionWarning.getClassList().add("session-warning");
        sessionWarning.setAttribute("aria-labelledby", "session-warning-heading");
        sessionWarning.setAttribute("aria-describedby", "session-warning-text");
        warningHeading.setId("session-warning-heading");
        warningText.setId("session-warning-text");
        staySignedIn.addClassName("button");
        staySignedIn.addClickListener(e -> sessionWarning.executeJs("this.close()"));
        signOutNow.addClassName("button");
        signOutNow.addClassName("secondary");
        signOutNow.addClickListener(e -> authentication.logout());
        Div buttons = new Div(staySignedIn, signOutNow);
        buttons.addClassName("editor-actions");
        sessionWarning.appendChild(warningHeading.getElement(), warningText.getElement(), buttons.getElement());
        getElement().appendChild(sessionWarning);
        addAttachListener(attach -> {
            if (authentication.isAuthenticated()) {
                getElement().executeJs("""
                        const layout = this, dialog = $0, timeout = $1, warnBefore = $2;
                        if (layout.__sessionWatch) { return; }
                        let last = Date.now(), lastPing = Date.now();
                        const active = () => {
                          last = Date.now();
                          if (Date.now() - lastPing > 60000) { lastPing = Date.now(); layout.$server.keepAlive(); }
                        };
                        ['keydown', 'click', 'input', 'touchstart'].forEach(t => document.addEventListener(t, active, {passive: true}));
                        layout.__sessionWatch = setInterval(() => {
                          if (!dialog.open && Date.now() - last > timeout - warnBefore) { dialog.showModal(); }
                        }, 1000);""", sessionWarning, sessionTimeout.toMillis(), warning.toMillis());
            }
        });
    }

    /** Called by the page while someone is working in it; the request itself keeps the session. */
    @ClientCallable
    void keepAlive() {
        // nothing to do: reaching the server is what counts
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
        warningHeading.setText(getTranslation("staff.session.warning.heading"));
        warningText.setText(getTranslation("staff.session.warning.text", java.util.Map.of("minutes", warning.toMinutes() < 1 ? 1 : warning.toMinutes())));
        staySignedIn.setText(getTranslation("staff.session.warning.stay"));
        signOutNow.setText(getTranslation("staff.layout.sign-out"));
        authentication.getPrincipalName().ifPresent(name ->
                signedInAs.setText(getTranslation("staff.layout.signed-in-as", java.util.Map.of("name", name))));
        staffNav.removeAll();
        staffNav.getElement().setAttribute("aria-label", getTranslation("staff.layout.nav"));
        UnorderedList links = new UnorderedList();
        for (StaffMenuEntry page : navigation) {
            if (!page.role().isEmpty() && !authentication.hasRole(page.role())) {
                continue;
            }
            Anchor link = new Anchor(page.path(), getTranslation(page.titleKey()));
            link.getElement().setAttribute("router-link", true);
            if (event.getLocation().getPath().equals(page.path())) {
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(new ListItem(link));
        }
        links.add(new ListItem(new Anchor(language.getLanguage(), getTranslation("staff.layout.public-site"))));
        staffNav.add(links);
    }
}
