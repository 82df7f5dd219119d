package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.MainLayout;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.base.web.SessionLifetimes;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookerRole;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingStatus;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.ManagedBooking;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PreferredFormat;
import uk.takingpart.booking.SessionMode;
import uk.takingpart.booking.SessionSummary;

/**
 * Booking a session, one question per page (the GOV.UK question-page pattern): how many places
 * (or, for Time to Listen, who is coming), contact details, access and communication needs,
 * check your answers, then the confirmation. Every page has a back link; answers live in
 * {@link BookingDraft} until the person confirms, and what they type is never lost.
 */
@AnonymousAllowed
@Route(value = SitePaths.LANG + "/book/:session([0-9]{1,12})/:step([a-z]{2,12})", layout = MainLayout.class)
class BookingJourneyView extends SitePage implements BeforeEnterObserver {

    enum Step {
        PLACES, WHO, CONTACT, NEEDS, CHECK, FULL, DONE;

        String key() { return CodeKeys.key(name()); }
    }

    private final BookingService bookings;
    private final DateTexts dates;
    private final Languages languages;
    private final SessionLifetimes lifetimes;
    private SessionSummary session;
    private BookingDraft draft;
    private Step step;
    private boolean changing;
    private String title = "";
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean focusHeading;

    BookingJourneyView(BookingService bookings, DateTexts dates, Languages languages, SessionLifetimes lifetimes) {
        this.bookings = bookings;
        this.dates = dates;
        this.languages = languages;
        this.lifetimes = lifetimes;
        addClassName("booking-journey");
    }

    /** The first question for a session: who is coming (Time to Listen), how many places, or contact details. */
    static Step firstStep(SessionSummary session) {
        if (session.timeToListen()) {
            return Step.WHO;
        }
        return session.maxPlaces() > 1 ? Step.PLACES : Step.CONTACT;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("session").orElse(-1L);
        session = bookings.session(id, getLocale()).orElseThrow(() -> new NotFoundException("No session " + id));
        step = CodeKeys.parse(Step.class, event.getRouteParameters().get("step").orElse("")).orElseThrow(NotFoundException::new);
        changing = event.getLocation().getQueryParameters().getParameters().containsKey("change");
        errors.clear();
        focusHeading = event.getTrigger() != com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD;
        boolean recheck = event.getLocation().getQueryParameters().getParameters().containsKey("recheck");

        if (step == Step.DONE) {
            draft = BookingDraft.finished(id);
            if (draft == null) {
                event.forwardTo(path(firstStep(session)));
                return;
            }
            renderDone();
            return;
        }
        if (!session.bookable()) {
            renderUnavailable();
            return;
        }
        draft = BookingDraft.current(id);
        // the answers live only in this session until they are sent: keep it as long as staff sessions
        lifetimes.keepForJourney(VaadinSession.getCurrent().getSession());
        if (draft.manageToken != null) {
            draft = BookingDraft.restart(id);
        }
        Step missing = firstUnanswered();
        if (missing != null && missing.ordinal() < step.ordinal() || !applies(step)) {
            event.forwardTo(path(missing == null ? firstStep(session) : missing));
            return;
        }
        if (step == Step.CHECK || step == Step.FULL) {
            // an answer left wrong (by Back after an error, or another session's limit) is never booked
            Step wrong = firstWithProblems();
            if (wrong != null) {
                event.forwardTo(path(wrong), QueryParameters.simple(Map.of("change", "", "recheck", "")));
                return;
            }
        } else if (recheck) {
            errors.putAll(problems(step));
        }
        render();
    }

    /** The first question whose saved answer is not right now, or null. */
    private Step firstWithProblems() {
        for (Step question : List.of(firstStep(session), Step.CONTACT, Step.NEEDS)) {
            if (!problems(question).isEmpty()) {
                return question;
            }
        }
        return null;
    }

    /** What is wrong with the saved answer to a question, by field, in words. */
    private Map<String, String> problems(Step question) {
        Map<String, String> found = new LinkedHashMap<>();
        switch (question) {
            case PLACES -> {
                String problem = placesProblem(draft.places);
                if (problem != null) {
                    found.put("places", problem);
                }
            }
            case WHO -> {
                if (draft.role == null) {
                    found.put("role", getTranslation("booking.error.role.required"));
                }
            }
            case CONTACT -> draft.contact(getLocale()).problems().forEach((field, key) -> found.put(field, getTranslation(key)));
            case NEEDS -> {
                draft.accessNeeds().problems().forEach((field, key) -> found.put(field, getTranslation(key)));
                if (draft.talkAbout != null && draft.talkAbout.strip().length() > 2000) {
                    found.put("talk-about", getTranslation("booking.error.other-needs.too-long"));
                }
            }
            default -> { }
        }
        return found;
    }

    private boolean applies(Step s) {
        return switch (s) {
            case PLACES -> firstStep(session) == Step.PLACES;
            case WHO -> session.timeToListen();
            default -> true;
        };
    }

    /** The first question not yet answered, or null when all are. */
    private Step firstUnanswered() {
        Step first = firstStep(session);
        if (first == Step.PLACES && draft.places == null || first == Step.WHO && draft.role == null) {
            return first;
        }
        if (!draft.contactAnswered) {
            return Step.CONTACT;
        }
        return draft.needsAnswered ? null : Step.NEEDS;
    }

    private void render() {
        removeAll();
        add(Questions.backLink(backHref(), getTranslation("booking.back")));
        ErrorSummary summary = new ErrorSummary();
        add(summary);
        switch (step) {
            case PLACES -> renderPlaces();
            case WHO -> renderWho();
            case CONTACT -> renderContact();
            case NEEDS -> renderNeeds();
            case CHECK -> renderCheck();
            case FULL -> renderFull();
            default -> throw new NotFoundException();
        }
        if (!errors.isEmpty()) {
            summary.show(new LinkedHashMap<>(errors));
            UI.getCurrent().getPage().setTitle(getPageTitle());
        } else if (focusHeading) {
            focusHeading();
        }
    }

    private String backHref() {
        if (changing) {
            return path(Step.CHECK);
        }
        List<Step> order = new ArrayList<>(List.of(firstStep(session)));
        if (order.getFirst() != Step.CONTACT) {
            order.add(Step.CONTACT);
        }
        order.addAll(List.of(Step.NEEDS, Step.CHECK));
        int at = step == Step.FULL ? order.size() : order.indexOf(step);
        return at <= 0 ? SitePaths.href(getLocale(), "activities/" + session.activity().slug() + "/book") : path(order.get(at - 1));
    }

    private String path(Step target) {
        return SitePaths.href(getLocale(), "book/" + session.id() + "/" + target.key());
    }

    private void next(Step natural) {
        UI.getCurrent().navigate(changing && draft.needsAnswered ? path(Step.CHECK) : path(natural));
    }

    // ---- Questions ----

    private void renderPlaces() {
        title = getTranslation("booking.places.title");
        Input places = new Input();
        places.setId("places");
        places.getElement().setAttribute("name", "places");
        places.getElement().setAttribute("inputmode", "numeric");
        places.getElement().setAttribute("autocomplete", "off");
        places.getElement().setAttribute("spellcheck", "false");
        places.addClassName("input-short");
        places.setValue(draft.places == null ? "" : draft.places);
        String hint = getTranslation("booking.places.hint", Map.of("max", session.maxPlaces()))
                + " " + SessionDetails.placesLeft(this, session) + ".";
        add(intro());
        add(form(List.of(Questions.field(places, title, true, hint, errors.get("places")), button("booking.continue")), () -> {
            draft.places = places.getValue();
            String problem = placesProblem(places.getValue());
            if (problem != null) {
                errors.put("places", problem);
                render();
                return;
            }
            next(Step.CONTACT);
        }));
    }

    private Component intro() {
        Paragraph about = new Paragraph(getTranslation("booking.journey.booking-for", Map.of(
                "event", session.activity().title().text(), "when", DateTexts.inSentence(SessionDetails.when(session, dates, getLocale()), getLocale()))));
        about.addClassName("caption");
        return about;
    }

    private String placesProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return getTranslation("booking.error.places.required");
        }
        int n;
        try {
            n = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return getTranslation("booking.error.places.not-a-number");
        }
        if (n < 1) {
            return getTranslation("booking.error.places.too-few");
        }
        if (n > session.maxPlaces()) {
            return getTranslation("booking.error.places.too-many", Map.of("max", session.maxPlaces()));
        }
        return null;
    }

    private void renderWho() {
        title = getTranslation("booking.who.title");
        List<NativeChoice> radios = new ArrayList<>();
        List<Component> items = new ArrayList<>();
        for (BookerRole role : BookerRole.values()) {
            NativeChoice radio = NativeChoice.radio(role == BookerRole.values()[0] ? "role" : "role-" + role.key(), "role", role.key());
            radio.setValue(role == draft.role);
            radios.add(radio);
            items.add(Questions.choice(radio, getTranslation("booking.role." + role.key()), null));
        }
        NativeChoice.exclusive(radios);
        Div question = Questions.fieldset("role-group", title, true, getTranslation("booking.who.hint"), errors.get("role"),
                items.toArray(Component[]::new));
        add(intro());
        add(form(List.of(question, button("booking.continue")), () -> {
            draft.role = NativeChoice.selected(radios).flatMap(v -> CodeKeys.parse(BookerRole.class, v)).orElse(null);
            if (draft.role == null) {
                errors.put("role", getTranslation("booking.error.role.required"));
                render();
                return;
            }
            next(Step.CONTACT);
        }));
    }

    private void renderContact() {
        title = getTranslation("booking.contact.title");
        H1 heading = new H1(title);
        Paragraph why = new Paragraph(getTranslation("booking.contact.intro"));
        Input name = text("name", draft.name, "name");
        Input email = text("email", draft.email, "email");
        email.setType("email");
        email.getElement().setAttribute("spellcheck", "false");
        email.getElement().setAttribute("autocapitalize", "none");
        Input mobile = text("mobile", draft.mobile, "tel");
        mobile.setType("tel");

        List<NativeChoice> languageRadios = new ArrayList<>();
        List<Component> languageItems = new ArrayList<>();
        Locale chosen = draft.language == null ? getLocale() : Locale.forLanguageTag(draft.language);
        boolean firstLanguage = true;
        for (Locale language : languages.supported()) {
            NativeChoice radio = NativeChoice.radio(firstLanguage ? "language" : "language-" + language.getLanguage(), "language",
                    language.getLanguage());
            firstLanguage = false;
            radio.setValue(language.getLanguage().equals(chosen.getLanguage()));
            languageRadios.add(radio);
            Div item = Questions.choice(radio, Languages.nativeName(language), null);
            item.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.NativeLabel).findFirst()
                    .ifPresent(label -> label.getElement().setAttribute("lang", language.toLanguageTag()));
            languageItems.add(item);
        }
        NativeChoice.exclusive(languageRadios);

        NativeSelect format = new NativeSelect("format");
        PreferredFormat current = draft.format == null ? PreferredFormat.STANDARD : draft.format;
        format.setValue(current.key());
        for (PreferredFormat f : PreferredFormat.values()) {
            format.option(f.key(), getTranslation("booking.format." + f.key()));
        }

        add(intro(), heading, why, form(List.of(
                Questions.field(name, getTranslation("booking.contact.name"), null, errors.get("name")),
                Questions.field(email, getTranslation("booking.contact.email"), getTranslation("booking.contact.email.hint"), errors.get("email")),
                Questions.field(mobile, getTranslation("booking.contact.mobile"), getTranslation("booking.contact.mobile.hint"), errors.get("mobile")),
                Questions.fieldset("language-group", getTranslation("booking.contact.language"), false, null, null,
                        languageItems.toArray(Component[]::new)),
                Questions.field(format, getTranslation("booking.contact.format"), getTranslation("booking.contact.format.hint"), null),
                button("booking.continue")), () -> {
                    draft.name = name.getValue();
                    draft.email = email.getValue();
                    draft.mobile = mobile.getValue();
                    draft.language = NativeChoice.selected(languageRadios).orElse(getLocale().getLanguage());
                    draft.format = CodeKeys.parse(PreferredFormat.class, format.getValue()).orElse(PreferredFormat.STANDARD);
                    Contact contact = draft.contact(getLocale());
                    Map<String, String> problems = contact.problems();
                    if (!problems.isEmpty()) {
                        problems.forEach((field, key) -> errors.put(field, getTranslation(key)));
                        render();
                        return;
                    }
                    // keep the tidied form (a mobile number written +447...)
                    draft.name = contact.name();
                    draft.email = contact.email();
                    draft.mobile = contact.mobile() == null ? null : contact.mobileForDisplay();
                    draft.contactAnswered = true;
                    next(Step.NEEDS);
                }));
        heading.getElement().setAttribute("tabindex", "-1");
    }

    private Input text(String id, String value, String autocomplete) {
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.setValue(value == null ? "" : value);
        return input;
    }

    private void renderNeeds() {
        title = getTranslation("booking.needs.title");
        List<Component> items = new ArrayList<>();
        Map<AccessNeed, NativeChoice> boxes = new LinkedHashMap<>();
        Input interpreterLanguage = text("interpreter-language", draft.interpreterLanguage, "off");
        Div interpreterField = Questions.field(interpreterLanguage, getTranslation("booking.needs.interpreter-language"), null,
                errors.get("interpreter-language"));
        interpreterField.addClassName("conditional");
        boolean firstNeed = true;
        for (AccessNeed need : AccessNeed.values()) {
            NativeChoice box = NativeChoice.checkbox(firstNeed ? "needs" : "need-" + need.key(), "needs", need.key());
            firstNeed = false;
            box.setValue(draft.needs.contains(need));
            boxes.put(need, box);
            items.add(Questions.choice(box, getTranslation("booking.need." + need.key()), null));
            if (need == AccessNeed.SPOKEN_INTERPRETER) {
                interpreterField.setVisible(box.getValue());
                box.getElement().setAttribute("aria-controls", "interpreter-language-field");
                interpreterField.setId("interpreter-language-field");
                box.addValueChangeListener(e -> interpreterField.setVisible(e.getValue()));
                items.add(interpreterField);
            }
        }
        Div question = Questions.fieldset("needs-group", title, true, getTranslation("booking.needs.hint"), null,
                items.toArray(Component[]::new));
        NativeTextArea other = new NativeTextArea("other-needs", 4);
        other.setValue(draft.otherNeeds == null ? "" : draft.otherNeeds);
        List<Component> parts = new ArrayList<>(List.of(question,
                Questions.field(other, getTranslation("booking.needs.other"), getTranslation("booking.needs.other.hint"), errors.get("other-needs"))));
        NativeTextArea talk = new NativeTextArea("talk-about", 5);
        if (session.timeToListen()) {
            talk.setValue(draft.talkAbout == null ? "" : draft.talkAbout);
            parts.add(Questions.field(talk, getTranslation("booking.needs.talk-about"), getTranslation("booking.needs.talk-about.hint"),
                    errors.get("talk-about")));
        }
        parts.add(button("booking.continue"));
        add(intro());
        add(form(parts, () -> {
            EnumSet<AccessNeed> chosen = EnumSet.noneOf(AccessNeed.class);
            boxes.forEach((need, box) -> {
                if (box.getValue()) {
                    chosen.add(need);
                }
            });
            draft.needs = chosen;
            draft.interpreterLanguage = interpreterLanguage.getValue();
            draft.otherNeeds = other.getValue();
            if (session.timeToListen()) {
                draft.talkAbout = talk.getValue();
            }
            Needs needs = draft.accessNeeds();
            needs.problems().forEach((field, key) -> errors.put(field, getTranslation(key)));
            if (draft.talkAbout != null && draft.talkAbout.strip().length() > 2000) {
                errors.put("talk-about", getTranslation("booking.error.other-needs.too-long"));
            }
            if (!errors.isEmpty()) {
                render();
                return;
            }
            draft.needsAnswered = true;
            UI.getCurrent().navigate(path(Step.CHECK));
        }));
    }

    // ---- Check, full, done ----

    private void renderCheck() {
        title = getTranslation("booking.check.title");
        H1 heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        Locale language = getLocale();

        add(new H2(getTranslation("booking.check.session")));
        DescriptionList sessionList = summaryList();
        row(sessionList, getTranslation("email.detail.event"), SessionDetails.text(session.activity().title()), null, null);
        row(sessionList, getTranslation("booking.session.when"), new Span(SessionDetails.when(session, dates, language)),
                SitePaths.href(language, "activities/" + session.activity().slug() + "/book?from=" + session.id()),
                getTranslation("booking.check.change.session"));
        row(sessionList, getTranslation("booking.session.where"), SessionDetails.where(this, session), null, null);
        if (session.leaderName() != null) {
            Span leader = new Span(session.leaderName());
            if (!session.leaderRole().isEmpty()) {
                leader.add(new Span(", "), SessionDetails.text(session.leaderRole()));
            }
            row(sessionList, getTranslation("booking.session.leader"), leader, null, null);
        }
        Step first = firstStep(session);
        if (first == Step.PLACES) {
            row(sessionList, getTranslation("booking.check.places"), new Span(draft.places.strip()), path(Step.PLACES) + "?change",
                    getTranslation("booking.check.change.places"));
        } else if (first == Step.WHO) {
            row(sessionList, getTranslation("booking.check.who"), new Span(getTranslation("booking.role." + draft.role.key())),
                    path(Step.WHO) + "?change", getTranslation("booking.check.change.who"));
        }
        add(sessionList);

        add(new H2(getTranslation("booking.check.details")));
        DescriptionList details = summaryList();
        String contactChange = path(Step.CONTACT) + "?change";
        row(details, getTranslation("booking.contact.name"), new Span(draft.name), contactChange, getTranslation("booking.check.change.name"));
        row(details, getTranslation("booking.contact.email"), new Span(orNone(draft.email)), contactChange, getTranslation("booking.check.change.email"));
        row(details, getTranslation("booking.contact.mobile"), new Span(orNone(draft.mobile)), contactChange, getTranslation("booking.check.change.mobile"));
        Locale preferred = draft.contact(language).language();
        Span languageName = new Span(Languages.nativeName(preferred));
        languageName.getElement().setAttribute("lang", preferred.toLanguageTag());
        row(details, getTranslation("booking.contact.language"), languageName, contactChange, getTranslation("booking.check.change.language"));
        row(details, getTranslation("booking.contact.format"), new Span(getTranslation("booking.format." + draft.contact(language).format().key())),
                contactChange, getTranslation("booking.check.change.format"));
        add(details);

        add(new H2(getTranslation("booking.check.needs")));
        DescriptionList needsList = summaryList();
        String needsChange = path(Step.NEEDS) + "?change";
        row(needsList, getTranslation("booking.check.needs.chosen"), needsText(draft.accessNeeds()), needsChange, getTranslation("booking.check.change.needs"));
        row(needsList, getTranslation("booking.needs.other"), new Span(orNone(draft.accessNeeds().other())), needsChange,
                getTranslation("booking.check.change.other-needs"));
        if (session.timeToListen()) {
            row(needsList, getTranslation("booking.needs.talk-about"), new Span(orNone(draft.talkAbout == null ? null : draft.talkAbout.strip())),
                    needsChange, getTranslation("booking.check.change.talk-about"));
        }
        add(needsList);

        int wanted = first == Step.PLACES ? draft.placesOr(1) : 1;
        boolean waiting = wanted > session.placesLeft();
        if (waiting) {
            Paragraph full = new Paragraph(getTranslation(session.full() ? "booking.check.full" : "booking.check.not-enough",
                    Map.of("count", session.placesLeft())));
            full.addClassName("notice");
            add(full);
        } else {
            add(new Paragraph(getTranslation("booking.check.declaration")));
        }
        NativeButton confirm = button(waiting ? "booking.check.join-waiting-list" : "booking.check.confirm");
        add(form(List.of(confirm), () -> submitBooking(wanted, waiting)));
    }

    private void submitBooking(int wanted, boolean joinWaitingList) {
        if (draft.manageToken != null) {
            UI.getCurrent().navigate(path(Step.DONE));
            return;
        }
        BookingResult result = bookings.book(draft.request(wanted, getLocale(), joinWaitingList));
        switch (result.outcome()) {
            case BOOKED, WAITING_LIST -> {
                draft.manageToken = result.booking().manageToken();
                UI.getCurrent().navigate(path(Step.DONE));
            }
            case FULL -> UI.getCurrent().navigate(path(Step.FULL));
            case TOO_MANY_PLACES -> UI.getCurrent().navigate(path(Step.PLACES), QueryParameters.simple(Map.of("change", "", "recheck", "")));
            default -> UI.getCurrent().navigate(path(Step.CHECK));
        }
    }

    private void renderFull() {
        int left = session.placesLeft();
        title = getTranslation(left == 0 ? "booking.full.title" : "booking.full.title.some-left", Map.of("count", left));
        H1 heading = new H1(title);
        add(heading, new Paragraph(getTranslation("booking.full.waiting-list")));
        if (left > 0 && firstStep(session) == Step.PLACES) {
            Anchor fewer = new Anchor(path(Step.PLACES) + "?change", getTranslation("booking.full.fewer", Map.of("count", left)));
            fewer.getElement().setAttribute("router-link", true);
            add(new Paragraph(fewer));
        }
        Anchor other = new Anchor(SitePaths.href(getLocale(), "activities/" + session.activity().slug() + "/book?from=" + session.id()),
                getTranslation("booking.full.other-session"));
        other.getElement().setAttribute("router-link", true);
        add(new Paragraph(other));
        NativeButton join = button("booking.check.join-waiting-list");
        int wanted = firstStep(session) == Step.PLACES ? draft.placesOr(1) : 1;
        add(form(List.of(join), () -> submitBooking(wanted, true)));
    }

    private void renderDone() {
        removeAll();
        Optional<ManagedBooking> found = bookings.byManageLink(draft.manageToken, getLocale());
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        ManagedBooking booking = found.get();
        boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
        title = getTranslation(confirmed ? "booking.done.title" : "booking.done.title.waiting");
        Div panel = new Div();
        panel.addClassName("confirmation-panel");
        H1 heading = new H1(title);
        Paragraph reference = new Paragraph(new Span(getTranslation("booking.done.reference")), new Span(" "),
                new com.vaadin.flow.component.html.Emphasis(booking.reference()));
        reference.addClassName("reference");
        panel.add(heading, reference);
        add(panel);
        add(ManageBookingView.summary(this, booking, dates, getLocale()));
        add(new Paragraph(booking.contact().email() == null
                ? getTranslation(confirmed ? "booking.done.no-email" : "booking.done.no-email.waiting")
                : getTranslation("booking.done.emailed", Map.of("email", booking.contact().email()))));

        add(new H2(getTranslation("booking.done.next")));
        UnorderedList next = new UnorderedList();
        next.addClassName("next-steps");
        if (confirmed) {
            next.add(new ListItem(getTranslation("booking.done.next.reminder")));
            if (booking.session().mode() == SessionMode.ONLINE) {
                next.add(new ListItem(getTranslation("booking.done.next.online")));
            }
            if (booking.contact().format() != PreferredFormat.STANDARD || booking.needs().any()) {
                next.add(new ListItem(getTranslation("booking.done.next.needs")));
            }
            if (booking.session().timeToListen() && booking.talkAbout() != null) {
                next.add(new ListItem(getTranslation("booking.done.next.talk-about", Map.of("leader", booking.session().leaderName()))));
            }
        } else {
            next.add(new ListItem(getTranslation("booking.done.next.waiting", Map.of("position", booking.waitingPosition()))));
        }
        add(next);
        ManageBookingView.addCalendarAndManage(this, booking, bookings, getLocale());
        if (focusHeading) {
            focusHeading();
        }
    }

    private void renderUnavailable() {
        removeAll();
        title = getTranslation("booking.unavailable.title");
        add(Questions.backLink(SitePaths.href(getLocale(), "activities/" + session.activity().slug()), getTranslation("booking.back")));
        add(new H1(title), new Paragraph(getTranslation(session.cancelled() ? "booking.unavailable.cancelled" : "booking.unavailable.started")));
        Anchor other = new Anchor(SitePaths.href(getLocale(), "activities/" + session.activity().slug()),
                getTranslation("booking.unavailable.other", Map.of("event", session.activity().title().text())));
        other.getElement().setAttribute("router-link", true);
        add(new Paragraph(other));
    }

    // ---- Helpers ----

    private Component needsText(Needs needs) {
        if (needs.needs().isEmpty()) {
            return new Span(getTranslation("booking.check.none"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        needs.needs().stream().sorted().forEach(need -> {
            String text = getTranslation("booking.need." + need.key());
            if (need == AccessNeed.SPOKEN_INTERPRETER && needs.interpreterLanguage() != null) {
                text = text + ": " + needs.interpreterLanguage();
            }
            list.add(new ListItem(text));
        });
        return list;
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? getTranslation("booking.check.not-given") : value;
    }

    private static DescriptionList summaryList() {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        return list;
    }

    /** A row of the check-answers list, with a "Change" link whose hidden text says what it changes. */
    private void row(DescriptionList list, String key, Component value, String changeHref, String changeWhat) {
        Div row = new Div();
        row.addClassName("summary-row");
        DescriptionList.Term term = new DescriptionList.Term(key);
        DescriptionList.Description description = new DescriptionList.Description(value);
        row.add(term, description);
        if (changeHref != null) {
            Span hidden = new Span(" " + changeWhat);
            hidden.addClassName("visually-hidden");
            Anchor change = new Anchor(changeHref);
            change.add(new Span(getTranslation("booking.check.change")), hidden);
            change.getElement().setAttribute("router-link", true);
            DescriptionList.Description action = new DescriptionList.Description(change);
            action.addClassName("summary-action");
            row.add(action);
        }
        list.add(row);
    }

    private NativeButton button(String key) {
        NativeButton button = new NativeButton(getTranslation(key));
        button.getElement().setAttribute("type", "submit");
        button.addClassName("button");
        return button;
    }

    /** A question form; each submit starts with no errors, so fixed answers are not reported again. */
    private Component form(List<Component> parts, Runnable onSubmit) {
        return Questions.form(() -> {
            errors.clear();
            onSubmit.run();
        }, parts.toArray(Component[]::new));
    }

    @Override
    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        String page = super.getPageTitle();
        return errors.isEmpty() ? page : getTranslation("common.error.title-prefix", Map.of("title", page));
    }
}
