package uk.takingpart.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.staff.PasswordPolicy;
import uk.takingpart.staff.StaffAccounts;
import uk.takingpart.staff.StaffRole;
import uk.takingpart.staff.StaffTwoFactor;

/** Administrators add staff, change roles and unlock accounts; every change is audited. */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class StaffAccountsView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<StaffRole> role = new Select<>();
    final PasswordField password = new PasswordField();
    final NativeButton add = new NativeButton();
    final DataTable list = new DataTable();
    final Paragraph temporaryPassword = new Paragraph();
    private final StaffAccounts accounts;
    private final StaffTwoFactor twoFactor;
    private final AuthenticationContext authentication;

    StaffAccountsView(StaffAccounts accounts, StaffTwoFactor twoFactor, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        temporaryPassword.setId("temporary-password");
        temporaryPassword.addClassName("notice");
        temporaryPassword.setVisible(false);
        this.authentication = authentication;
        addClassName("staff-accounts");
        status.getElement().setAttribute("role", "status");
        add.addClassName("button");
        add.addClickListener(e -> addAccount());
        username.setId("new-username");
        displayName.setId("new-name");
        role.setId("new-role");
        password.setId("new-password");
        password.getElement().setAttribute("autocomplete", "new-password");
        username.getElement().setAttribute("autocomplete", "off");
        role.setItems(StaffRole.values());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        errorSummary.hide();
        status.setText("");
        temporaryPassword.setVisible(false);
        temporaryPassword.removeAll();
        username.setLabel(getTranslation("staff.accounts.username"));
        displayName.setLabel(getTranslation("staff.accounts.name"));
        role.setLabel(getTranslation("staff.accounts.role"));
        role.setItemLabelGenerator(r -> getTranslation("staff.role." + r.key()));
        role.setValue(StaffRole.EDITOR);
        password.setLabel(getTranslation("staff.accounts.password"));
        password.setHelperText(getTranslation("staff.accounts.password.hint", Map.of("minimum", PasswordPolicy.MINIMUM_LENGTH)));
        add.setText(getTranslation("staff.accounts.add"));
        Div fields = new Div(username, displayName, role, password);
        fields.addClassName("editor-grid");
        add(heading, errorSummary, status, temporaryPassword, new Section(new H2(getTranslation("staff.accounts.list")), list),
                new Section(new H2(getTranslation("staff.accounts.new")), fields, add));
        showAccounts();
    }

    private String me() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private void showAccounts() {
        list.columns(getTranslation("staff.accounts.list"), getTranslation("staff.accounts.username"),
                getTranslation("staff.accounts.name"), getTranslation("staff.accounts.role"), getTranslation("staff.accounts.state"),
                getTranslation("staff.accounts.sign-in"));
        for (StaffAccounts.AccountSummary account : accounts.list()) {
            Select<StaffRole> roleChoice = new Select<>();
            roleChoice.setItems(StaffRole.values());
            roleChoice.setItemLabelGenerator(r -> getTranslation("staff.role." + r.key()));
            roleChoice.setValue(account.role());
            roleChoice.setAriaLabel(getTranslation("staff.accounts.role-of", Map.of("name", account.username())));
            roleChoice.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    accounts.changeRole(account.username(), e.getValue(), me());
                    status.setText(getTranslation("staff.accounts.role-changed", Map.of("name", account.username())));
                } catch (StaffAccounts.LastAdministratorException last) {
                    roleChoice.setValue(e.getOldValue());
                    showError(getTranslation("staff.accounts.error.last-admin"), roleChoice.getId().orElse(""));
                }
            });
            roleChoice.setId("role-" + account.username());
            Div state = new Div();
            if (account.locked()) {
                NativeButton unlock = new NativeButton(getTranslation("staff.accounts.unlock"), e -> {
                    accounts.unlock(account.username(), me());
                    status.setText(getTranslation("staff.accounts.unlocked", Map.of("name", account.username())));
                    showAccounts();
                });
                unlock.addClassName("link-button");
                state.add(new com.vaadin.flow.component.html.Span(getTranslation("staff.accounts.locked") + " "), unlock);
            } else {
                state.setText(getTranslation("staff.accounts.active"));
            }
            list.row(account.username(), account.displayName(), roleChoice, state, signInCell(account));
        }
    }

    /** Two-step sign-in on or off, and the resets: a new temporary password, or removing two-step sign-in (a lost phone). */
    private Div signInCell(StaffAccounts.AccountSummary account) {
        Div cell = new Div();
        cell.addClassName("sign-in-state");
        cell.add(new Paragraph(getTranslation(account.twoFactor() ? "staff.accounts.two-factor.on" : "staff.accounts.two-factor.off")));
        if (account.mustChangePassword()) {
            cell.add(new Paragraph(getTranslation("staff.accounts.must-change")));
        }
        NativeButton reset = new NativeButton(getTranslation("staff.accounts.reset-password"), e -> {
            String temporary = accounts.resetPassword(account.username(), me());
            showAccounts();
            temporaryPassword.removeAll();
            com.vaadin.flow.component.html.Span code = new com.vaadin.flow.component.html.Span(temporary);
            code.addClassName("secret-key");
            code.setId("temporary-password-value");
            temporaryPassword.add(new com.vaadin.flow.component.html.Span(
                    getTranslation("staff.accounts.reset-password.done", Map.of("name", account.username())) + " "), code);
            temporaryPassword.add(new Paragraph(getTranslation("staff.accounts.reset-password.advice")));
            temporaryPassword.setVisible(true);
            temporaryPassword.getElement().setAttribute("tabindex", "-1");
            temporaryPassword.getElement().executeJs("setTimeout(() => this.focus(), 0)");
        });
        reset.addClassName("link-button");
        reset.setId("reset-password-" + account.username());
        reset.setAriaLabel(getTranslation("staff.accounts.reset-password.of", Map.of("name", account.username())));
        cell.add(reset);
        if (account.twoFactor()) {
            NativeButton resetTwoFactor = new NativeButton(getTranslation("staff.accounts.reset-two-factor"), e -> {
                twoFactor.reset(account.username(), me());
                showAccounts();
                status.setText(getTranslation("staff.accounts.reset-two-factor.done", Map.of("name", account.username())));
            });
            resetTwoFactor.addClassName("link-button");
            resetTwoFactor.setId("reset-two-factor-" + account.username());
            resetTwoFactor.setAriaLabel(getTranslation("staff.accounts.reset-two-factor.of", Map.of("name", account.username())));
            cell.add(resetTwoFactor);
        }
        return cell;
    }

    private void addAccount() {
        errorSummary.hide();
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
        if (username.getValue().isBlank()) {
            username.setErrorMessage(getTranslation("staff.accounts.error.username"));
            username.setInvalid(true);
            showError(username.getErrorMessage(), username.getId().orElse(""));
            return;
        }
        if (displayName.getValue().isBlank()) {
            displayName.setErrorMessage(getTranslation("staff.accounts.error.name"));
            displayName.setInvalid(true);
            showError(displayName.getErrorMessage(), displayName.getId().orElse(""));
            return;
        }
        try {
            accounts.create(new StaffAccounts.NewAccount(username.getValue(), displayName.getValue().strip(), role.getValue(),
                    password.getValue()), me());
            status.setText(getTranslation("staff.accounts.added", Map.of("name", username.getValue().strip())));
            username.clear();
            displayName.clear();
            password.clear();
            showAccounts();
        } catch (StaffAccounts.WeakPasswordException weak) {
            password.setErrorMessage(getTranslation("staff.password.error." + weak.problem().key()));
            password.setInvalid(true);
            showError(password.getErrorMessage(), password.getId().orElse(""));
        } catch (org.springframework.dao.DataIntegrityViolationException taken) {
            username.setErrorMessage(getTranslation("staff.accounts.error.taken"));
            username.setInvalid(true);
            showError(username.getErrorMessage(), username.getId().orElse(""));
        }
    }

    private void showError(String message, String fieldId) {
        errorSummary.show(Map.of(fieldId, message));
    }

    @Override
    protected String title() {
        return getTranslation("staff.accounts.title");
    }
}
