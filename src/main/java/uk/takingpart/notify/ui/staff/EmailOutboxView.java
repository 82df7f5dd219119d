package uk.takingpart.notify.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.notify.Outbox;

/**
 * Every email the service has written, newest first, with whether it has gone. In demo mode no
 * mail server is set up, so this is where the mail can be read. Administrators only: emails hold
 * people's names and addresses.
 */
@Route(value = "staff/emails", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class EmailOutboxView extends SitePage implements BeforeEnterObserver {
    static final int SHOWN = 200;

    final H1 heading = new H1();
    final Paragraph count = new Paragraph();
    final DataTable table = new DataTable();
    private final Outbox outbox;
    private final DateTexts dates;

    EmailOutboxView(Outbox outbox, DateTexts dates) {
        this.outbox = outbox;
        this.dates = dates;
        addClassName("email-outbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        List<Outbox.Message> messages = outbox.newest(SHOWN);
        count.setText(getTranslation("notify.staff.outbox.count", Map.of("count", messages.size(), "limit", SHOWN)));
        add(heading, new Paragraph(getTranslation("notify.staff.outbox.intro")), count);
        table.columns(getTranslation("notify.staff.outbox.caption"), getTranslation("notify.staff.outbox.created"),
                getTranslation("notify.staff.outbox.recipient"), getTranslation("notify.staff.outbox.subject"),
                getTranslation("notify.staff.outbox.status"), getTranslation("notify.staff.outbox.attempts"),
                getTranslation("notify.staff.outbox.last-error"));
        for (Outbox.Message m : messages) {
            Anchor open = new Anchor("staff/emails/" + m.id(), m.subject());
            open.getElement().setAttribute("router-link", true);
            open.getElement().setAttribute("lang", m.language());
            table.row(dates.dateTime(m.createdAt(), getLocale()), m.recipient(), open, status(m), Integer.toString(m.attempts()),
                    m.lastError() == null ? "" : m.lastError());
        }
        add(table);
    }

    String status(Outbox.Message m) {
        return getTranslation("notify.staff.status." + m.status().toLowerCase(Locale.ROOT));
    }

    @Override
    protected String title() {
        return getTranslation("notify.staff.outbox.title");
    }
}
