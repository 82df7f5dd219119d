package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.ui.journey.Message;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.consultation.Respondent;

/**
 * "About you", after the consultation's questions, one question a page and every one optional:
 * anonymously or with a name and email address (a copy of the answers goes to it); for yourself
 * or for an organisation (then its name is needed); and whether someone helped, who and how (a
 * supported response). What was typed is kept in the draft as typed.
 */
final class AboutYouPages {
    static final String SECTION = "consultation.respond.check.about-you";
    static final String CAPTION = "consultation.about.caption";
    static final String HOW = "about.how";
    static final String ANONYMOUS = "anonymous";
    static final String NAMED = "named";
    static final String NAME = "about.name";
    static final String EMAIL = "about.email";
    static final String AS = "about.as";
    static final String ORGANISATION = "about.organisation";
    static final String HELPED = "about.helped";
    static final String BY = "about.by";
    static final String HOW_HELPED = "about.how-helped";
    /** The page field each of {@link Respondent#problems()}'s fields is shown at. */
    private static final Map<String, String> FIELDS = Map.of("name", "about-name", "email", "about-email", "organisation", "about-organisation");

    List<QuestionPage> pages() {
        return List.of(
                new ChoicePage("about-you", HOW, false, List.of(ANONYMOUS, NAMED), "consultation.about.how.question",
                        "consultation.about.how.hint", code -> "consultation.about.how." + code, d -> true, CAPTION, SECTION),
                new Details(),
                new RespondingFor(),
                new ChoicePage("about-help", HELPED, false, List.of("yes", "no"), "consultation.about.helped.question",
                        "consultation.about.helped.hint", code -> "consultation.about.helped." + code, d -> true, CAPTION, SECTION),
                new ChoicePage("about-who-helped", BY, true, Respondent.SUPPORTERS, "consultation.about.by.question",
                        "consultation.about.choose-all", code -> "consultation.about.by." + code, AboutYouPages::helped, CAPTION, SECTION),
                new ChoicePage("about-how-helped", HOW_HELPED, true, Respondent.SUPPORT_KINDS, "consultation.about.how-helped.question",
                        "consultation.about.choose-all", code -> "consultation.about.how-helped." + code, AboutYouPages::helped, CAPTION, SECTION));
    }

    private static boolean helped(Draft draft) {
        return "yes".equals(draft.get(HELPED));
    }

    private static boolean named(Draft draft) {
        return NAMED.equals(draft.get(HOW));
    }

    /** What the person said about themselves, as sent (no name or email when responding anonymously). */
    static Respondent respondent(Draft draft) {
        boolean named = named(draft);
        String helped = draft.get(HELPED);
        return new Respondent(named ? draft.get(NAME) : null, named ? draft.get(EMAIL) : null, draft.get(AS), draft.get(ORGANISATION),
                helped == null ? null : "yes".equals(helped), draft.codes(BY), draft.codes(HOW_HELPED));
    }

    private static Map<String, Message> problems(Respondent respondent, String... fields) {
        Map<String, Message> problems = new LinkedHashMap<>();
        for (String field : fields) {
            String key = respondent.problems().get(field);
            if (key != null) {
                problems.put(FIELDS.get(field), Message.of(key));
            }
        }
        return problems;
    }

    /** Name and email address, only when the person chose to give them. */
    private static final class Details implements QuestionPage {
        @Override
        public String id() {
            return "about-your-details";
        }

        @Override
        public boolean applies(Draft draft) {
            return named(draft);
        }

        @Override
        public Message caption(Draft draft, int number, int count) {
            return Message.of(CAPTION);
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            return AboutYouPages.problems(respondent(draft), "name", "email");
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            String title = page.t("consultation.about.details.title");
            page.title(title);
            H1 heading = new H1(title);
            heading.getElement().setAttribute("tabindex", "-1");
            page.add(heading, new HtmlBlock("p", new Markup().text(page.t("consultation.about.details.intro"))));
            Input name = input("about-name", draft.get(NAME), "name");
            Input email = input("about-email", draft.get(EMAIL), "email");
            email.setType("email");
            email.getElement().setAttribute("spellcheck", "false");
            email.getElement().setAttribute("autocapitalize", "none");
            page.form(d -> {
                d.put(NAME, name.getValue());
                d.put(EMAIL, email.getValue());
                return problems(d);
            },
                    Questions.field(name, page.t("consultation.about.name") + " " + page.t("consultation.question.optional"), null,
                            page.error("about-name")),
                    Questions.field(email, page.t("consultation.about.email") + " " + page.t("consultation.question.optional"),
                            page.t("consultation.about.email.hint"), page.error("about-email")));
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            Respondent respondent = respondent(draft);
            return List.of(
                    CheckRow.of(SECTION, page.t("consultation.about.name"), orNotGiven(page, respondent.name()), page.t("consultation.about.name")),
                    CheckRow.of(SECTION, page.t("consultation.about.email"), orNotGiven(page, respondent.email()), page.t("consultation.about.email")));
        }
    }

    /** For yourself or for an organisation; the organisation's name is revealed under its choice. */
    private static final class RespondingFor implements QuestionPage {
        @Override
        public String id() {
            return "about-responding-for";
        }

        @Override
        public Message caption(Draft draft, int number, int count) {
            return Message.of(CAPTION);
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            return AboutYouPages.problems(respondent(draft), "organisation");
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            String base = "about-as";
            String legend = page.t("consultation.about.as.question") + " " + page.t("consultation.question.optional");
            page.title(legend);
            List<NativeChoice> radios = new ArrayList<>();
            List<Component> items = new ArrayList<>();
            NativeChoice self = NativeChoice.radio(base, base, Respondent.SELF);
            self.setValue(Respondent.SELF.equals(draft.get(AS)));
            radios.add(self);
            items.add(Questions.choice(self, page.t("consultation.about.as.self"), null));
            NativeChoice organisation = NativeChoice.radio(base + "-organisation", base, Respondent.ORGANISATION);
            organisation.setValue(Respondent.ORGANISATION.equals(draft.get(AS)));
            radios.add(organisation);
            items.add(Questions.choice(organisation, page.t("consultation.about.as.organisation"), null));
            Input name = input("about-organisation", draft.get(ORGANISATION), "organization");
            Div field = Questions.field(name, page.t("consultation.about.organisation"), null, page.error("about-organisation"));
            field.addClassName("conditional");
            field.setId("about-organisation-field");
            // hidden, not left out: the radio's aria-controls must name an element that exists
            field.getElement().setAttribute("hidden", !organisation.getValue());
            organisation.getElement().setAttribute("aria-controls", "about-organisation-field");
            organisation.addValueChangeListener(e -> field.getElement().setAttribute("hidden", !e.getValue()));
            items.add(field);
            NativeChoice.exclusive(radios);
            page.form(d -> {
                String chosen = NativeChoice.selected(radios).orElse(null);
                d.put(AS, chosen);
                d.put(ORGANISATION, Respondent.ORGANISATION.equals(chosen) ? name.getValue() : null);
                return problems(d);
            }, Questions.fieldset(base + "-group", legend, true, null, null, items.toArray(Component[]::new)));
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            Respondent respondent = respondent(draft);
            String value = respondent.respondingAs() == null ? page.t("consultation.respond.check.not-answered")
                    : Respondent.ORGANISATION.equals(respondent.respondingAs())
                    ? page.t("consultation.about.as.organisation") + ": " + respondent.organisation()
                    : page.t("consultation.about.as.self");
            String label = page.t("consultation.about.as.question");
            return List.of(CheckRow.of(SECTION, label, value, label));
        }
    }

    private static String orNotGiven(QuestionContext page, String value) {
        return value == null ? page.t("consultation.respond.check.not-answered") : value;
    }

    private static Input input(String id, String value, String autocomplete) {
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", autocomplete);
        input.setValue(value == null ? "" : value);
        return input;
    }
}
