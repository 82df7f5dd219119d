package uk.takingpart.booking.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.BookingAdministration.SessionBookings;
import uk.takingpart.booking.BookingAdministration.StaffBooking;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * Who is coming to a session, and what they need: a summary of access and communication needs
 * at the top and a "Needs" badge on every booking with any, so none is missed; the waiting list
 * in its order; attendance; the attendee list as CSV; and cancelling the session, after a
 * confirmation that says how many people will be emailed.
 */
@Route(value = "staff/sessions/:id([0-9]{1,18})/bookings", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class SessionBookingsView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph needsSummary = new Paragraph();
    final Paragraph status = new Paragraph();
    final DataTable confirmedTable = new DataTable();
    final DataTable waitingTable = new DataTable();
    final DataTable cancelledTable = new DataTable();
    final Map<String, NativeSelect> attendance = new LinkedHashMap<>();
    final NativeButton cancelSession = new NativeButton();
    final Div confirmation = new Div();
    final Paragraph confirmationText = new Paragraph();
    final NativeButton confirmCancel = new NativeButton();
    final NativeButton keepSession = new NativeButton();
    Anchor download;
    private final BookingAdministration administration;
    private final DateTexts dates;
    private final AuthenticationContext authentication;
    private long sessionId;
    private String activityTitle = "";

    SessionBookingsView(BookingAdministration administration, DateTexts dates, AuthenticationContext authentication) {
        this.administration = administration;
        this.dates = dates;
        this.authentication = authentication;
        addClassName("session-bookings");
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
        needsSummary.addClassName("needs-summary");
        cancelSession.addClassNames("button", "warning");
        cancelSession.addClickListener(e -> askToCancel());
        confirmCancel.addClassNames("button", "warning");
        confirmCancel.addClickListener(e -> cancel());
        keepSession.addClassNames("button", "secondary");
        keepSession.addClickListener(e -> {
            confirmation.setVisible(false);
            cancelSession.setVisible(true);
            cancelSession.focus();
        });
        confirmation.addClassName("confirmation");
        confirmation.setId("cancel-confirmation");
        confirmation.getElement().setAttribute("role", "alert");
        confirmation.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        status.setVisible(false);
        show();
    }

    private void show() {
        SessionBookings found = administration.bookings(sessionId, getLocale())
                .orElseThrow(() -> new NotFoundException("No session " + sessionId));
        SessionSummary session = found.session();
        activityTitle = session.activity().title().text();
        removeAll();
        attendance.clear();
        Anchor back = SessionListView.link("staff/activities/" + session.activity().slug() + "/sessions",
                getTranslation("booking.staff.bookings.back"));
        back.addClassName("back-link");
        heading.setText(title());
        add(back, heading, status);

        String when = dates.range(session.startsAt(), session.endsAt(), true, getLocale());
        String where = session.mode() == SessionMode.ONLINE ? getTranslation("booking.mode.online")
                : session.venueName().isEmpty() ? getTranslation("booking.mode.in-person") : session.venueName().text();
        add(new Paragraph(getTranslation("booking.staff.bookings.session", Map.of("when", DateTexts.inSentence(when, getLocale()), "where", where))),
                new Paragraph(getTranslation("booking.staff.bookings.places", Map.of("taken", session.placesTaken(),
                        "capacity", session.capacity(), "waiting", session.waiting()))));
        if (session.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("booking.staff.bookings.cancelled-notice"));
            cancelled.addClassName("notice");
            add(cancelled);
        }

        needsSummary.removeAll();
        if (found.withNeeds() == 0) {
            needsSummary.setText(getTranslation("booking.staff.bookings.needs.none"));
        } else {
            Span badge = badge();
            List<String> items = new ArrayList<>();
            found.needCounts().forEach((need, count) -> items.add(getTranslation("booking.staff.bookings.needs.item",
                    Map.of("need", needName(need), "count", count))));
            if (found.otherNeeds() > 0) {
                items.add(getTranslation("booking.staff.bookings.needs.other", Map.of("count", found.otherNeeds())));
            }
            needsSummary.add(badge, new Span(" " + getTranslation("booking.staff.bookings.needs.summary",
                    Map.of("count", found.withNeeds(), "needs", String.join(", ", items)))));
        }
        add(needsSummary);

        Locale language = getLocale();
        String staff = staff();
        long id = sessionId;
        download = new Anchor(downloadEvent -> {
            downloadEvent.setFileName("attendees-session-" + id + ".csv");
            downloadEvent.setContentType("text/csv;charset=utf-8");
            java.io.PrintWriter out = downloadEvent.getWriter();
            // the translations read the display preferences from the Vaadin session: hold its lock while writing
            downloadEvent.getSession().accessSynchronously(() -> administration.exportAttendees(id, language, out, staff));
        }, getTranslation("booking.staff.bookings.download"));
        download.addClassName("download-link");
        add(new Paragraph(download));

        boolean editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
        add(section("booking.staff.bookings.confirmed.heading", "confirmed"));
        if (found.confirmed().isEmpty()) {
            add(new Paragraph(getTranslation("booking.staff.bookings.confirmed.none")));
        } else {
            confirmedTable.columns(getTranslation("booking.staff.bookings.confirmed.caption"), column("reference"), column("name"),
                    column("places"), column("contact"), column("role"), column("needs"), column("talk-about"), column("attended"));
            for (StaffBooking b : found.confirmed()) {
                confirmedTable.row(b.reference(), b.name(), Integer.toString(b.places()), contact(b), role(b), needs(b),
                        asWritten(b.talkAbout() == null ? "" : b.talkAbout()), attended(b, editor && !session.cancelled()));
            }
            add(confirmedTable);
        }

        add(section("booking.staff.bookings.waiting.heading", "waiting"));
        if (found.waiting().isEmpty()) {
            add(new Paragraph(getTranslation("booking.staff.bookings.waiting.none")));
        } else {
            waitingTable.columns(getTranslation("booking.staff.bookings.waiting.caption"), column("position"), column("reference"),
                    column("name"), column("places"), column("contact"), column("role"), column("needs"), column("booked-at"));
            for (StaffBooking b : found.waiting()) {
                waitingTable.row(Integer.toString(b.waitingPosition()), b.reference(), b.name(), Integer.toString(b.places()),
                        contact(b), role(b), needs(b), dates.dateTime(b.bookedAt(), getLocale()));
            }
            add(waitingTable);
        }

        if (!found.cancelled().isEmpty()) {
            add(section("booking.staff.bookings.cancelled.heading", "cancelled"));
            cancelledTable.columns(getTranslation("booking.staff.bookings.cancelled.caption"), column("reference"), column("name"),
                    column("places"), column("contact"));
            for (StaffBooking b : found.cancelled()) {
                cancelledTable.row(b.reference(), b.name(), Integer.toString(b.places()), contact(b));
            }
            add(cancelledTable);
        }

        if (editor && !session.cancelled() && !session.started()) {
            cancelSession.setText(getTranslation("booking.staff.bookings.cancel.button"));
            cancelSession.setVisible(true);
            int withoutEmail = found.active() - found.toEmail();
            confirmationText.setText(getTranslation("booking.staff.bookings.cancel.confirm", Map.of("bookings", found.active(), "people", found.toEmail()))
                    + (withoutEmail == 0 ? "" : " " + getTranslation("booking.staff.bookings.cancel.no-email", Map.of("count", withoutEmail))));
            confirmCancel.setText(getTranslation("booking.staff.bookings.cancel.yes"));
            keepSession.setText(getTranslation("booking.staff.bookings.cancel.no"));
            Div buttons = new Div(confirmCancel, keepSession);
            buttons.addClassName("editor-actions");
            confirmation.removeAll();
            confirmation.add(confirmationText, buttons);
            confirmation.setVisible(false);
            Section cancel = section("booking.staff.bookings.cancel.heading", "cancel");
            cancel.add(new Paragraph(getTranslation("booking.staff.bookings.cancel.intro")), cancelSession, confirmation);
            add(cancel);
        }
    }

    private Section section(String key, String id) {
        H2 h2 = new H2(getTranslation(key));
        h2.setId("bookings-" + id);
        Section section = new Section(h2);
        section.getElement().setAttribute("aria-labelledby", "bookings-" + id);
        return section;
    }

    private String column(String name) {
        return getTranslation("booking.staff.bookings.column." + name);
    }

    private Span badge() {
        Span badge = new Span(getTranslation("booking.staff.bookings.needs.badge"));
        badge.addClassName("needs-badge");
        return badge;
    }

    private String needName(AccessNeed need) {
        return getTranslation("booking.need." + need.key());
    }

    private Component needs(StaffBooking b) {
        Component cell = needsCell(b);
        if (b.needsChangedAt() == null) {
            return cell;
        }
        // the person changed their needs after booking: say so, and when, so that nobody works from the old ones
        Paragraph changed = new Paragraph(getTranslation("booking.staff.bookings.needs.changed",
                Map.of("date", dates.dateTime(b.needsChangedAt(), getLocale()))));
        changed.addClassName("needs-changed");
        return new Div(cell, changed);
    }

    private Component needsCell(StaffBooking b) {
        if (!b.needs().any()) {
            return new Span(getTranslation("booking.staff.bookings.needs.no"));
        }
        List<String> words = new ArrayList<>();
        b.needs().needs().stream().sorted().forEach(n -> words.add(n == AccessNeed.SPOKEN_INTERPRETER && b.needs().interpreterLanguage() != null
                ? getTranslation("booking.staff.bookings.needs.interpreter", Map.of("language", b.needs().interpreterLanguage()))
                : needName(n)));
        Div cell = new Div(badge(), new Span(" " + String.join("; ", words)));
        if (b.needs().other() != null) {
            cell.add(new Span(words.isEmpty() ? " " : "; "), asWritten(b.needs().other()));
        }
        cell.addClassName("needs-cell");
        return cell;
    }

    /** What a person typed, with its line breaks kept (as text, never as markup). */
    static Span asWritten(String text) {
        Span span = new Span(text);
        span.addClassName("as-written");
        return span;
    }

    private String contact(StaffBooking b) {
        List<String> parts = new ArrayList<>();
        if (b.email() != null) {
            parts.add(b.email());
        }
        if (b.mobile() != null) {
            parts.add(new Contact(b.name(), null, b.mobile(), b.language(), b.format()).mobileForDisplay());
        }
        parts.add(getTranslation("booking.staff.bookings.language", Map.of("language",
                uk.takingpart.base.i18n.Languages.nativeName(b.language()))));
        if (b.format() != null && b.format() != uk.takingpart.booking.PreferredFormat.STANDARD) {
            parts.add(getTranslation("booking.format." + b.format().key()));
        }
        if (b.address() != null) {
            parts.add(getTranslation("booking.staff.bookings.address", Map.of("address", String.join(", ", b.address().lines()))));
        }
        return String.join(", ", parts);
    }

    private String role(StaffBooking b) {
        return b.role() == null ? "" : getTranslation("booking.role." + b.role().key());
    }

    private Component attended(StaffBooking b, boolean changeable) {
        String value = b.attended() == null ? "" : b.attended() ? "yes" : "no";
        if (!changeable) {
            return new Span(value.isEmpty() ? "" : getTranslation("booking.staff.bookings.attended." + value));
        }
        NativeSelect select = new NativeSelect("attended-" + b.reference());
        select.option("", getTranslation("booking.staff.bookings.attended.unknown"));
        select.option("yes", getTranslation("booking.staff.bookings.attended.yes"));
        select.option("no", getTranslation("booking.staff.bookings.attended.no"));
        select.setValue(value);
        select.addValueChangeListener(e -> {
            Boolean attended = e.getValue().isEmpty() ? null : e.getValue().equals("yes");
            administration.markAttendance(sessionId, b.reference(), attended, staff());
            status.setText(getTranslation("booking.staff.bookings.attendance-saved", Map.of("reference", b.reference())));
            status.setVisible(true);
        });
        attendance.put(b.reference(), select);
        NativeLabel label = new NativeLabel(getTranslation("booking.staff.bookings.attended.label", Map.of("reference", b.reference())));
        label.setFor(select);
        Div field = new Div(label, select);
        field.addClassName("field");
        return field;
    }

    void askToCancel() {
        cancelSession.setVisible(false);
        confirmation.setVisible(true);
        confirmation.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    void cancel() {
        int cancelled = administration.cancel(sessionId, staff());
        show();
        status.setText(getTranslation("booking.staff.bookings.cancel.done", Map.of("count", cancelled)));
        status.setVisible(true);
    }

    private String staff() {
        return authentication.getPrincipalName().orElseThrow();
    }

    @Override
    protected String title() {
        return getTranslation("booking.staff.bookings.title", Map.of("title", activityTitle));
    }
}
