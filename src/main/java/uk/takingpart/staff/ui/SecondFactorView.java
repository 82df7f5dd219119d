package uk.takingpart.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.web.RateLimits;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.staff.SignInSteps;
import uk.takingpart.staff.StaffAccounts;
import uk.takingpart.staff.StaffTwoFactor;

/**
 * The second step of signing in: the 6-digit code from the person's authenticator app, or one of
 * their recovery codes. Reached only with a right password in this session (else back to sign-in);
 * nothing in the back office opens until this succeeds. Paste and autofill of the code work.
 */
@Route(value = "staff/sign-in/code", layout = StaffLayout.class)
@AnonymousAllowed
class SecondFactorView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final StaffField code = new StaffField("code", "text", "one-time-code");
    final NativeButton submit = new NativeButton();
    final StaffField recoveryCode = new StaffField("recovery-code", "text", "off");
    final NativeButton submitRecovery = new NativeButton();
    final Paragraph confirmation = new Paragraph();
    private final SignInSteps steps;
    private final StaffTwoFactor twoFactor;
    private final DateTexts dates;
    private final RateLimits rateLimits;
    private SignInSteps.Pending pending;
    private boolean error;

    SecondFactorView(SignInSteps steps, StaffTwoFactor twoFactor, DateTexts dates, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.steps = steps;
        this.twoFactor = twoFactor;
        this.dates = dates;
        addClassName("sign-in");
        code.input.getElement().setAttribute("inputmode", "numeric");
        code.input.getElement().setAttribute("pattern", "[0-9 ]*");
        code.input.getElement().setAttribute("maxlength", "8");
        code.input.addClassName("input-code");
        submit.getElement().setAttribute("type", "button");
        submit.addClassName("button");
        submit.addClickListener(e -> check(code));
        submit.addClickShortcut(Key.ENTER).listenOn(code.input);
        submitRecovery.getElement().setAttribute("type", "button");
        submitRecovery.addClassName("button");
        submitRecovery.addClassName("secondary");
        submitRecovery.addClickListener(e -> check(recoveryCode));
        submitRecovery.addClickShortcut(Key.ENTER).listenOn(recoveryCode.input);
        confirmation.getElement().setAttribute("role", "status");
        confirmation.addClassName("notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = SignInStepPages.pendingAt(steps, StaffAccounts.SignInStep.SECOND_FACTOR, event);
        if (found.isEmpty()) {
            return;
        }
        pending = found.get();
        error = false;
        removeAll();
        errorSummary.hide();
        heading.setText(title());
        code.label(getTranslation("staff.sign-in.code.label")).hint(getTranslation("staff.sign-in.code.hint"));
        code.error(null);
        submit.setText(getTranslation("staff.sign-in.code.submit"));
        recoveryCode.label(getTranslation("staff.sign-in.recovery.label")).hint(getTranslation("staff.sign-in.recovery.hint"));
        recoveryCode.error(null);
        submitRecovery.setText(getTranslation("staff.sign-in.recovery.submit"));
        NativeDetails recovery = new NativeDetails(getTranslation("staff.sign-in.recovery.summary"));
        recovery.setId("recovery");
        recovery.setContent(new com.vaadin.flow.component.html.Div(recoveryCode, submitRecovery));
        add(errorSummary, heading, new Paragraph(getTranslation("staff.sign-in.code.intro")), code, submit, recovery,
                new Paragraph(new Anchor("staff/sign-in?restart", getTranslation("staff.sign-in.restart"))));
    }

    private void check(StaffField field) {
        errorSummary.hide();
        code.error(null);
        recoveryCode.error(null);
        String typed = field.value() == null ? "" : field.value().strip();
        if (typed.isEmpty()) {
            fail(field, getTranslation(field == code ? "staff.sign-in.code.error.empty" : "staff.sign-in.recovery.error.empty"));
            return;
        }
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var found = steps.pending(request.getSession(false));
        if (found.isEmpty()) {
            UI.getCurrent().getPage().setLocation("staff/sign-in?expired");
            return;
        }
        pending = found.get();
        StaffTwoFactor.Verification result = twoFactor.verify(pending.username(), typed, rateLimits.clientAddress(request));
        switch (result.outcome()) {
            case TOO_MANY_TRIES -> fail(field, getTranslation("staff.sign-in.code.error.too-many",
                    Map.of("time", dates.time(result.tryAgainAt(), getLocale()))));
            case WRONG -> fail(field, getTranslation(field == code ? "staff.sign-in.code.error.wrong" : "staff.sign-in.recovery.error.wrong"));
            case ACCEPTED -> go(steps.stepDone(pending, true, request, VaadinServletResponse.getCurrent().getHttpServletResponse()));
            case RECOVERY_CODE_ACCEPTED -> {
                StaffAccounts.SignInStep next = steps.stepDone(pending, true, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
                removeAll();
                heading.setText(getTranslation("staff.sign-in.recovery.used.heading"));
                confirmation.setText(getTranslation("staff.sign-in.recovery.used", Map.of("count", result.recoveryCodesLeft())));
                NativeButton onward = new NativeButton(getTranslation("common.journey.continue"), e -> go(next));
                onward.addClassName("button");
                onward.setId("continue");
                add(heading, confirmation, new Paragraph(getTranslation("staff.sign-in.recovery.used.advice")), onward);
                focusHeading();
            }
        }
    }

    private void go(StaffAccounts.SignInStep next) {
        // a full load, so the page is built for the new sign-in (or the next step)
        UI.getCurrent().getPage().setLocation(SignInSteps.path(next));
    }

    private void fail(StaffField field, String message) {
        error = true;
        field.error(message);
        errorSummary.show(Map.of(field.id(), message));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    protected String title() {
        return getTranslation("staff.sign-in.code.title");
    }

    @Override
    public String getPageTitle() {
        String title = super.getPageTitle();
        return error ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }
}
