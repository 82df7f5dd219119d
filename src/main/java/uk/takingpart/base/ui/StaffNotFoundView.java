package uk.takingpart.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Page not found" for signed-in staff, inside the back office with its navigation: a missing
 * staff page or record leads back to the staff home page, not to the public "See what's on".
 * {@link NotFoundView} sends staff here for any address under {@code staff/}.
 */
@PermitAll
@ParentLayout(StaffLayout.class)
public class StaffNotFoundView extends SitePage implements HasErrorParameter<StaffNotFoundView.StaffPageNotFound> {
    final H1 heading = new H1();

    /** A back-office address or record that does not exist. */
    public static class StaffPageNotFound extends NotFoundException {
        public StaffPageNotFound() {
            super("No such staff page");
        }
    }

    public StaffNotFoundView() {
        addClassName("staff-not-found");
        add(heading);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StaffPageNotFound> parameter) {
        heading.setText(title());
        Anchor home = new Anchor("staff", getTranslation("staff.not-found.home"));
        home.getElement().setAttribute("router-link", true);
        add(new Paragraph(getTranslation("staff.not-found.text")), new Paragraph(home));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected String title() {
        return getTranslation("common.not-found.title");
    }
}
