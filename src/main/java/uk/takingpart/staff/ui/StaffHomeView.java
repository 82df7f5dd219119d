package uk.takingpart.staff.ui;

import uk.takingpart.base.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/**
 * The back office's first page: the counts that matter today. Format requests read zero until
 * that feature exists; the numbers come from the services, never guessed.
 */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class StaffHomeView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph openCount = new Paragraph();
    final Paragraph sessionCount = new Paragraph();
    final Paragraph formatCount = new Paragraph();
    private final ActivityService activities;
    private final BookingAdministration bookings;

    StaffHomeView(ActivityService activities, BookingAdministration bookings) {
        this.activities = activities;
        this.bookings = bookings;
        addClassName("staff-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        add(heading);

        List<ActivityService.ClosingConsultation> open = activities.openConsultations(getLocale());
        Section consultations = section("staff.home.consultations");
        openCount.setText(getTranslation("staff.home.consultations.count", Map.of("count", open.size())));
        openCount.addClassName("count");
        consultations.add(openCount);
        if (!open.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (ActivityService.ClosingConsultation c : open) {
                Anchor link = new Anchor(getLocale().getLanguage() + "/activities/" + c.activity().slug(), c.activity().title().text());
                Span days = new Span(getTranslation("staff.home.consultations.days-left", Map.of("days", c.daysLeft())));
                days.addClassName("days-left");
                list.add(new ListItem(link, new Span(" – "), days));
            }
            consultations.add(list);
        }
        add(consultations);

        Section sessions = section("staff.home.sessions");
        BookingAdministration.Upcoming upcoming = bookings.upcoming();
        sessionCount.setText(getTranslation("staff.home.sessions.count", Map.of("count", upcoming.sessions(), "bookings", upcoming.placesBooked())));
        sessionCount.addClassName("count");
        sessions.add(sessionCount);
        add(sessions);

        Section formats = section("staff.home.formats");
        formatCount.setText(getTranslation("staff.home.formats.count", Map.of("count", 0, "overdue", 0)));
        formatCount.addClassName("count");
        formats.add(formatCount);
        add(formats);
    }

    private Section section(String key) {
        String id = key.replace('.', '-');
        H2 h2 = new H2(getTranslation(key));
        h2.setId(id);
        Section section = new Section(h2);
        section.getElement().setAttribute("aria-labelledby", id);
        section.addClassName("staff-card");
        return section;
    }

    @Override
    protected String title() {
        return getTranslation("staff.home.title");
    }
}
