package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeSelect;
import uk.takingpart.consultation.AnswerCounts;
import uk.takingpart.consultation.AnswerWords;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.QuestionOption;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.Respondent;
import uk.takingpart.consultation.ResponseFilter;
import uk.takingpart.consultation.Themes;

/**
 * The filters above a consultation's responses and counts: how the response came, an answer to
 * one closed question, sent from and to a day (native date inputs), and for themselves or for an
 * organisation. Applying them opens the same page with the filter in its address, so the filtered
 * page can be bookmarked and shared; a date that cannot be read is named beside its field and in
 * the error summary, with what was typed kept.
 */
class ResponseFilters extends Section {
    final NativeSelect channel = new NativeSelect("filter-channel");
    final NativeSelect answer = new NativeSelect("filter-answer");
    final Input from = new Input();
    final Input to = new Input();
    final NativeSelect respondingAs = new NativeSelect("filter-as");
    final NativeSelect theme = new NativeSelect("filter-theme");
    final NativeButton apply = new NativeButton();
    final Anchor clear;
    final ErrorSummary errors = new ErrorSummary();
    private final Map<String, String> problems;

    /**
     * @param path      the page's address, without the query
     * @param raw       the query parameters as given (what was typed is shown again)
     * @param problems  what could not be read, by parameter name, as translation keys
     */
    ResponseFilters(String path, Map<String, List<String>> raw, Map<String, String> problems, List<Question> questions,
                    List<String> channels) {
        this(path, raw, problems, questions, channels, List.of());
    }

    /** As above, with a choice of the consultation's themes (shown only when it has some). */
    ResponseFilters(String path, Map<String, List<String>> raw, Map<String, String> problems, List<Question> questions,
                    List<String> channels, List<Themes.Theme> themes) {
        this.problems = problems;
        addClassName("filters");
        H2 heading = new H2(getTranslation("consultation.staff.filters.heading"));
        heading.setId("response-filters-heading");
        getElement().setAttribute("aria-labelledby", "response-filters-heading");

        channel.option("", getTranslation("consultation.staff.filters.any"));
        channels.forEach(c -> channel.option(c, getTranslation("consultation.staff.channel." + c)));
        answer.option("", getTranslation("consultation.staff.filters.any"));
        Function<String, String> t = this::getTranslation;
        for (Question q : questions) {
            if (!AnswerCounts.counted(q.type())) {
                continue;
            }
            for (Map.Entry<String, String> choice : choices(q, t).entrySet()) {
                answer.option(q.id() + ":" + choice.getKey(), getTranslation("consultation.staff.filters.answer.option",
                        Map.of("number", q.number(), "question", text(q), "answer", choice.getValue())));
            }
        }
        from.setType("date");
        from.setId("filter-from");
        to.setType("date");
        to.setId("filter-to");
        respondingAs.option("", getTranslation("consultation.staff.filters.any"));
        respondingAs.option(Respondent.SELF, getTranslation("consultation.staff.filters.as.self"));
        respondingAs.option(Respondent.ORGANISATION, getTranslation("consultation.staff.filters.as.organisation"));

        theme.option("", getTranslation("consultation.staff.filters.any"));
        themes.forEach(each -> theme.option(Long.toString(each.id()), each.name()));
        theme.setValue(value(raw, "theme", theme));

        channel.setValue(value(raw, "channel", channel));
        answer.setValue(value(raw, "answer", answer));
        respondingAs.setValue(value(raw, "as", respondingAs));
        from.setValue(first(raw, "from"));
        to.setValue(first(raw, "to"));

        apply.setText(getTranslation("consultation.staff.filters.apply"));
        apply.addClassName("button");
        apply.addClickListener(e -> UI.getCurrent().navigate(path, QueryParameters.simple(chosen())));
        clear = ConsultationListView.link(path, getTranslation("consultation.staff.filters.clear"));
        clear.addClassName("clear-filters");

        Div fields = new Div(field(channel, "channel"), field(answer, "answer"), field(from, "from"), field(to, "to"),
                field(respondingAs, "as"));
        if (!themes.isEmpty()) {
            fields.add(field(theme, "theme"));
        }
        fields.addClassName("filter-controls");
        Paragraph dateHint = new Paragraph(getTranslation("consultation.staff.filters.dates-hint"));
        dateHint.addClassName("hint");
        add(errors, heading, dateHint, fields, new Div(apply, new Span(" "), clear));
        if (!problems.isEmpty()) {
            Map<String, String> messages = new LinkedHashMap<>();
            problems.forEach((name, key) -> messages.put(fieldId(name), getTranslation(key)));
            errors.show(messages);
        }
    }

    /** The filter the fields now say, as query parameters (empty ones left out). */
    Map<String, String> chosen() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "channel", channel.getValue());
        put(out, "answer", answer.getValue());
        put(out, "from", from.getValue());
        put(out, "to", to.getValue());
        put(out, "as", respondingAs.getValue());
        put(out, "theme", theme.getValue());
        return out;
    }

    boolean hasErrors() {
        return !problems.isEmpty();
    }

    private static void put(Map<String, String> out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.put(name, value.strip());
        }
    }

    private static String fieldId(String name) {
        return "filter-" + name;
    }

    private Div field(Component input, String name) {
        NativeLabel label = new NativeLabel(getTranslation("consultation.staff.filters." + name));
        label.setFor(input);
        Div field = new Div(label);
        field.addClassName("field");
        String problem = problems.get(name);
        if (problem != null) {
            Paragraph message = new Paragraph(new Span(getTranslation("common.error.prefix") + " "), new Span(getTranslation(problem)));
            message.getChildren().findFirst().orElseThrow().getElement().getClassList().add("visually-hidden");
            message.setId(fieldId(name) + "-error");
            message.addClassName("error-message");
            input.getElement().setAttribute("aria-describedby", fieldId(name) + "-error");
            input.getElement().setAttribute("aria-invalid", "true");
            field.addClassName("field-error");
            field.add(message);
        }
        field.add(input);
        return field;
    }

    /** A closed question's choices for the filter: value (option code, or a grid's statement=point) to words. */
    static Map<String, String> choices(Question q, Function<String, String> t) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (q.type()) {
            case AGREEMENT_GRID -> {
                for (QuestionOption statement : q.options()) {
                    for (String point : QuestionType.AGREEMENT_POINTS) {
                        out.put(statement.code() + "=" + point, AnswerWords.choiceText(q, statement.code(), t) + ": "
                                + t.apply("consultation.question.scale." + point));
                    }
                }
            }
            case RANKING -> q.options().forEach(o -> out.put(o.code(), t.apply("consultation.staff.filters.first-choice") + ": "
                    + AnswerWords.choiceText(q, o.code(), t)));
            default -> {
                List<String> codes = q.type().fixedValues() != null ? q.type().fixedValues() : q.options().stream().map(QuestionOption::code).toList();
                codes.forEach(c -> out.put(c, AnswerWords.choiceText(q, c, t)));
                if (q.otherAllowed()) {
                    out.put(QuestionType.OTHER, t.apply("consultation.question.other"));
                }
            }
        }
        return out;
    }

    static String text(Question q) {
        return q.text() == null || q.text().text() == null || q.text().text().isEmpty() ? q.code() : q.text().text();
    }

    private static String first(Map<String, List<String>> raw, String name) {
        List<String> values = raw.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    private static String value(Map<String, List<String>> raw, String name, NativeSelect select) {
        String given = first(raw, name);
        return select.options().stream().anyMatch(o -> o.value().equals(given)) ? given : "";
    }

    /** The query of an address with this filter ("" when there is none), for links that keep it. */
    static String query(ResponseFilter filter, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(filter.parameters());
        all.putAll(more);
        String query = QueryParameters.simple(all).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }
}
