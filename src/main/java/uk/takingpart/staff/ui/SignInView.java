package uk.takingpart.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import uk.takingpart.base.security.SecurityConfiguration;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeForm;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.staff.SignInSteps;
import uk.takingpart.staff.StaffAccounts;

/**
 * Staff sign-in: an ordinary HTML form the browser posts itself, so password managers, paste and
 * autofill all work. Errors are summarised at the top (which takes focus) and beside the field,
 * and the username typed is kept.
 */
@Route(value = SecurityConfiguration.SIGN_IN, layout = StaffLayout.class)
@AnonymousAllowed
class SignInView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Input username = new Input();
    final Input password = new Input();
    final NativeButton submit = new NativeButton();
    private final AuthenticationContext authentication;
    private final StaffAccounts accounts;
    private final SignInSteps steps;
    private String error;

    SignInView(AuthenticationContext authentication, StaffAccounts accounts, SignInSteps steps) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.steps = steps;
        addClassName("sign-in");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("staff");
            return;
        }
        var query = event.getLocation().getQueryParameters().getParameters();
        var session = com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        if (query.containsKey("restart")) {
            steps.cancel(session);
        } else {
            // a right password and a step still to take (a code, a new password, setting up two-step sign-in): go on with it
            var pending = steps.pending(session);
            if (pending.isPresent()) {
                event.forwardTo(SignInSteps.path(steps.step(pending.get())));
                return;
            }
        }
        error = query.containsKey("locked") ? "locked" : query.containsKey("error") ? "wrong" : null;
        removeAll();
        if (error != null) {
            ErrorSummary summary = new ErrorSummary();
            add(summary);
            summary.show(Map.of("username", message()));
        }
        heading.setText(getTranslation("staff.sign-in.heading"));
        add(heading);
        if (query.containsKey("signed-out")) {
            Paragraph notice = new Paragraph(getTranslation("staff.sign-in.signed-out"));
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }

        username.setId("username");
        username.getElement().setAttribute("name", "username");
        username.getElement().setAttribute("autocomplete", "username");
        username.getElement().setAttribute("autocapitalize", "none");
        username.getElement().setAttribute("spellcheck", "false");
        username.getElement().setAttribute("required", true);
        Object kept = VaadinSession.getCurrent().getSession().getAttribute(StaffAccounts.LAST_USERNAME_ATTRIBUTE);
        username.setValue(kept instanceof String typed ? typed : "");
        password.setId("password");
        password.setType("password");
        password.getElement().setAttribute("name", "password");
        password.getElement().setAttribute("autocomplete", "current-password");
        password.getElement().setAttribute("required", true);
        submit.setText(getTranslation("staff.sign-in.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("button");

        NativeForm form = new NativeForm("post", SecurityConfiguration.SIGN_IN,
                field(username, "staff.sign-in.username"), field(password, "staff.sign-in.password"), submit);
        add(form, new Paragraph(getTranslation("staff.sign-in.help")));
    }

    private String message() {
        return "locked".equals(error)
                ? getTranslation("staff.sign-in.error.locked", Map.of("minutes", accounts.lockDuration().toMinutes()))
                : getTranslation("staff.sign-in.error.wrong");
    }

    private Div field(Input input, String labelKey) {
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.setFor(input);
        Div field = new Div(label);
        field.addClassName("field");
        if (error != null && input == username) {
            Paragraph message = new Paragraph(new Span(getTranslation("common.error.prefix") + " "), new Span(message()));
            message.getChildren().findFirst().orElseThrow().getElement().getClassList().add("visually-hidden");
            message.setId("username-error");
            message.addClassName("error-message");
            input.getElement().setAttribute("aria-describedby", "username-error");
            input.getElement().setAttribute("aria-invalid", "true");
            field.addClassName("field-error");
            field.add(message);
        }
        field.add(input);
        return field;
    }

    @Override
    protected String title() {
        return getTranslation("staff.sign-in.title");
    }

    @Override
    public String getPageTitle() {
        String title = super.getPageTitle();
        return error == null ? title : getTranslation("common.error.title-prefix", Map.of("title", title));
    }
}
