package uk.takingpart.activity.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.takingpart.activity.ActivityAdministration;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/** Every activity, drafts included, with links to edit and preview it. */
@Route(value = "staff/activities", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ActivityListView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final DataTable table = new DataTable();
    private final ActivityAdministration administration;
    private final AuthenticationContext authentication;

    ActivityListView(ActivityAdministration administration, AuthenticationContext authentication) {
        this.administration = administration;
        this.authentication = authentication;
        addClassName("activity-list-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        add(heading);
        // analysts read and change nothing: they are offered only what they can open
        boolean editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        if (editor) {
            Anchor create = new Anchor("staff/activities/new", getTranslation("activity.staff.list.create"));
            create.getElement().setAttribute("router-link", true);
            create.addClassName("button-link");
            add(new Paragraph(create));
        }

        table.columns(getTranslation("activity.staff.list.caption"), getTranslation("activity.staff.list.name"),
                getTranslation("activity.staff.list.type"), getTranslation("activity.staff.list.state"),
                getTranslation("activity.staff.list.actions"));
        for (ActivityAdministration.Listing listing : administration.all()) {
            Anchor preview = new Anchor("staff/activities/" + listing.slug() + "/preview", getTranslation("activity.staff.list.preview"));
            preview.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.preview-named", java.util.Map.of("title", listing.title())));
            preview.getElement().setAttribute("router-link", true);
            Div actions = new Div();
            if (editor) {
                Anchor edit = new Anchor("staff/activities/" + listing.slug() + "/edit", getTranslation("activity.staff.list.edit"));
                edit.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.edit-named", java.util.Map.of("title", listing.title())));
                edit.getElement().setAttribute("router-link", true);
                actions.add(edit, new com.vaadin.flow.component.html.Span(" · "));
            }
            actions.add(preview);
            if (listing.type() == uk.takingpart.activity.ActivityType.EVENT || listing.type() == uk.takingpart.activity.ActivityType.TIME_TO_LISTEN) {
                // sessions belong to the booking feature: linked by address only, so activity never depends on booking
                Anchor sessions = new Anchor("staff/activities/" + listing.slug() + "/sessions", getTranslation("activity.staff.list.sessions"));
                sessions.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.sessions-named", java.util.Map.of("title", listing.title())));
                sessions.getElement().setAttribute("router-link", true);
                actions.add(new com.vaadin.flow.component.html.Span(" · "), sessions);
            }
            table.row(listing.title(), getTranslation("activity.type." + listing.type().key()),
                    listing.published() ? getTranslation("activity.staff.state.published") + ", " + getTranslation("activity.status." + listing.status().key())
                            : getTranslation("activity.staff.state.draft"),
                    actions);
        }
        add(table);
    }

    @Override
    protected String title() {
        return getTranslation("activity.staff.list.title");
    }
}
