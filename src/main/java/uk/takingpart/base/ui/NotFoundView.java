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
import jakarta.servlet.http.HttpServletResponse;

/** "Page not found", with a way on, for any unknown address or activity. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends SitePage implements HasErrorParameter<NotFoundException> {
    final H1 heading = new H1();

    public NotFoundView() {
        add(heading);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
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
