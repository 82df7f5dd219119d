package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sorry, there is a problem with the service": shown instead of a stack trace when anything
 * fails while a page is built, a database outage included. The details go to the log only.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ProblemView extends SitePage implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);
    final H1 heading = new H1();

    public ProblemView() {
        add(heading);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not show {}", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        heading.setText(title());
        Anchor contact = new Anchor(SitePaths.href(getLocale(), "contact"), getTranslation("common.problem.contact"));
        add(new Paragraph(getTranslation("common.problem.try-later")),
                new Paragraph(getTranslation("common.problem.saved")),
                new Paragraph(contact));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected String title() {
        return getTranslation("common.problem.title");
    }
}
