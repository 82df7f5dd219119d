package uk.takingpart.notify.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.notify.Outbox;

/**
 * One email from the outbox, to read: its details, the plain text, and the HTML as the person
 * sees it. The HTML is shown in a sandboxed frame (no scripts, no forms, not this site's origin),
 * so nothing in an email can act on the back office.
 */
@Route(value = "staff/emails/:id([0-9]{1,18})", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class EmailView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Pre text = new Pre();
    final IFrame html = new IFrame();
    private final Outbox outbox;
    private final DateTexts dates;
    private String subject = "";

    EmailView(Outbox outbox, DateTexts dates) {
        this.outbox = outbox;
        this.dates = dates;
        addClassName("email-view");
        text.addClassName("email-text");
        html.addClassName("email-html");
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        Outbox.MessageContent email = outbox.read(id).orElseThrow(() -> new NotFoundException("No email " + id));
        Outbox.Message m = email.message();
        subject = m.subject();
        removeAll();
        Anchor back = new Anchor("staff/emails", getTranslation("notify.staff.email.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        heading.setText(m.subject());
        heading.getElement().setAttribute("lang", m.language());
        add(back, heading);

        DescriptionList details = new DescriptionList();
        detail(details, "notify.staff.outbox.recipient", m.recipient());
        detail(details, "notify.staff.outbox.created", dates.dateTime(m.createdAt(), getLocale()));
        detail(details, "notify.staff.outbox.status", getTranslation("notify.staff.status." + m.status().toLowerCase(Locale.ROOT))
                + (m.sentAt() == null ? "" : ", " + dates.dateTime(m.sentAt(), getLocale())));
        detail(details, "notify.staff.outbox.attempts", Integer.toString(m.attempts()));
        if (m.lastError() != null) {
            detail(details, "notify.staff.outbox.last-error", m.lastError());
        }
        if (email.attachmentName() != null) {
            detail(details, "notify.staff.email.attachment", email.attachmentName());
        }
        add(details);

        text.setText(email.text());
        text.getElement().setAttribute("lang", m.language());
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("aria-labelledby", "email-text-heading");
        H2 textHeading = new H2(getTranslation("notify.staff.email.text"));
        textHeading.setId("email-text-heading");
        add(new Section(textHeading, text));

        H2 htmlHeading = new H2(getTranslation("notify.staff.email.html"));
        if (email.html() == null) {
            add(new Section(htmlHeading, new Paragraph(getTranslation("notify.staff.email.no-html"))));
        } else {
            html.getElement().setAttribute("srcdoc", email.html());
            html.setTitle(getTranslation("notify.staff.email.html-frame", java.util.Map.of("subject", m.subject())));
            add(new Section(htmlHeading, html));
        }
    }

    private void detail(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    protected String title() {
        return getTranslation("notify.staff.email.title", java.util.Map.of("subject", subject));
    }
}
