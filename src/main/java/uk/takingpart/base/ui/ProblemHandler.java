package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure while a shown page handles what the person did (a form sent while the database is
 * down, for instance) takes them to the translated sorry page, {@link ProblemPage}, instead of
 * leaving them on a page where nothing happened. Failures while a page is built are
 * {@link ProblemView}'s. The details go to the log only.
 */
@Component
class ProblemHandler implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ProblemHandler::handle));
    }

    static void handle(ErrorEvent error) {
        Throwable failure = error.getThrowable();
        UI ui = UI.getCurrent();
        if (ProblemView.databaseOutage(failure)) {
            log.error("A request failed: the database cannot be reached ({})", failure.toString());
        } else {
            log.error("A request failed", failure);
        }
        if (ui == null || ui.isClosing()) {
            return;
        }
        String here = ui.getInternals().getActiveViewLocation().getPath();
        if (here.endsWith("/" + ProblemPage.PATH)) {
            return;
        }
        ui.navigate(ProblemPage.href(ui.getLocale()));
    }
}
