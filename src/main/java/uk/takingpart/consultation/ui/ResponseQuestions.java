package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.base.ui.NativeTextArea;
import uk.takingpart.base.ui.Questions;
import uk.takingpart.base.ui.journey.CheckRow;
import uk.takingpart.base.ui.journey.Message;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.AnswerError;
import uk.takingpart.consultation.AnswerWords;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.QuestionOption;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.QuestionnaireSection;
import uk.takingpart.consultation.RawAnswer;
import uk.takingpart.consultation.Validation;

/**
 * A questionnaire as journey pages: one {@link QuestionPage} per question, made from data. What
 * was typed or chosen is kept in the draft as it was given ({@code q<id>}, {@code q<id>.other},
 * {@code q<id>.<part>}), so a wrong answer comes back as typed; {@link Question#validate} turns it
 * into an {@link Answer} or an error.
 */
final class ResponseQuestions {
    static final String ANSWERS = "consultation.respond.check.answers";
    private static final String[] DATE_PARTS = {"day", "month", "year"};

    private final Questionnaire questionnaire;

    ResponseQuestions(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    List<QuestionPage> pages() {
        return questionnaire.questions().stream().map(q -> (QuestionPage) new Page(q)).toList();
    }

    /** The valid answers in a draft, by question id (every question, whether it applies or not). */
    Map<Long, Answer> answers(Draft draft) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Validation v = question.validate(raw(question, draft));
            if (v.valid() && v.answer() != null) {
                answers.put(question.id(), v.answer());
            }
        }
        return answers;
    }

    /** The valid answers of the questions that apply: what is sent. */
    Map<Long, Answer> applicableAnswers(Draft draft) {
        Map<Long, Answer> all = answers(draft);
        Map<Long, Answer> sent = new LinkedHashMap<>();
        for (Question question : questionnaire.applicable(all)) {
            if (all.containsKey(question.id())) {
                sent.put(question.id(), all.get(question.id()));
            }
        }
        return sent;
    }

    static String key(Question question) {
        return "q" + question.id();
    }

    /** The id of a question's first field, where the error summary sends people. */
    static String fieldId(Question question) {
        return "q-" + question.code();
    }

    static RawAnswer raw(Question question, Draft draft) {
        String key = key(question);
        return switch (question.type()) {
            case SINGLE_CHOICE -> RawAnswer.choice(draft.get(key), draft.get(key + ".other"));
            case MULTIPLE_CHOICE -> RawAnswer.choices(draft.codes(key));
            case RANKING, AGREEMENT_GRID -> {
                Map<String, String> parts = new LinkedHashMap<>();
                question.options().forEach(o -> parts.put(o.code(), draft.get(key + "." + o.code())));
                yield RawAnswer.parts(parts);
            }
            case DATE -> RawAnswer.date(draft.get(key + ".day"), draft.get(key + ".month"), draft.get(key + ".year"));
            default -> RawAnswer.text(draft.get(key) == null ? "" : draft.get(key));
        };
    }

    private final class Page implements QuestionPage {
        private final Question question;

        Page(Question question) {
            this.question = question;
        }

        @Override
        public String id() {
            return question.code();
        }

        @Override
        public boolean applies(Draft draft) {
            return question.shownIf() == null || questionnaire.applies(question, answers(draft));
        }

        @Override
        public Message caption(Draft draft, int number, int count) {
            // counted among the questionnaire's questions only, not the "About you" and equality pages after them
            List<Question> applying = questionnaire.applicable(answers(draft));
            return Message.of("consultation.respond.caption", Map.of("number", applying.indexOf(question) + 1, "count", applying.size()));
        }

        @Override
        public Map<String, Message> problems(Draft draft) {
            Validation v = question.validate(raw(question, draft));
            if (v.valid()) {
                return Map.of();
            }
            AnswerError error = v.error();
            String field = fieldId(question);
            if (question.type() == QuestionType.SINGLE_CHOICE && QuestionType.OTHER.equals(draft.get(key(question)))
                    && !error.key().endsWith(".required")) {
                field = fieldId(question) + "-other-text";
            }
            return Map.of(field, Message.of(error.key(), error.arguments()));
        }

        @Override
        public void render(Draft draft, QuestionContext page) {
            String base = fieldId(question);
            String key = key(question);
            String legend = text(question.text()) + (question.optional() ? " " + page.t("consultation.question.optional") : "");
            page.title(legend);
            String hint = question.help() == null || question.help().isEmpty() ? null : question.help().text();
            String error = page.error(base);
            QuestionnaireSection section = questionnaire.sectionOf(question);
            if (section.questions().getFirst().equals(question) && section.introduction() != null && !section.introduction().isEmpty()) {
                Markup intro = new Markup().element("h2", text(section.title())).element("p", text(section.introduction()));
                page.add(new HtmlBlock("div", intro).className("section-intro"));
            }
            switch (question.type()) {
                case SINGLE_CHOICE -> single(draft, page, base, key, legend, hint, error);
                case MULTIPLE_CHOICE -> {
                    List<NativeChoice> boxes = new ArrayList<>();
                    List<Component> items = new ArrayList<>();
                    List<String> chosen = draft.codes(key);
                    for (QuestionOption option : question.options()) {
                        NativeChoice box = NativeChoice.checkbox(boxes.isEmpty() ? base : base + "-" + option.code(), base, option.code());
                        box.setValue(chosen.contains(option.code()));
                        boxes.add(box);
                        items.add(Questions.choice(box, text(option.text()), null));
                    }
                    page.form(d -> {
                        d.putCodes(key, boxes.stream().filter(NativeChoice::getValue).map(NativeChoice::value).toList());
                        return problems(d);
                    }, Questions.fieldset(base + "-group", legend, true, hint, error, items.toArray(Component[]::new)));
                }
                case AGREEMENT_SCALE, YES_NO_NOT_SURE -> {
                    String prefix = question.type() == QuestionType.AGREEMENT_SCALE ? "consultation.question.scale." : "consultation.question.yes-no.";
                    List<NativeChoice> radios = new ArrayList<>();
                    List<Component> items = new ArrayList<>();
                    for (String value : question.type().fixedValues()) {
                        NativeChoice radio = NativeChoice.radio(radios.isEmpty() ? base : base + "-" + value, base, value);
                        radio.setValue(value.equals(draft.get(key)));
                        radios.add(radio);
                        items.add(Questions.choice(radio, page.t(prefix + value), null));
                    }
                    NativeChoice.exclusive(radios);
                    page.form(d -> {
                        d.put(key, NativeChoice.selected(radios).orElse(null));
                        return problems(d);
                    }, Questions.fieldset(base + "-group", legend, true, hint, error, items.toArray(Component[]::new)));
                }
                case SHORT_TEXT, LONG_TEXT -> {
                    String count = page.t("consultation.respond.text.limit", Map.of("max", question.textLimit()));
                    String fullHint = hint == null ? count : hint + " " + count;
                    if (question.type() == QuestionType.LONG_TEXT) {
                        NativeTextArea area = new NativeTextArea(base, 6);
                        area.setValue(orEmpty(draft.get(key)));
                        page.form(d -> {
                            d.put(key, area.getValue());
                            return problems(d);
                        }, Questions.field(area, legend, true, fullHint, error));
                    } else {
                        Input input = input(base, draft.get(key));
                        page.form(d -> {
                            d.put(key, input.getValue());
                            return problems(d);
                        }, Questions.field(input, legend, true, fullHint, error));
                    }
                }
                case NUMBER -> {
                    Input input = input(base, draft.get(key));
                    input.getElement().setAttribute("inputmode", "numeric");
                    input.getElement().setAttribute("spellcheck", "false");
                    input.addClassName("input-short");
                    page.form(d -> {
                        d.put(key, input.getValue());
                        return problems(d);
                    }, Questions.field(input, legend, true, hint, error));
                }
                case DATE -> {
                    List<Input> inputs = new ArrayList<>();
                    List<Component> items = new ArrayList<>();
                    for (String part : DATE_PARTS) {
                        Input input = input(inputs.isEmpty() ? base : base + "-" + part, draft.get(key + "." + part));
                        input.getElement().setAttribute("inputmode", "numeric");
                        input.addClassName(part.equals("year") ? "input-year" : "input-short");
                        inputs.add(input);
                        Div item = Questions.field(input, page.t("consultation.respond.date." + part), null, null);
                        item.addClassName("date-input-item");
                        items.add(item);
                    }
                    Div group = Questions.fieldset(base + "-group", legend, true, hint, error, items.toArray(Component[]::new));
                    page.form(d -> {
                        for (int i = 0; i < DATE_PARTS.length; i++) {
                            d.put(key + "." + DATE_PARTS[i], inputs.get(i).getValue());
                        }
                        return problems(d);
                    }, group);
                }
                case RANKING -> {
                    List<NativeSelect> selects = new ArrayList<>();
                    List<Component> items = new ArrayList<>();
                    int count = question.options().size();
                    for (QuestionOption option : question.options()) {
                        NativeSelect select = new NativeSelect(selects.isEmpty() ? base : base + "-" + option.code());
                        select.option("", page.t("consultation.respond.ranking.choose"));
                        for (int position = 1; position <= count; position++) {
                            select.option(String.valueOf(position), String.valueOf(position));
                        }
                        select.setValue(orEmpty(draft.get(key + "." + option.code())));
                        selects.add(select);
                        items.add(Questions.field(select, text(option.text()), null, null));
                    }
                    page.form(d -> {
                        for (int i = 0; i < selects.size(); i++) {
                            d.put(key + "." + question.options().get(i).code(), selects.get(i).getValue());
                        }
                        return problems(d);
                    }, Questions.fieldset(base + "-group", legend, true, hint, error, items.toArray(Component[]::new)));
                }
                case AGREEMENT_GRID -> {
                    H1 heading = new H1(legend);
                    heading.getElement().setAttribute("tabindex", "-1");
                    page.add(heading);
                    if (hint != null) {
                        page.add(new HtmlBlock("p", new Markup().text(hint)).className("hint"));
                    }
                    Map<String, List<NativeChoice>> rows = new LinkedHashMap<>();
                    List<Component> fieldsets = new ArrayList<>();
                    boolean first = true;
                    for (QuestionOption statement : question.options()) {
                        List<NativeChoice> radios = new ArrayList<>();
                        List<Component> items = new ArrayList<>();
                        String name = base + "-" + statement.code();
                        for (String point : QuestionType.AGREEMENT_POINTS) {
                            NativeChoice radio = NativeChoice.radio(first && radios.isEmpty() ? base : name + "-" + point, name, point);
                            radio.setValue(point.equals(draft.get(key + "." + statement.code())));
                            radios.add(radio);
                            items.add(Questions.choice(radio, page.t("consultation.question.scale." + point), null));
                        }
                        NativeChoice.exclusive(radios);
                        rows.put(statement.code(), radios);
                        fieldsets.add(Questions.fieldset(name + "-group", text(statement.text()), false, null, first ? error : null,
                                items.toArray(Component[]::new)));
                        first = false;
                    }
                    page.form(d -> {
                        rows.forEach((code, radios) -> d.put(key + "." + code, NativeChoice.selected(radios).orElse(null)));
                        return problems(d);
                    }, fieldsets.toArray(Component[]::new));
                }
            }
        }

        private void single(Draft draft, QuestionContext page, String base, String key, String legend, String hint, String error) {
            List<NativeChoice> radios = new ArrayList<>();
            List<Component> items = new ArrayList<>();
            for (QuestionOption option : question.options()) {
                NativeChoice radio = NativeChoice.radio(radios.isEmpty() ? base : base + "-" + option.code(), base, option.code());
                radio.setValue(option.code().equals(draft.get(key)));
                radios.add(radio);
                items.add(Questions.choice(radio, text(option.text()), null));
            }
            Input other = input(base + "-other-text", draft.get(key + ".other"));
            if (question.otherAllowed()) {
                NativeChoice radio = NativeChoice.radio(base + "-other", base, QuestionType.OTHER);
                radio.setValue(QuestionType.OTHER.equals(draft.get(key)));
                radios.add(radio);
                items.add(Questions.choice(radio, page.t("consultation.question.other"), null));
                Div otherField = Questions.field(other, page.t("consultation.question.other.label"), null, page.error(base + "-other-text"));
                otherField.addClassName("conditional");
                otherField.setId(base + "-other-field");
                // hidden, not left out: the radio's aria-controls must name an element that exists
                otherField.getElement().setAttribute("hidden", !radio.getValue());
                radio.getElement().setAttribute("aria-controls", base + "-other-field");
                radio.addValueChangeListener(e -> otherField.getElement().setAttribute("hidden", !e.getValue()));
                items.add(otherField);
            }
            NativeChoice.exclusive(radios);
            page.form(d -> {
                String chosen = NativeChoice.selected(radios).orElse(null);
                d.put(key, chosen);
                d.put(key + ".other", QuestionType.OTHER.equals(chosen) ? other.getValue() : null);
                return problems(d);
            }, Questions.fieldset(base + "-group", legend, true, hint, error, items.toArray(Component[]::new)));
        }

        @Override
        public List<CheckRow> rows(Draft draft, QuestionContext page) {
            Validation v = question.validate(raw(question, draft));
            Component value = value(v.answer(), page);
            return List.of(new CheckRow(ANSWERS, text(question.text()), value,
                    page.t("consultation.respond.check.change", Map.of("number", questionnaire.applicable(answers(draft)).indexOf(question) + 1)),
                    null));
        }

        private Component value(Answer answer, QuestionContext page) {
            if (answer == null) {
                return CheckRow.text(page.t("consultation.respond.check.not-answered"), null);
            }
            return switch (answer) {
                case Answer.Choice c -> CheckRow.text(QuestionType.OTHER.equals(c.value()) && c.otherText() != null
                        ? page.t("consultation.question.other") + ": " + c.otherText() : choiceText(c.value(), page), null);
                case Answer.Choices c -> CheckRow.list(c.values().stream().map(code -> choiceText(code, page)).toList());
                case Answer.Text t -> CheckRow.text(t.text(), null);
                case Answer.Ranking r -> {
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < r.order().size(); i++) {
                        items.add((i + 1) + ". " + choiceText(r.order().get(i), page));
                    }
                    yield CheckRow.list(items);
                }
                case Answer.Grid g -> CheckRow.list(g.points().entrySet().stream()
                        .map(e -> choiceText(e.getKey(), page) + ": " + page.t("consultation.question.scale." + e.getValue())).toList());
                case Answer.Number n -> CheckRow.text(String.valueOf(n.value()), null);
                case Answer.Date d -> CheckRow.text(d.value().format(DateTimeFormatter.ofPattern("d MMMM yyyy", page.locale())), null);
            };
        }

        private String choiceText(String code, QuestionContext page) {
            return ResponseQuestions.choiceText(question, code, page::t);
        }
    }

    /** An answer as one line of plain text (the closed page lists the answers given). */
    static String plain(Question question, Answer answer, Locale locale, java.util.function.Function<String, String> t) {
        return AnswerWords.plain(question, answer, locale, t);
    }

    static String choiceText(Question question, String code, java.util.function.Function<String, String> t) {
        return AnswerWords.choiceText(question, code, t);
    }

    private static String text(LocalizedText text) {
        return text == null ? "" : text.text();
    }

    private static Input input(String id, String value) {
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("name", id);
        input.getElement().setAttribute("autocomplete", "off");
        input.setValue(orEmpty(value));
        return input;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
