package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.journey.QuestionContext;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.Questionnaire;

/**
 * Every question page of a questionnaire, one after another, drawn by the response journey's own
 * pages ({@link ResponseQuestions}) with an empty draft and no Continue button: what a respondent
 * sees, for staff to check, with nothing read or saved. Each page says which question it is and,
 * for a conditional question, when it is asked ({@code conditionNote}).
 */
public final class QuestionnairePreview {
    private QuestionnairePreview() {}

    /**
     * @param t            the interface words in the previewed language (key, arguments)
     * @param conditionNote the note for a conditional question, or null for one always asked
     */
    public static void render(HasComponents into, Questionnaire questionnaire, Locale language,
                              BiFunction<String, Map<String, ?>, String> t,
                              java.util.function.Function<Question, String> conditionNote) {
        List<QuestionPage> pages = new ResponseQuestions(questionnaire).pages();
        List<Question> questions = questionnaire.questions();
        Draft empty = Draft.begin("consultation-preview", questionnaire.code());
        for (int i = 0; i < pages.size(); i++) {
            Question question = questions.get(i);
            Section page = new Section();
            page.addClassName("preview-question");
            Markup caption = new Markup().text(t.apply("consultation.respond.caption", Map.of("number", i + 1, "count", questions.size())));
            page.add(new HtmlBlock("p", caption).className("caption"));
            String note = conditionNote.apply(question);
            if (note != null) {
                page.add(new HtmlBlock("p", new Markup().text(note)).className("notice"));
            }
            pages.get(i).render(empty, new Context(page, language, t));
            into.add(page);
        }
    }

    /** Draws a page into a section: no errors, no title to set, the form's fields without a button. */
    private record Context(Section page, Locale locale, BiFunction<String, Map<String, ?>, String> words) implements QuestionContext {
        @Override
        public String t(String key) {
            return words.apply(key, Map.of());
        }

        @Override
        public String t(String key, Map<String, ?> args) {
            return words.apply(key, args);
        }

        @Override
        public String error(String fieldId) {
            return null;
        }

        @Override
        public void title(String title) {
            // the preview page has its own title
        }

        @Override
        public void add(Component... components) {
            page.add(components);
        }

        @Override
        public void form(QuestionPage.Reader reader, Component... fields) {
            Div form = new Div(fields);
            form.addClassName("preview-form");
            page.add(form);
        }
    }
}
