package uk.takingpart.booking.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.ui.ActivityPageSection;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.SessionSummary;

/** On an event's page: its sessions still to come, with places left and a link to book each. */
@Component
class SessionsSection implements ActivityPageSection {
    private final BookingService bookings;
    private final DateTexts dates;

    SessionsSection(BookingService bookings, DateTexts dates) {
        this.bookings = bookings;
        this.dates = dates;
    }

    @Override
    public com.vaadin.flow.component.Component section(ActivitySummary activity, Locale language) {
        if (activity.type() != ActivityType.EVENT && activity.type() != ActivityType.TIME_TO_LISTEN) {
            return null;
        }
        List<SessionSummary> sessions = bookings.upcomingSessions(activity.slug(), language);
        Section section = new Section();
        section.addClassName("sessions");
        H2 heading = new H2();
        heading.setId("sessions-heading");
        section.getElement().setAttribute("aria-labelledby", "sessions-heading");
        heading.setText(section.getTranslation(activity.type() == ActivityType.TIME_TO_LISTEN ? "booking.sessions.heading.time-to-listen" : "booking.sessions.heading"));
        section.add(heading);
        if (sessions.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("booking.sessions.none")));
            return section;
        }
        if (sessions.stream().anyMatch(SessionSummary::bookable)) {
            Anchor start = new Anchor(SitePaths.href(language, "activities/" + activity.slug() + "/book"),
                    section.getTranslation("booking.sessions.start"));
            start.getElement().setAttribute("router-link", true);
            start.addClassNames("button", "start-button");
            section.add(new Paragraph(start));
        }
        boolean samePlace = SessionDetails.samePlace(sessions);
        if (samePlace) {
            com.vaadin.flow.component.html.DescriptionList place = new com.vaadin.flow.component.html.DescriptionList();
            place.addClassName("activity-facts");
            SessionDetails.place(place, section, sessions.getFirst());
            section.add(new Paragraph(section.getTranslation("booking.sessions.same-place")), place);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("session-list");
        for (SessionSummary session : sessions) {
            ListItem item = new ListItem();
            item.addClassName("session-card");
            H3 when = new H3(SessionDetails.when(session, dates, language));
            item.add(when, SessionDetails.facts(section, session, dates, language, true, !samePlace, false));
            if (session.bookable()) {
                String label = section.getTranslation(session.full() ? "booking.sessions.join-waiting-list" : "booking.sessions.book",
                        Map.of("when", SessionDetails.when(session, dates, language)));
                Anchor book = new Anchor(SitePaths.href(language, "book/" + session.id() + "/" + BookingJourneyView.firstStep(session).key()), label);
                book.getElement().setAttribute("router-link", true);
                item.add(new Paragraph(book));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

}
