package uk.takingpart.staff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.settings.SiteSettings;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/** Rules only an administrator may change, each change recorded in the audit trail. */
@Route(value = "staff/settings", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class SettingsView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Checkbox welshRequired = new Checkbox();
    final Paragraph status = new Paragraph();
    private final SiteSettings settings;
    private final AuditTrail audit;
    private final AuthenticationContext authentication;

    SettingsView(SiteSettings settings, AuditTrail audit, AuthenticationContext authentication) {
        this.settings = settings;
        this.audit = audit;
        this.authentication = authentication;
        status.getElement().setAttribute("role", "status");
        welshRequired.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                settings.setWelshRequiredToPublish(e.getValue());
                audit.record(new AuditEvent(Actor.staff(authentication.getPrincipalName().orElseThrow()), AuditAction.SETTING_CHANGED,
                        "setting", "welsh-required-to-publish", null,
                        e.getValue() ? "Welsh is required before publishing" : "Welsh is no longer required before publishing"));
                status.setText(getTranslation(e.getValue() ? "staff.settings.welsh.on" : "staff.settings.welsh.off"));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        welshRequired.setLabel(getTranslation("staff.settings.welsh.label"));
        welshRequired.setHelperText(getTranslation("staff.settings.welsh.hint"));
        welshRequired.setValue(settings.welshRequiredToPublish());
        status.setText("");
        add(heading, new Section(new H2(getTranslation("staff.settings.publishing")), welshRequired, status));
    }

    @Override
    protected String title() {
        return getTranslation("staff.settings.title");
    }
}
