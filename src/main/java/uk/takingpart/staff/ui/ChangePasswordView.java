package uk.takingpart.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.takingpart.base.security.Roles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.staff.PasswordPolicy;
import uk.takingpart.staff.SignInSteps;
import uk.takingpart.staff.StaffAccounts;

/**
 * A person changes their own password: the current one (or the temporary one an administrator gave
 * them), the new one twice. Open to signed-in staff from the menu, and during sign-in after an
 * administrator's reset, when nothing else opens until it is done.
 */
@Route(value = "staff/password", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ChangePasswordView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final StaffField current = new StaffField("current-password", "password", "current-password");
    final StaffField password = new StaffField("new-password", "password", "new-password");
    final StaffField confirmation = new StaffField("confirm-password", "password", "new-password");
    final NativeButton save = new NativeButton();
    final Paragraph status = new Paragraph();
    private final SignInSteps steps;
    private final StaffAccounts accounts;
    private final AuthenticationContext authentication;
    private String username;
    private SignInSteps.Pending pending;
    private boolean error;

    ChangePasswordView(SignInSteps steps, StaffAccounts accounts, AuthenticationContext authentication) {
        this.steps = steps;
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("change-password");
        save.getElement().setAttribute("type", "button");
        save.addClassName("button");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(confirmation.input);
        status.getElement().setAttribute("role", "status");
        status.addClassName("notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> signedIn = authentication.getPrincipalName();
        pending = null;
        if (!duringSignIn()) {
            username = signedIn.orElseThrow();
        } else if (signedIn.isPresent()) {
            event.forwardTo("staff");
            return;
        } else {
            var found = SignInStepPages.pendingAt(steps, StaffAccounts.SignInStep.CHANGE_PASSWORD, event);
            if (found.isEmpty()) {
                return;
            }
            pending = found.get();
            username = pending.username();
        }
        error = false;
        removeAll();
        errorSummary.hide();
        status.setText("");
        status.setVisible(false);
        heading.setText(title());
        current.label(getTranslation(pending != null ? "staff.change-password.current.temporary" : "staff.change-password.current"));
        password.label(getTranslation("staff.change-password.new"))
                .hint(getTranslation("staff.accounts.password.rule", Map.of("minimum", PasswordPolicy.MINIMUM_LENGTH)));
        confirmation.label(getTranslation("staff.change-password.confirm"));
        for (StaffField field : new StaffField[] {current, password, confirmation}) {
            field.error(null);
            field.input.setValue("");
        }
        save.setText(getTranslation("staff.change-password.save"));
        add(errorSummary, heading);
        if (pending != null) {
            add(new Paragraph(getTranslation("staff.change-password.required")));
        }
        add(status, current, password, confirmation, save);
    }

    private void save() {
        errorSummary.hide();
        status.setVisible(false);
        Map<StaffField, String> errors = new LinkedHashMap<>();
        for (StaffField field : new StaffField[] {current, password, confirmation}) {
            field.error(null);
        }
        if (current.value().isEmpty()) {
            errors.put(current, getTranslation("staff.change-password.error.current-empty"));
        }
        if (password.value().isEmpty()) {
            errors.put(password, getTranslation("staff.change-password.error.new-empty"));
        } else if (!password.value().equals(confirmation.value())) {
            errors.put(confirmation, getTranslation("staff.change-password.error.different"));
        }
        if (errors.isEmpty()) {
            try {
                accounts.changeOwnPassword(username, current.value(), password.value());
            } catch (StaffAccounts.WrongPasswordException wrong) {
                errors.put(current, getTranslation("staff.change-password.error.current-wrong"));
            } catch (StaffAccounts.WeakPasswordException weak) {
                errors.put(password, getTranslation("staff.password.error." + weak.problem().key()));
            }
        }
        if (!errors.isEmpty()) {
            error = true;
            Map<String, String> summary = new LinkedHashMap<>();
            errors.forEach((field, message) -> {
                field.error(message);
                summary.put(field.id(), message);
            });
            errorSummary.show(summary);
            UI.getCurrent().getPage().setTitle(getPageTitle());
            return;
        }
        for (StaffField field : new StaffField[] {current, password, confirmation}) {
            field.input.setValue("");
        }
        error = false;
        UI.getCurrent().getPage().setTitle(getPageTitle());
        if (pending != null) {
            StaffAccounts.SignInStep next = steps.stepDone(pending, false, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            UI.getCurrent().getPage().setLocation(SignInSteps.path(next));
            return;
        }
        status.setText(getTranslation("staff.change-password.done"));
        status.setVisible(true);
    }

    /** Whether this is the page for the step of a sign-in, rather than the page a signed-in person opens from the menu. */
    boolean duringSignIn() {
        return false;
    }

    @Override
    protected String title() {
        return getTranslation("staff.change-password.title");
    }

    @Override
    public String getPageTitle() {
        String title = super.getPageTitle();
        return error ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }

    /** The same page as a step of signing in, before the person is signed in: open only with a right password in this session. */
    @Route(value = "staff/sign-in/new-password", layout = StaffLayout.class)
    @AnonymousAllowed
    static class SignInNewPasswordView extends ChangePasswordView {
        SignInNewPasswordView(SignInSteps steps, StaffAccounts accounts, AuthenticationContext authentication) {
            super(steps, accounts, authentication);
        }

        @Override
        boolean duringSignIn() {
            return true;
        }
    }
}
