package uk.takingpart.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.CodeKeys;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.ui.journey.Message;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookerRole;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PreferredFormat;
import uk.takingpart.booking.SessionSummary;

/**
 * The booking journey's questions, one per page: how many places (or, for Time to Listen, who is
 * coming), contact details, then access and communication needs. Each reads and checks its own
 * answer and says what it adds to the check page; the journey engine does the rest.
 */
final class BookingQuestions {
    static final String SESSION = "booking.check.session";
    static final String DETAILS = "booking.check.details";
    static final String NEEDS = "booking.check.needs";
    private static final int MAX_TALK_ABOUT = 2000;

    private final SessionSummary session;
    private final Component context;
    private final DateTexts dates;
    private final Languages languages;
    private final Locale locale;

    BookingQuestions(SessionSummary session, Component context, Locale locale, DateTexts dates, Languages languages) {
        this.locale = locale;
        this.session = session;
        this.context = context;
        this.dates = dates;
        this.languages = languages;
    }

    List<QuestionPage> pages() {
        return List.of(new Places(), new Who(), new ContactDetails(), new AccessNeeds());
    }

    /** The id of the first question for a session: who is coming (Time to Listen), how many places, or contact details. */
    static String first(SessionSummary session) {
        if (session.timeToListen()) {
            return "who";
        }
        return session.maxPlaces() > 1 ? "places" : "contact";
    }

    /** Every question starts with what is being booked. */
    private abstract class Question implements QuestionPage {
        @Override
        public Message caption(Draft draft, int number, int count) {
            return Message.of("booking.journey.booking-for", Map.of("event", session.activity().title().text(),
                    "when", DateTexts.inSentence(SessionDetails.when(session, dates, locale), locale)));
        }
    }

    private final class Places extends Question {
        @Override
        public String id() {
            return "places";
        }

        @Override
        public boolean applies(Draft draft) {
            return "places".equals(first(session));
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            String title = page.t("booking.places.title");
            page.title(title);
            Input places = input("places", new BookingDraft(draft).places(), "off");
            places.getElement().setAttribute("inputmode", "numeric");
            places.getElement().setAttribute("spellcheck", "false");
            places.addClassName("input-short");
            String hint = page.t("booking.places.hint", Map.of("max", session.maxPlaces())) + " " + SessionDetails.placesLeft(context, session) + ".";
            page.form(d -> {
                d.put(BookingDraft.PLACES, places.getValue());
                return problems(d);
            }, Questions.field(places, title, true, hint, page.error("places")));
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            Message problem = placesProblem(new BookingDraft(draft).places());
            return problem == null ? Map.of() : Map.of("places", problem);
        }

        private Message placesProblem(String typed) {
            if (typed == null || typed.isBlank()) {
                return Message.of("booking.error.places.required");
            }
            int n;
            try {
                n = Integer.parseInt(typed.strip());
            } catch (NumberFormatException e) {
                return Message.of("booking.error.places.not-a-number");
            }
            if (n < 1) {
                return Message.of("booking.error.places.too-few");
            }
            return n > session.maxPlaces() ? Message.of("booking.error.places.too-many", Map.of("max", session.maxPlaces())) : null;
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            return List.of(CheckRow.of(SESSION, page.t("booking.check.places"), new BookingDraft(draft).places().strip(),
                    page.t("booking.check.change.places")));
        }
    }

    private final class Who extends Question {
        @Override
        public String id() {
            return "who";
        }

        @Override
        public boolean applies(Draft draft) {
            return session.timeToListen();
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            String title = page.t("booking.who.title");
            page.title(title);
            BookerRole chosen = new BookingDraft(draft).role();
            List<NativeChoice> radios = new ArrayList<>();
            List<Component> items = new ArrayList<>();
            for (BookerRole role : BookerRole.values()) {
                NativeChoice radio = NativeChoice.radio(role == BookerRole.values()[0] ? "role" : "role-" + role.key(), "role", role.key());
                radio.setValue(role == chosen);
                radios.add(radio);
                items.add(Questions.choice(radio, page.t("booking.role." + role.key()), null));
            }
            NativeChoice.exclusive(radios);
            page.form(d -> {
                d.put(BookingDraft.ROLE, NativeChoice.selected(radios).flatMap(v -> CodeKeys.parse(BookerRole.class, v))
                        .map(BookerRole::key).orElse(null));
                return problems(d);
            }, Questions.fieldset("role-group", title, true, page.t("booking.who.hint"), page.error("role"), items.toArray(Component[]::new)));
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            return new BookingDraft(draft).role() == null ? Map.of("role", Message.of("booking.error.role.required")) : Map.of();
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            return List.of(CheckRow.of(SESSION, page.t("booking.check.who"), page.t("booking.role." + new BookingDraft(draft).role().key()),
                    page.t("booking.check.change.who")));
        }
    }

    private final class ContactDetails extends Question {
        @Override
        public String id() {
            return "contact";
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            BookingDraft booking = new BookingDraft(draft);
            String title = page.t("booking.contact.title");
            page.title(title);
            H1 heading = new H1(title);
            heading.getElement().setAttribute("tabindex", "-1");
            page.add(heading, new Paragraph(page.t("booking.contact.intro")));
            Input name = input("name", booking.get(BookingDraft.NAME), "name");
            ContactFields reach = new ContactFields(page::t, languages, page.locale(), booking::get, page::error);
            List<Component> fields = new ArrayList<>();
            fields.add(Questions.field(name, page.t("booking.contact.name"), null, page.error("name")));
            fields.addAll(reach.fields());
            page.form(d -> {
                d.put(BookingDraft.NAME, name.getValue());
                reach.typed(page.locale()).forEach(d::put);
                Contact contact = new BookingDraft(d).contact(page.locale());
                Map<String, Message> problems = Message.of(contact.problems());
                if (problems.isEmpty()) {
                    // keep the tidied form (a mobile number written +447..., a postcode in capitals)
                    d.put(BookingDraft.NAME, contact.name());
                    d.put(BookingDraft.EMAIL, contact.email());
                    d.put(BookingDraft.MOBILE, contact.mobile() == null ? null : contact.mobileForDisplay());
                    if (contact.address() != null) {
                        d.put(ContactFields.POSTCODE, contact.address().postcode());
                    }
                }
                return problems;
            }, fields.toArray(Component[]::new));
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            return Message.of(new BookingDraft(draft).contact(locale).problems());
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            BookingDraft booking = new BookingDraft(draft);
            Contact contact = booking.contact(page.locale());
            Locale preferred = contact.language();
            List<CheckRow> rows = new ArrayList<>(List.of(
                    CheckRow.of(DETAILS, page.t("booking.contact.name"), contact.name(), page.t("booking.check.change.name")),
                    CheckRow.of(DETAILS, page.t("booking.contact.email"), orNone(page, booking.get(BookingDraft.EMAIL)),
                            page.t("booking.check.change.email")),
                    CheckRow.of(DETAILS, page.t("booking.contact.mobile"), orNone(page, booking.get(BookingDraft.MOBILE)),
                            page.t("booking.check.change.mobile")),
                    new CheckRow(DETAILS, page.t("booking.contact.language"), CheckRow.text(Languages.nativeName(preferred),
                            preferred.toLanguageTag()), page.t("booking.check.change.language"), null),
                    CheckRow.of(DETAILS, page.t("booking.contact.format"), page.t("booking.format." + contact.format().key()),
                            page.t("booking.check.change.format"))));
            if (contact.address() != null) {
                rows.add(new CheckRow(DETAILS, page.t("booking.address.title"), CheckRow.list(contact.address().lines()),
                        page.t("booking.check.change.address"), null));
            }
            return rows;
        }
    }

    private final class AccessNeeds extends Question {
        @Override
        public String id() {
            return "needs";
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            BookingDraft booking = new BookingDraft(draft);
            String title = page.t("booking.needs.title");
            page.title(title);
            List<Component> items = new ArrayList<>();
            Map<AccessNeed, NativeChoice> boxes = new LinkedHashMap<>();
            Input interpreterLanguage = input("interpreter-language", booking.get(BookingDraft.INTERPRETER_LANGUAGE), "off");
            Div interpreterField = Questions.field(interpreterLanguage, page.t("booking.needs.interpreter-language"), null,
                    page.error("interpreter-language"));
            interpreterField.addClassName("conditional");
            for (AccessNeed need : AccessNeed.values()) {
                NativeChoice box = NativeChoice.checkbox(boxes.isEmpty() ? "needs" : "need-" + need.key(), "needs", need.key());
                box.setValue(booking.needs().contains(need));
                boxes.put(need, box);
                items.add(Questions.choice(box, page.t("booking.need." + need.key()), null));
                if (need == AccessNeed.SPOKEN_INTERPRETER) {
                    // hidden, not left out: the box's aria-controls must name an element that exists
                    interpreterField.getElement().setAttribute("hidden", !box.getValue());
                    box.getElement().setAttribute("aria-controls", "interpreter-language-field");
                    interpreterField.setId("interpreter-language-field");
                    box.addValueChangeListener(e -> interpreterField.getElement().setAttribute("hidden", !e.getValue()));
                    items.add(interpreterField);
                }
            }
            NativeTextArea other = new NativeTextArea("other-needs", 4);
            other.setValue(orEmpty(booking.get(BookingDraft.OTHER_NEEDS)));
            List<Component> fields = new ArrayList<>(List.of(
                    Questions.fieldset("needs-group", title, true, page.t("booking.needs.hint"), null, items.toArray(Component[]::new)),
                    Questions.field(other, page.t("booking.needs.other"), page.t("booking.needs.other.hint"), page.error("other-needs"))));
            NativeTextArea talk = new NativeTextArea("talk-about", 5);
            if (session.timeToListen()) {
                talk.setValue(orEmpty(booking.talkAbout()));
                fields.add(Questions.field(talk, page.t("booking.needs.talk-about"), page.t("booking.needs.talk-about.hint"),
                        page.error("talk-about")));
            }
            page.form(d -> {
                d.putCodes(BookingDraft.NEEDS, boxes.entrySet().stream().filter(e -> e.getValue().getValue()).map(e -> e.getKey().key()).toList());
                d.put(BookingDraft.INTERPRETER_LANGUAGE, interpreterLanguage.getValue());
                d.put(BookingDraft.OTHER_NEEDS, other.getValue());
                if (session.timeToListen()) {
                    d.put(BookingDraft.TALK_ABOUT, talk.getValue());
                }
                return problems(d);
            }, fields.toArray(Component[]::new));
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            BookingDraft booking = new BookingDraft(draft);
            Map<String, Message> found = new LinkedHashMap<>(Message.of(booking.accessNeeds().problems()));
            if (booking.talkAbout() != null && booking.talkAbout().strip().length() > MAX_TALK_ABOUT) {
                found.put("talk-about", Message.of("booking.error.other-needs.too-long"));
            }
            return found;
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            BookingDraft booking = new BookingDraft(draft);
            Needs needs = booking.accessNeeds();
            List<String> chosen = needs.needs().stream().sorted().map(need -> {
                String text = page.t("booking.need." + need.key());
                return need == AccessNeed.SPOKEN_INTERPRETER && needs.interpreterLanguage() != null ? text + ": " + needs.interpreterLanguage() : text;
            }).toList();
            List<CheckRow> rows = new ArrayList<>(List.of(
                    new CheckRow(NEEDS, page.t("booking.check.needs.chosen"),
                            chosen.isEmpty() ? CheckRow.text(page.t("booking.check.none"), null) : CheckRow.list(chosen),
                            page.t("booking.check.change.needs"), null),
                    CheckRow.of(NEEDS, page.t("booking.needs.other"), orNone(page, needs.other()), page.t("booking.check.change.other-needs"))));
            if (session.timeToListen()) {
                rows.add(CheckRow.of(NEEDS, page.t("booking.needs.talk-about"),
                        orNone(page, booking.talkAbout() == null ? null : booking.talkAbout().strip()), page.t("booking.check.change.talk-about")));
            }
            return rows;
        }
    }

    private static Input input(String id, String value, String autocomplete) {
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.setValue(orEmpty(value));
        return input;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNone(QuestionContext page, String value) {
        return value == null || value.isBlank() ? page.t("booking.check.not-given") : value;
    }
}
