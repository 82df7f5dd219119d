package uk.takingpart.booking.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivitySummary;
import uk.takingpart.activity.ActivityType;
import uk.takingpart.activity.ui.ActivityPageSection;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.SessionSummary;

/**
 * On an event's page: its sessions still to come, with places left and a link to book each.
 * One block of escaped markup: a single server-side node however many sessions there are.
 */
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
        HtmlBlock section = new HtmlBlock("section").className("sessions").attribute("aria-labelledby", "sessions-heading");
        Markup out = new Markup();
        out.element("h2", section.getTranslation(activity.type() == ActivityType.TIME_TO_LISTEN
                ? "booking.sessions.heading.time-to-listen" : "booking.sessions.heading"), "id", "sessions-heading");
        if (sessions.isEmpty()) {
            out.element("p", section.getTranslation("booking.sessions.none"));
            return section.setContent(out);
        }
        if (sessions.stream().anyMatch(SessionSummary::bookable)) {
            out.open("p").link(SitePaths.href(language, "activities/" + activity.slug() + "/book"),
                    section.getTranslation("booking.sessions.start"), "class", "button start-button").close("p");
        }
        boolean samePlace = SessionDetails.samePlace(sessions);
        if (samePlace) {
            out.element("p", section.getTranslation("booking.sessions.same-place"));
            out.open("dl", "class", "activity-facts");
            SessionDetails.place(out, section, sessions.getFirst());
            out.close("dl");
        }
        out.open("ul", "class", "session-list");
        for (SessionSummary session : sessions) {
            String when = SessionDetails.when(session, dates, language);
            out.open("li", "class", "session-card").element("h3", when);
            out.open("dl", "class", "activity-facts");
            SessionDetails.rows(out, section, session, dates, language, true, !samePlace, false);
            out.close("dl");
            if (session.bookable()) {
                String label = section.getTranslation(session.full() ? "booking.sessions.join-waiting-list" : "booking.sessions.book",
                        Map.of("when", DateTexts.inSentence(when, language)));
                out.open("p").link(SitePaths.href(language, "book/" + session.id() + "/" + BookingQuestions.first(session)),
                        label).close("p");
            }
            out.close("li");
        }
        out.close("ul");
        return section.setContent(out);
    }
}
