package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import uk.takingpart.base.security.Roles;

/** "Page not found", with a way on, for any unknown address or activity. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends SitePage implements HasErrorParameter<NotFoundException> {
    final H1 heading = new H1();

    private final AuthenticationContext authentication;

    public NotFoundView(AuthenticationContext authentication) {
        this.authentication = authentication;
        add(heading);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String first = event.getLocation().getFirstSegment();
        if ("staff".equals(first) && authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST)) {
            // staff stay in the back office; anyone else learns nothing about staff addresses
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        heading.setText(title());
        var language = getLocale();
        Anchor home = new Anchor(SitePaths.href(language, ""), getTranslation("common.not-found.home"));
        home.getElement().setAttribute("router-link", true);
        Anchor contact = new Anchor(SitePaths.href(language, "contact"), getTranslation("common.not-found.contact"));
        contact.getElement().setAttribute("router-link", true);
        add(new Paragraph(getTranslation("common.not-found.check")),
                new Paragraph(getTranslation("common.not-found.moved")),
                new UnorderedList(new ListItem(home), new ListItem(contact)));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String title() {
        return getTranslation("common.not-found.title");
    }
}
