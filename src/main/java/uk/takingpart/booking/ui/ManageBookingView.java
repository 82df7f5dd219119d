package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingStatus;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.ManagedBooking;
import uk.takingpart.booking.SessionMode;

/**
 * A booking's own page, reached only through the unguessable link in the confirmation: see it,
 * add it to a calendar, change the number of places, or cancel it (the place is freed at once).
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/bookings/:token([A-Za-z0-9_-]{1,64})", layout = MainLayout.class)
class ManageBookingView extends SitePage implements BeforeEnterObserver {
    private final BookingService bookings;
    private final DateTexts dates;
    private final Languages languages;
    private String token;
    /** What was typed in the needs form while it has errors; null otherwise. */
    private Needs needsTyped;
    private Map<String, String> needsErrors = Map.of();
    /** What was typed in the contact form while it has errors; null otherwise. */
    private Map<String, String> contactTyped;
    private Map<String, String> contactErrors = Map.of();
    private String title = "";
    private String placesError;
    private String placesTyped;
    private String notice;
    private boolean confirmingCancel;

    ManageBookingView(BookingService bookings, DateTexts dates, Languages languages) {
        this.bookings = bookings;
        this.dates = dates;
        this.languages = languages;
        addClassName("manage-booking");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        placesError = null;
        placesTyped = null;
        clearDetailErrors();
        notice = null;
        confirmingCancel = false;
        render();
        if (event.getTrigger() != com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD) {
            focusHeading();
        }
    }

    private void render() {
        removeAll();
        Optional<ManagedBooking> found = bookings.byManageLink(token, getLocale());
        if (found.isEmpty()) {
            title = getTranslation("booking.manage.not-found.title");
            add(new H1(title), new Paragraph(getTranslation("booking.manage.not-found.text")));
            Anchor home = new Anchor(SitePaths.href(getLocale(), ""), getTranslation("booking.manage.not-found.home"));
            home.getElement().setAttribute("router-link", true);
            add(new Paragraph(home));
            return;
        }
        ManagedBooking booking = found.get();
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        title = getTranslation("booking.manage.title");
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        Paragraph status = new Paragraph(getTranslation("booking.status." + booking.status().key()));
        status.addClassNames("status", "booking-status-" + booking.status().key());
        add(status);
        if (notice != null) {
            Paragraph message = new Paragraph(notice);
            message.addClassName("notice");
            message.setId("manage-notice");
            message.getElement().setAttribute("role", "status");
            message.getElement().setAttribute("tabindex", "-1");
            add(message);
            // the page was rebuilt: take focus to what changed, so it is read out
            message.getElement().executeJs("setTimeout(() => this.focus(), 0)");
        }
        add(summary(this, booking, dates, getLocale()));
        if (booking.status() == BookingStatus.WAITING) {
            add(new Paragraph(getTranslation("booking.done.next.waiting", Map.of("position", booking.waitingPosition()))));
        }
        if (!booking.cancelled()) {
            addCalendarAndManage(this, booking, bookings, getLocale(), false);
        }
        if (booking.changeable()) {
            if (!booking.session().timeToListen() && booking.session().maxPlaces() > 1) {
                addChangePlaces(booking);
            }
            addChangeNeeds(booking);
            addChangeContact(booking);
            addCancel(booking);
        } else if (!booking.cancelled()) {
            add(new Paragraph(getTranslation("booking.manage.not-changeable")));
        }
        if (booking.cancelled()) {
            addWayOn(booking);
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (placesError != null) {
            problems.put("places", placesError);
        }
        problems.putAll(needsErrors);
        problems.putAll(contactErrors);
        if (!problems.isEmpty()) {
            summary.show(problems);
        }
        // the title says "Error:" exactly while the error summary does
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void clearPlacesError() {
        placesError = null;
        placesTyped = null;
        clearDetailErrors();
    }

    private void clearDetailErrors() {
        needsTyped = null;
        needsErrors = Map.of();
        contactTyped = null;
        contactErrors = Map.of();
    }

    private boolean hasErrors() {
        return placesError != null || !needsErrors.isEmpty() || !contactErrors.isEmpty();
    }

    /** Change the access and communication needs: the staff are told of the change. */
    private void addChangeNeeds(ManagedBooking booking) {
        add(new H2(getTranslation("booking.manage.needs.heading")));
        Needs shown = needsTyped != null ? needsTyped : booking.needs();
        Map<AccessNeed, NativeChoice> boxes = new java.util.LinkedHashMap<>();
        java.util.List<Component> items = new java.util.ArrayList<>();
        Input interpreterLanguage = new Input();
        interpreterLanguage.setId("interpreter-language");
        interpreterLanguage.getElement().setAttribute("name", "interpreter-language");
        interpreterLanguage.getElement().setAttribute("autocomplete", "off");
        interpreterLanguage.setValue(shown.interpreterLanguage() == null ? typedInterpreter() : shown.interpreterLanguage());
        Div interpreterField = Questions.field(interpreterLanguage, getTranslation("booking.needs.interpreter-language"), null,
                needsErrors.get("interpreter-language"));
        interpreterField.addClassName("conditional");
        for (AccessNeed need : AccessNeed.values()) {
            NativeChoice box = NativeChoice.checkbox(boxes.isEmpty() ? "needs" : "need-" + need.key(), "needs", need.key());
            box.setValue(shown.needs().contains(need));
            boxes.put(need, box);
            items.add(Questions.choice(box, getTranslation("booking.need." + need.key()), null));
            if (need == AccessNeed.SPOKEN_INTERPRETER) {
                // hidden, not left out: the box's aria-controls must name an element that exists
                interpreterField.setId("interpreter-language-field");
                interpreterField.getElement().setAttribute("hidden", !box.getValue());
                box.getElement().setAttribute("aria-controls", "interpreter-language-field");
                box.addValueChangeListener(e -> interpreterField.getElement().setAttribute("hidden", !e.getValue()));
                items.add(interpreterField);
            }
        }
        NativeTextArea other = new NativeTextArea("other-needs", 4);
        other.setValue(needsTyped != null ? typedOther : shown.other() == null ? "" : shown.other());
        NativeButton save = new NativeButton(getTranslation("booking.manage.needs.save"));
        save.getElement().setAttribute("type", "submit");
        save.addClassName("button");
        add(Questions.form(() -> {
            java.util.Set<AccessNeed> chosen = java.util.EnumSet.noneOf(AccessNeed.class);
            boxes.forEach((need, box) -> {
                if (box.getValue()) {
                    chosen.add(need);
                }
            });
            Needs wanted = new Needs(chosen, interpreterLanguage.getValue(), other.getValue());
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            wanted.problems().forEach((field, key) -> problems.put(field, getTranslation(key)));
            placesError = null;
            placesTyped = null;
            contactTyped = null;
            contactErrors = Map.of();
            if (!problems.isEmpty()) {
                needsTyped = wanted;
                typedOther = other.getValue();
                typedInterpreterLanguage = interpreterLanguage.getValue();
                needsErrors = problems;
                notice = null;
                render();
                return;
            }
            needsTyped = null;
            needsErrors = Map.of();
            notice = switch (bookings.changeNeeds(token, wanted)) {
                case CHANGED -> getTranslation(booking.contact().email() == null ? "booking.manage.needs.changed.no-email"
                        : "booking.manage.needs.changed");
                case UNCHANGED -> getTranslation("booking.manage.unchanged");
                default -> getTranslation("booking.manage.not-changeable");
            };
            render();
        }, Questions.fieldset("needs-group", getTranslation("booking.needs.title"), false, getTranslation("booking.needs.hint"), null,
                        items.toArray(Component[]::new)),
                Questions.field(other, getTranslation("booking.needs.other"), getTranslation("booking.needs.other.hint"),
                        needsErrors.get("other-needs")),
                save));
    }

    private String typedOther = "";
    private String typedInterpreterLanguage = "";

    private String typedInterpreter() {
        return needsTyped != null ? typedInterpreterLanguage : "";
    }

    /** Change email, mobile, language, format and (for a format sent by post) postal address. */
    private void addChangeContact(ManagedBooking booking) {
        add(new H2(getTranslation("booking.manage.contact.heading")));
        Map<String, String> values = contactTyped != null ? contactTyped : ContactFields.values(booking.contact());
        ContactFields fields = new ContactFields(this::getTranslation, languages, getLocale(), values::get, contactErrors::get);
        NativeButton save = new NativeButton(getTranslation("booking.manage.contact.save"));
        save.getElement().setAttribute("type", "submit");
        save.addClassName("button");
        java.util.List<Component> parts = new java.util.ArrayList<>(fields.fields());
        parts.add(save);
        add(Questions.form(() -> {
            Map<String, String> typed = fields.typed(getLocale());
            Contact wanted = ContactFields.contact(booking.contact().name(), typed::get, getLocale());
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            wanted.problems().forEach((field, key) -> problems.put(field, getTranslation(key)));
            placesError = null;
            placesTyped = null;
            needsTyped = null;
            needsErrors = Map.of();
            if (!problems.isEmpty()) {
                contactTyped = typed;
                contactErrors = problems;
                notice = null;
                render();
                return;
            }
            contactTyped = null;
            contactErrors = Map.of();
            notice = switch (bookings.changeContact(token, wanted)) {
                case CHANGED -> getTranslation(wanted.email() == null ? "booking.manage.contact.changed.no-email"
                        : "booking.manage.contact.changed");
                case UNCHANGED -> getTranslation("booking.manage.unchanged");
                default -> getTranslation("booking.manage.not-changeable");
            };
            render();
        }, parts.toArray(Component[]::new)));
    }

    /** After a cancellation: where a person can go next (another session, or everything on). */
    private void addWayOn(ManagedBooking booking) {
        Markup out = new Markup();
        out.open("h2").text(getTranslation("booking.manage.next.heading")).close("h2");
        out.open("ul", "class", "way-on");
        out.open("li").link(SitePaths.href(getLocale(), "activities/" + booking.session().activity().slug()),
                getTranslation("booking.manage.next.activity", Map.of("title", booking.session().activity().title().text()))).close("li");
        out.open("li").link(SitePaths.href(getLocale(), ""), getTranslation("booking.manage.next.whats-on")).close("li");
        out.close("ul");
        add(new HtmlBlock("div", out));
    }

    private void addChangePlaces(ManagedBooking booking) {
        add(new H2(getTranslation("booking.manage.places.heading")));
        Input places = new Input();
        places.setId("places");
        places.getElement().setAttribute("inputmode", "numeric");
        places.getElement().setAttribute("autocomplete", "off");
        places.addClassName("input-short");
        places.setValue(placesTyped != null ? placesTyped : String.valueOf(booking.places()));
        NativeButton save = new NativeButton(getTranslation("booking.manage.places.save"));
        save.getElement().setAttribute("type", "submit");
        save.addClassName("button");
        add(Questions.form(() -> {
            placesTyped = places.getValue();
            int wanted;
            try {
                wanted = Integer.parseInt(placesTyped.strip());
            } catch (NumberFormatException e) {
                placesError = getTranslation(placesTyped.isBlank() ? "booking.error.places.required" : "booking.error.places.not-a-number");
                render();
                return;
            }
            BookingService.Change result = bookings.changePlaces(token, wanted);
            switch (result) {
                case CHANGED -> {
                    placesError = null;
                    placesTyped = null;
                    notice = getTranslation(booking.contact().email() == null ? "booking.manage.places.changed.no-email"
                            : "booking.manage.places.changed", Map.of("count", wanted));
                }
                case UNCHANGED -> {
                    placesError = null;
                    notice = getTranslation("booking.manage.places.unchanged");
                }
                case NOT_ENOUGH_PLACES -> placesError = getTranslation("booking.error.places.not-enough",
                        Map.of("count", booking.session().placesLeft() + booking.places()));
                case TOO_MANY_PLACES -> placesError = wanted < 1 ? getTranslation("booking.error.places.too-few")
                        : getTranslation("booking.error.places.too-many", Map.of("max", booking.session().maxPlaces()));
                default -> notice = getTranslation("booking.manage.not-changeable");
            }
            render();
        }, Questions.field(places, getTranslation("booking.manage.places.label"),
                getTranslation("booking.places.hint", Map.of("max", booking.session().maxPlaces())), placesError), save));
    }

    private void addCancel(ManagedBooking booking) {
        add(new H2(getTranslation("booking.manage.cancel.heading")));
        if (!confirmingCancel) {
            add(new Paragraph(getTranslation(booking.status() == BookingStatus.WAITING
                    ? "booking.manage.cancel.text.waiting" : "booking.manage.cancel.text")));
            NativeButton cancel = new NativeButton(getTranslation("booking.manage.cancel.button"));
            cancel.addClassNames("button", "button-warning");
            cancel.addClickListener(e -> {
                // the number of places is no longer the question: its old error goes
                clearPlacesError();
                confirmingCancel = true;
                render();
                getElement().executeJs("setTimeout(() => { const q = document.getElementById('cancel-question'); if (q) q.focus(); }, 0)");
            });
            add(cancel);
            return;
        }
        Paragraph question = new Paragraph(getTranslation("booking.manage.cancel.confirm-question"));
        question.setId("cancel-question");
        question.getElement().setAttribute("tabindex", "-1");
        question.addClassName("warning-text");
        NativeButton yes = new NativeButton(getTranslation("booking.manage.cancel.yes"));
        yes.addClassNames("button", "button-warning");
        yes.addClickListener(e -> {
            boolean cancelled = bookings.cancel(token);
            confirmingCancel = false;
            clearPlacesError();
            notice = getTranslation(!cancelled ? "booking.manage.not-changeable"
                    : booking.contact().email() == null ? "booking.manage.cancelled.no-email" : "booking.manage.cancelled");
            render();
        });
        NativeButton no = new NativeButton(getTranslation("booking.manage.cancel.no"));
        no.addClassName("button-secondary");
        no.addClickListener(e -> {
            confirmingCancel = false;
            render();
        });
        Div buttons = new Div(yes, no);
        buttons.addClassName("button-group");
        add(question, buttons);
    }

    /** The booking's facts: reference, session, places or who, contact, needs. */
    static HtmlBlock summary(Component context, ManagedBooking booking, DateTexts dates, Locale language) {
        Markup out = new Markup();
        SessionDetails.row(out, context.getTranslation("email.detail.event"));
        SessionDetails.text(out, booking.session().activity().title());
        out.close("dd");
        SessionDetails.rows(out, context, booking.session(), dates, language, false, true, true);
        SessionDetails.row(out, context.getTranslation("email.detail.reference")).text(booking.reference()).close("dd");
        if (booking.role() != null) {
            SessionDetails.row(out, context.getTranslation("booking.check.who"))
                    .text(context.getTranslation("booking.role." + booking.role().key())).close("dd");
        } else {
            SessionDetails.row(out, context.getTranslation("booking.check.places")).text(String.valueOf(booking.places())).close("dd");
        }
        // what the person told us they need, shown back so they can check it (and ask us to change it)
        SessionDetails.row(out, context.getTranslation("booking.manage.needs"));
        if (booking.needs().needs().isEmpty()) {
            out.text(context.getTranslation("booking.check.none"));
        } else {
            out.open("ul", "class", "plain-list");
            booking.needs().needs().stream().sorted().forEach(need -> out.element("li",
                    context.getTranslation("booking.need." + need.key())
                            + (need == AccessNeed.SPOKEN_INTERPRETER && booking.needs().interpreterLanguage() != null
                            ? ": " + booking.needs().interpreterLanguage() : "")));
            out.close("ul");
        }
        out.close("dd");
        if (booking.needs().other() != null && !booking.needs().other().isBlank()) {
            SessionDetails.row(out, context.getTranslation("booking.manage.other-needs"))
                    .element("span", booking.needs().other().strip(), "class", "as-written").close("dd");
        }
        // how we will reach them, as they told us
        Contact contact = booking.contact();
        if (contact.email() != null) {
            SessionDetails.row(out, context.getTranslation("booking.contact.email")).text(contact.email()).close("dd");
        }
        if (contact.mobile() != null) {
            SessionDetails.row(out, context.getTranslation("booking.contact.mobile")).text(contact.mobileForDisplay()).close("dd");
        }
        SessionDetails.row(out, context.getTranslation("email.detail.language"))
                .element("span", Languages.nativeName(contact.language()), "lang", contact.language().toLanguageTag()).close("dd");
        SessionDetails.row(out, context.getTranslation("email.detail.format"))
                .text(context.getTranslation("booking.format." + contact.format().key())).close("dd");
        if (contact.address() != null) {
            SessionDetails.row(out, context.getTranslation("booking.address.title"))
                    .element("span", String.join("\n", contact.address().lines()), "class", "as-written postal-address").close("dd");
        }
        if (booking.talkAbout() != null && !booking.talkAbout().isBlank()) {
            SessionDetails.row(out, context.getTranslation("booking.manage.talk-about"))
                    .element("span", booking.talkAbout().strip(), "class", "as-written").close("dd");
        }
        if (booking.joiningLink() != null && booking.session().mode() == SessionMode.ONLINE) {
            SessionDetails.row(out, context.getTranslation("email.detail.joining-link"))
                    .element("a", booking.joiningLink(), "href", booking.joiningLink()).close("dd");
        }
        return new HtmlBlock("dl", out).className("activity-facts");
    }

    /** "Add to calendar" (for a booking with a place) and, on the confirmation page, the manage link. */
    static void addCalendarAndManage(com.vaadin.flow.component.HasComponents page, ManagedBooking booking, BookingService bookings,
                                     Locale language) {
        addCalendarAndManage(page, booking, bookings, language, true);
    }

    private static void addCalendarAndManage(com.vaadin.flow.component.HasComponents page, ManagedBooking booking, BookingService bookings,
                                             Locale language, boolean withManageLink) {
        Component context = (Component) page;
        if (booking.status() == BookingStatus.CONFIRMED) {
            String token = booking.manageToken();
            Anchor calendar = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] ics = bookings.calendarFile(token, language).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(ics), "booking-" + booking.reference() + ".ics",
                        "text/calendar", ics.length);
            }), context.getTranslation("booking.done.calendar"));
            calendar.getElement().setAttribute("download", true);
            calendar.addClassName("calendar-link");
            page.add(new H2(context.getTranslation("booking.done.calendar.heading")), new Paragraph(calendar));
        }
        if (withManageLink) {
            page.add(new H2(context.getTranslation("booking.done.manage.heading")));
            Anchor manage = new Anchor(SitePaths.href(language, "bookings/" + booking.manageToken()), context.getTranslation("booking.done.manage"));
            manage.getElement().setAttribute("router-link", true);
            page.add(new Paragraph(manage), new Paragraph(context.getTranslation("booking.done.manage.keep")));
        }
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return !hasErrors() ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
    }
}
