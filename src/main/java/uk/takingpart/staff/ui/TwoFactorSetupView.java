package uk.takingpart.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.takingpart.base.security.Roles;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.staff.SignInSteps;
import uk.takingpart.staff.StaffAccounts;
import uk.takingpart.staff.StaffTwoFactor;

/**
 * Setting up two-step sign-in: a QR code for the authenticator app and the same key as text, in
 * groups, for anyone who cannot scan; a first code confirms it; then the recovery codes, shown once.
 * Open to a signed-in member of staff (from the menu) and, during sign-in, to someone whose role
 * requires two-step sign-in and who has not set it up: they reach nothing else until it is done.
 */
@Route(value = "staff/two-factor", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class TwoFactorSetupView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final StaffField code = new StaffField("code", "text", "one-time-code");
    final NativeButton confirm = new NativeButton();
    final Span secret = new Span();
    final Paragraph status = new Paragraph();
    private final SignInSteps steps;
    private final StaffTwoFactor twoFactor;
    private final AuthenticationContext authentication;
    private final DateTexts dates;
    private String username;
    private SignInSteps.Pending pending;
    private StaffTwoFactor.Enrolment enrolment;
    private boolean error;

    TwoFactorSetupView(SignInSteps steps, StaffTwoFactor twoFactor, AuthenticationContext authentication, DateTexts dates) {
        this.steps = steps;
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        this.dates = dates;
        addClassName("two-factor-setup");
        code.input.getElement().setAttribute("inputmode", "numeric");
        code.input.getElement().setAttribute("pattern", "[0-9 ]*");
        code.input.getElement().setAttribute("maxlength", "8");
        code.input.addClassName("input-code");
        confirm.getElement().setAttribute("type", "button");
        confirm.addClassName("button");
        confirm.addClickListener(e -> confirm());
        confirm.addClickShortcut(Key.ENTER).listenOn(code.input);
        secret.setId("secret");
        secret.addClassName("secret-key");
        status.getElement().setAttribute("role", "status");
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
            var found = SignInStepPages.pendingAt(steps, StaffAccounts.SignInStep.ENROL, event);
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
        Optional<java.time.Instant> enrolledAt = twoFactor.enrolledAt(username);
        if (enrolledAt.isPresent()) {
            heading.setText(title());
            add(heading, new Paragraph(getTranslation("staff.two-factor.on", Map.of("date", dates.date(enrolledAt.get(), getLocale())))),
                    new Paragraph(getTranslation("staff.two-factor.codes-left", Map.of("count", twoFactor.recoveryCodesLeft(username)))),
                    new Paragraph(getTranslation("staff.two-factor.lost")));
            return;
        }
        enrolment = twoFactor.newEnrolment(username, getTranslation("common.service.name"));
        heading.setText(title());
        add(errorSummary, heading);
        if (pending != null) {
            add(new Paragraph(getTranslation("staff.two-factor.required")));
        }
        add(new Paragraph(getTranslation("staff.two-factor.intro")));

        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(enrolment.address()).getBytes(StandardCharsets.UTF_8)),
                getTranslation("staff.two-factor.qr.alt"));
        qr.addClassName("qr-code");
        qr.setWidth("220px");
        qr.setHeight("220px");
        secret.setText(enrolment.grouped());
        secret.getElement().setAttribute("lang", "en");
        OrderedList list = new OrderedList(
                new ListItem(getTranslation("staff.two-factor.step.app")),
                new ListItem(new Paragraph(getTranslation("staff.two-factor.step.scan")), qr,
                        new Paragraph(new Span(getTranslation("staff.two-factor.step.type") + " "), secret)),
                new ListItem(getTranslation("staff.two-factor.step.code")));
        list.addClassName("steps");
        code.label(getTranslation("staff.sign-in.code.label")).hint(getTranslation("staff.sign-in.code.hint"));
        code.error(null);
        confirm.setText(getTranslation("staff.two-factor.confirm"));
        add(list, code, confirm);
    }

    private void confirm() {
        errorSummary.hide();
        code.error(null);
        String typed = code.value() == null ? "" : code.value().replaceAll("\\s", "");
        if (typed.isEmpty()) {
            fail(getTranslation("staff.sign-in.code.error.empty"));
            return;
        }
        if (!typed.matches("\\d{6}")) {
            fail(getTranslation("staff.two-factor.error.format"));
            return;
        }
        Optional<List<String>> codes = twoFactor.enrol(username, enrolment.secret(), typed);
        if (codes.isEmpty()) {
            fail(getTranslation("staff.two-factor.error.wrong"));
            return;
        }
        showRecoveryCodes(codes.get());
    }

    private void showRecoveryCodes(List<String> codes) {
        error = false;
        removeAll();
        heading.setText(getTranslation("staff.two-factor.done.heading"));
        UI.getCurrent().getPage().setTitle(getTranslation("common.title.pattern",
                Map.of("page", heading.getText(), "service", getTranslation("common.service.name"))));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        list.getElement().setAttribute("lang", "en");
        codes.forEach(c -> list.add(new ListItem(c)));
        NativeButton onward = new NativeButton(getTranslation("staff.two-factor.done.continue"), e -> onward());
        onward.addClassName("button");
        onward.setId("continue");
        add(heading, new Paragraph(getTranslation("staff.two-factor.done.saved")),
                new Section(new H2(getTranslation("staff.two-factor.done.codes")),
                        new Paragraph(getTranslation("staff.two-factor.done.codes-hint", Map.of("count", codes.size()))), list),
                new Paragraph(getTranslation("staff.two-factor.done.warning")), onward);
        focusHeading();
    }

    private void onward() {
        if (pending == null) {
            UI.getCurrent().getPage().setLocation("staff");
            return;
        }
        // the first code, just confirmed, was this sign-in's second step
        StaffAccounts.SignInStep next = steps.stepDone(pending, true, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation(SignInSteps.path(next));
    }

    private void fail(String message) {
        error = true;
        code.error(message);
        errorSummary.show(Map.of(code.id(), message));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** The QR code as SVG: one path of dark modules, with a quiet zone of four modules. */
    static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    /** Whether this is the page for the step of a sign-in, rather than the page a signed-in person opens from the menu. */
    boolean duringSignIn() {
        return false;
    }

    @Override
    protected String title() {
        return getTranslation("staff.two-factor.title");
    }

    @Override
    public String getPageTitle() {
        String title = super.getPageTitle();
        return error ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }

    /** The same page as a step of signing in, before the person is signed in: open only with a right password in this session. */
    @Route(value = "staff/sign-in/two-factor", layout = StaffLayout.class)
    @AnonymousAllowed
    static class SignInTwoFactorView extends TwoFactorSetupView {
        SignInTwoFactorView(SignInSteps steps, StaffTwoFactor twoFactor, AuthenticationContext authentication, DateTexts dates) {
            super(steps, twoFactor, authentication, dates);
        }

        @Override
        boolean duringSignIn() {
            return true;
        }
    }
}
