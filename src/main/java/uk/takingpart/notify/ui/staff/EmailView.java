package uk.takingpart.notify.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
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
 * sees it. The HTML is cleaned (jsoup's relaxed list: no scripts, forms, frames or event
 * handlers) and shown in a box with the email's language, its headings moved down two levels
 * so the page keeps one {@code <h1>}; nothing in an email can act on the back office.
 */
@Route(value = "staff/emails/:id([0-9]{1,18})", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class EmailView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Pre text = new Pre();
    final Div html = new Div();
    private final Outbox outbox;
    private final DateTexts dates;
    private String subject = "";

    EmailView(Outbox outbox, DateTexts dates) {
        this.outbox = outbox;
        this.dates = dates;
        addClassName("email-view");
        text.addClassName("email-text");
        html.addClassName("email-html");
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
                + (m.sentAt() == null ? "" : ", " + DateTexts.inSentence(dates.dateTime(m.sentAt(), getLocale()), getLocale())));
        detail(details, "notify.staff.outbox.attempts", Integer.toString(m.attempts()));
        if (m.lastError() != null) {
            detail(details, "notify.staff.outbox.last-error", m.lastError());
        }
        if (email.attachmentName() != null) {
            detail(details, "notify.staff.email.attachment", email.attachmentName());
        }
        add(details);

        text.setText(masked(email.text()));
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
            html.removeAll();
            html.getElement().setAttribute("lang", m.language());
            html.add(new com.vaadin.flow.component.Html("<div>" + preview(email.html()) + "</div>"));
            add(new Section(htmlHeading, html));
        }
    }

    /**
     * Hides the secret part of manage-booking links: whoever holds one can change someone's
     * booking, and reading an email here must not let staff act as the booker unrecorded.
     */
    static String masked(String body) {
        return body == null ? null : body.replaceAll("/bookings/[A-Za-z0-9_-]{20,64}", "/bookings/\u2026");
    }

    /** The email's body, cleaned of anything active, with h1 to h3 shown as h3 to h5. */
    static String preview(String emailHtml) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(masked(emailHtml));
        for (int level = 3; level >= 1; level--) {
            document.body().select("h" + level).tagName("h" + (level + 2));
        }
        return org.jsoup.Jsoup.clean(document.body().html(),
                org.jsoup.safety.Safelist.relaxed().addAttributes(":all", "style", "lang").addProtocols("a", "href", "http", "https", "mailto"));
    }

    private void detail(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    protected String title() {
        return getTranslation("notify.staff.email.title", java.util.Map.of("subject", subject));
    }
}
