package uk.takingpart.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/**
 * The sorry page for a failure after a page was shown: a form sent while the database is down, for
 * example. {@link ProblemHandler} brings the visitor here; the page they came from is one step
 * back in the browser's history, with what they typed kept, so they can send it again later.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/problem", layout = MainLayout.class)
public class ProblemPage extends SitePage implements BeforeEnterObserver {
    static final String PATH = "problem";
    final H1 heading = new H1();

    public ProblemPage() {
        add(heading);
    }

    /** The address of this page in a language. */
    static String href(Locale language) {
        return SitePaths.href(language, PATH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(heading);
        ProblemView.fill(this, getLocale(), heading);
        focusHeading();
    }

    @Override
    protected String title() {
        return getTranslation("common.problem.title");
    }
}
