package uk.takingpart.activity.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.takingpart.activity.ActivityAdministration;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/** Every activity, drafts included, with links to edit and preview it. */
@Route(value = "staff/activities", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ActivityListView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Div table = new Div();
    private final ActivityAdministration administration;

    ActivityListView(ActivityAdministration administration) {
        this.administration = administration;
        addClassName("activity-list-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        Anchor create = new Anchor("staff/activities/new", getTranslation("activity.staff.list.create"));
        create.getElement().setAttribute("router-link", true);
        create.addClassName("button-link");
        add(heading, new Paragraph(create));

        Element tableElement = new Element("table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("activity.staff.list.caption"));
        caption.getClassList().add("visually-hidden");
        Element head = new Element("tr");
        for (String column : new String[] {"name", "type", "state", "actions"}) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation("activity.staff.list." + column));
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (ActivityAdministration.Listing listing : administration.all()) {
            Element row = new Element("tr");
            Element actions = new Element("td");
            Anchor edit = new Anchor("staff/activities/" + listing.slug() + "/edit", getTranslation("activity.staff.list.edit"));
            edit.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.edit-named", java.util.Map.of("title", listing.title())));
            edit.getElement().setAttribute("router-link", true);
            Anchor preview = new Anchor("staff/activities/" + listing.slug() + "/preview", getTranslation("activity.staff.list.preview"));
            preview.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.preview-named", java.util.Map.of("title", listing.title())));
            preview.getElement().setAttribute("router-link", true);
            actions.appendChild(edit.getElement(), new Element("span").setText(" · "), preview.getElement());
            row.appendChild(cell(listing.title()), cell(getTranslation("activity.type." + listing.type().key())),
                    cell(listing.published() ? getTranslation("activity.staff.state.published") + ", " + getTranslation("activity.status." + listing.status().key())
                            : getTranslation("activity.staff.state.draft")),
                    actions);
            tbody.appendChild(row);
        }
        tableElement.appendChild(caption, thead, tbody);
        table.getElement().removeAllChildren();
        table.getElement().appendChild(tableElement);
        table.addClassName("table-wrapper");
        table.getElement().setAttribute("tabindex", "0");
        table.getElement().setAttribute("role", "region");
        table.getElement().setAttribute("aria-label", getTranslation("activity.staff.list.caption"));
        add(table);
    }

    private static Element cell(String text) {
        return new Element("td").setText(text);
    }

    @Override
    protected String title() {
        return getTranslation("activity.staff.list.title");
    }
}
