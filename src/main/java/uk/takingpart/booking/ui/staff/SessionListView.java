package uk.takingpart.booking.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/** An event's (or Time to Listen's) sessions: when, where, places booked and waiting, with links to edit and to the bookings. */
@Route(value = "staff/activities/:slug([a-z0-9-]{1,120})/sessions", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class SessionListView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final DataTable table = new DataTable();
    final Paragraph none = new Paragraph();
    private final BookingAdministration administration;
    private final DateTexts dates;
    private final AuthenticationContext authentication;
    private String activityTitle = "";

    SessionListView(BookingAdministration administration, DateTexts dates, AuthenticationContext authentication) {
        this.administration = administration;
        this.dates = dates;
        this.authentication = authentication;
        addClassName("session-list-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow();
        BookingAdministration.ActivitySessions found = administration.sessions(slug, getLocale())
                .orElseThrow(() -> new NotFoundException("No event " + slug));
        activityTitle = found.activity().title().text();
        removeAll();
        Anchor back = link("staff/activities", getTranslation("booking.staff.sessions.back"));
        back.addClassName("back-link");
        heading.setText(title());
        add(back, heading);
        boolean editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        if (editor) {
            Anchor create = link("staff/activities/" + slug + "/sessions/new", getTranslation("booking.staff.sessions.create"));
            create.addClassName("button-link");
            add(new Paragraph(create));
        }
        if (found.sessions().isEmpty()) {
            none.setText(getTranslation("booking.staff.sessions.none"));
            add(none);
            return;
        }
        table.columns(getTranslation("booking.staff.sessions.caption", Map.of("title", activityTitle)),
                getTranslation("booking.staff.sessions.when"), getTranslation("booking.staff.sessions.where"),
                getTranslation("booking.staff.sessions.places"), getTranslation("booking.staff.sessions.waiting"),
                getTranslation("booking.staff.sessions.state"), getTranslation("booking.staff.sessions.actions"));
        for (SessionSummary s : found.sessions()) {
            String when = dates.range(s.startsAt(), s.endsAt(), true, getLocale());
            Div actions = new Div();
            Anchor bookings = link("staff/sessions/" + s.id() + "/bookings", getTranslation("booking.staff.sessions.bookings"));
            bookings.getElement().setAttribute("aria-label", getTranslation("booking.staff.sessions.bookings-named", Map.of("when", DateTexts.inSentence(when, getLocale()))));
            actions.add(bookings);
            if (editor && !s.cancelled()) {
                Anchor edit = link("staff/sessions/" + s.id() + "/edit", getTranslation("booking.staff.sessions.edit"));
                edit.getElement().setAttribute("aria-label", getTranslation("booking.staff.sessions.edit-named", Map.of("when", DateTexts.inSentence(when, getLocale()))));
                actions.add(new Span(" · "), edit);
            }
            table.row(when, where(s),
                    getTranslation("booking.staff.sessions.places-taken", Map.of("taken", s.placesTaken(), "capacity", s.capacity())),
                    Integer.toString(s.waiting()), state(s), actions);
        }
        add(table);
    }

    private String where(SessionSummary s) {
        if (s.mode() == SessionMode.ONLINE) {
            return getTranslation("booking.mode.online");
        }
        return s.venueName().isEmpty() ? getTranslation("booking.mode.in-person") : s.venueName().text();
    }

    private String state(SessionSummary s) {
        if (s.cancelled()) {
            return getTranslation("booking.staff.sessions.state.cancelled");
        }
        if (s.started()) {
            return getTranslation("booking.staff.sessions.state.past");
        }
        return getTranslation(s.full() ? "booking.staff.sessions.state.full" : "booking.staff.sessions.state.open");
    }

    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    protected String title() {
        return getTranslation("booking.staff.sessions.title", Map.of("title", activityTitle));
    }
}
