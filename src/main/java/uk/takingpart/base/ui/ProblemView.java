package uk.takingpart.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * "Sorry, there is a problem with the service": shown instead of a stack trace when anything
 * fails while a page is built, a database outage included (then as 503 with Retry-After, since it
 * passes). The details go to the log only. {@link ProblemPage} shows the same words when
 * something fails after the page was built, such as sending a form.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ProblemView extends SitePage implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);
    /** Seconds a client is told to wait before trying again while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "30";
    final H1 heading = new H1();

    public ProblemView() {
        add(heading);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception caught = parameter.getCaughtException();
        boolean outage = databaseOutage(caught);
        if (outage) {
            // expected while the database restarts: one line, not a stack trace per visitor
            log.error("Could not show {}: the database cannot be reached ({})", event.getLocation().getPathWithQueryParameters(), caught.toString());
        } else {
            log.error("Could not show {}", event.getLocation().getPathWithQueryParameters(), caught);
        }
        fill(this, getLocale(), heading);
        if (outage) {
            VaadinResponse response = VaadinResponse.getCurrent();
            if (response != null) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The sorry page's words, in the page's language. */
    static void fill(SitePage page, java.util.Locale language, H1 heading) {
        heading.setText(page.getTranslation("common.problem.title"));
        Anchor contact = new Anchor(SitePaths.href(language, "contact"), page.getTranslation("common.problem.contact"));
        page.add(new Paragraph(page.getTranslation("common.problem.try-later")),
                new Paragraph(page.getTranslation("common.problem.saved")),
                new Paragraph(contact));
    }

    /** True when the failure is the database being unreachable (stopped, restarting, no connection free in time). */
    static boolean databaseOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String title() {
        return getTranslation("common.problem.title");
    }
}
