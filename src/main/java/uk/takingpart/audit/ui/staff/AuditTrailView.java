package uk.takingpart.audit.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.audit.Verification;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/**
 * The audit trail for staff: filter by date, action, actor and activity; check that no entry has
 * been changed or removed; download what is shown as CSV. Checking and downloading are recorded.
 */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class AuditTrailView extends SitePage implements BeforeEnterObserver {
    static final int SHOWN = 200;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    final H1 heading = new H1();
    final Input from = new Input();
    final Input to = new Input();
    final NativeSelect action = new NativeSelect("audit-action");
    final Input actor = new Input();
    final Input activity = new Input();
    final NativeButton apply = new NativeButton();
    final NativeButton verify = new NativeButton();
    final Paragraph verification = new Paragraph();
    final Paragraph count = new Paragraph();
    final DataTable table = new DataTable();
    private final AuditTrail trail;
    private final DateTexts dates;
    private final AuthenticationContext authentication;
    private Anchor download;

    AuditTrailView(AuditTrail trail, DateTexts dates, AuthenticationContext authentication) {
        this.trail = trail;
        this.dates = dates;
        this.authentication = authentication;
        addClassName("audit-trail");
        from.setType("date");
        from.setId("audit-from");
        to.setType("date");
        to.setId("audit-to");
        actor.setId("audit-actor");
        actor.getElement().setAttribute("autocomplete", "off");
        activity.setId("audit-activity");
        activity.getElement().setAttribute("autocomplete", "off");
        apply.addClassName("button");
        apply.addClickListener(e -> showEntries());
        verify.addClassName("button");
        verify.addClassName("secondary");
        verify.addClickListener(e -> verifyTrail());
        verification.getElement().setAttribute("role", "status");
        verification.addClassName("verification");
        count.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        add(heading, new Paragraph(getTranslation("audit.staff.intro")));

        Section check = new Section(new H2(getTranslation("audit.staff.check.heading")),
                new Paragraph(getTranslation("audit.staff.check.intro")), verify, verification);
        verify.setText(getTranslation("audit.staff.check.button"));
        add(check);

        action.clearOptions();
        action.option("", getTranslation("activity.whats-on.filters.any"));
        for (AuditAction value : AuditAction.values()) {
            action.option(value.key(), getTranslation("audit.action." + value.key()));
        }
        apply.setText(getTranslation("audit.staff.filters.apply"));
        Div fields = new Div(field(from, "audit.staff.filters.from"), field(to, "audit.staff.filters.to"),
                field(action, "audit.staff.filters.action"), field(actor, "audit.staff.filters.actor"),
                field(activity, "audit.staff.filters.activity"));
        fields.addClassName("filter-controls");
        H2 filtersHeading = new H2(getTranslation("audit.staff.filters.heading"));
        filtersHeading.setId("audit-filters-heading");
        Section filters = new Section(filtersHeading, fields, apply);
        filters.addClassName("filters");
        filters.getElement().setAttribute("aria-labelledby", "audit-filters-heading");
        add(filters);

        download = new Anchor(downloadEvent -> {
            downloadEvent.setFileName("audit-trail.csv");
            downloadEvent.setContentType("text/csv;charset=utf-8");
            AuditFilter filter = filter();
            trail.exportCsv(filter, downloadEvent.getWriter());
            downloadEvent.getWriter().flush();
            trail.record(new AuditEvent(currentStaff(), AuditAction.AUDIT_EXPORTED, "audit-trail", null, filter.activitySlug(),
                    "Audit trail exported as CSV"));
        }, getTranslation("audit.staff.download"));
        download.addClassName("download-link");
        add(new Paragraph(download), count, table);
        showEntries();
    }

    private Actor currentStaff() {
        return Actor.staff(authentication.getPrincipalName().orElse("unknown"));
    }

    private Div field(Component input, String labelKey) {
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.setFor(input);
        Div field = new Div(label, input);
        field.addClassName("field");
        return field;
    }

    /** The filter the fields describe; a malformed date is ignored rather than failing. */
    AuditFilter filter() {
        return new AuditFilter(day(from.getValue(), 0), day(to.getValue(), 1),
                action.getValue().isEmpty() ? null : java.util.Arrays.stream(AuditAction.values())
                        .filter(a -> a.key().equals(action.getValue())).findFirst().orElse(null),
                actor.getValue().isBlank() ? null : actor.getValue().strip(),
                activity.getValue().isBlank() ? null : activity.getValue().strip());
    }

    private static Instant day(String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void showEntries() {
        List<AuditRecord> entries = trail.search(filter(), SHOWN);
        count.setText(getTranslation("audit.staff.count", Map.of("count", entries.size(), "limit", SHOWN)));
        table.columns(getTranslation("audit.staff.table.caption"), getTranslation("audit.staff.table.time"),
                getTranslation("audit.staff.table.actor"), getTranslation("audit.staff.table.action"),
                getTranslation("audit.staff.table.record"), getTranslation("audit.staff.table.summary"));
        for (AuditRecord entry : entries) {
            table.row(dates.dateTime(entry.occurredAt(), getLocale()),
                    entry.actor().name() != null ? entry.actor().name()
                            : getTranslation("audit.actor." + entry.actor().type().name().toLowerCase(java.util.Locale.ROOT)),
                    getTranslation("audit.action." + entry.action().key()),
                    entry.recordType() == null ? "" : entry.recordType() + (entry.recordId() == null ? "" : " " + entry.recordId()),
                    entry.summary());
        }
    }

    private void verifyTrail() {
        Verification result = trail.verify();
        verification.removeClassNames("verification-intact", "verification-broken");
        if (result.intact()) {
            verification.setText(getTranslation("audit.staff.check.intact", Map.of("count", result.entriesChecked())));
            verification.addClassName("verification-intact");
        } else {
            verification.setText(getTranslation("audit.staff.check.broken", Map.of("entry", result.firstBrokenEntryId() == null ? 0 : result.firstBrokenEntryId())));
            verification.addClassName("verification-broken");
        }
        trail.record(new AuditEvent(currentStaff(), AuditAction.AUDIT_VERIFIED, "audit-trail", null, null,
                result.intact() ? "Audit trail verified: intact, " + result.entriesChecked() + " entries"
                        : "Audit trail verified: broken at entry " + result.firstBrokenEntryId()));
    }

    @Override
    protected String title() {
        return getTranslation("audit.staff.title");
    }
}
