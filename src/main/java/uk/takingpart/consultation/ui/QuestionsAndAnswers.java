package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.SitePaths;
import uk.takingpart.consultation.ConsultationQuestions.PublicAnswer;

/**
 * "Questions and answers" on a consultation's page: the published, answered questions, newest
 * answer first, as plain text, each with who answered and when; and, while the consultation is
 * open, the way to ask one. One block of escaped markup, from one query.
 */
final class QuestionsAndAnswers {
    static final String ID = "questions-heading";

    private QuestionsAndAnswers() {}

    /** The section, or null when there is nothing to show (no answers, and questions cannot be asked). */
    static HtmlBlock block(Component context, DateTexts dates, Locale language, String slug, boolean open, List<PublicAnswer> answers) {
        if (answers.isEmpty() && !open) {
            return null;
        }
        Markup out = new Markup().element("h2", context.getTranslation("consultation.questions.heading"), "id", ID);
        if (open) {
            out.element("p", context.getTranslation("consultation.questions.intro"));
            out.open("p").link(SitePaths.href(language, "consultations/" + slug + "/ask"),
                    context.getTranslation("consultation.questions.ask"), "class", "ask-link").close("p");
        }
        if (answers.isEmpty()) {
            out.element("p", context.getTranslation("consultation.questions.none"), "class", "no-questions");
        } else {
            out.open("ul", "class", "question-list");
            for (PublicAnswer a : answers) {
                out.open("li", "class", "question-card");
                out.element("h3", context.getTranslation("consultation.questions.question"), "class", "question-label");
                boolean otherLanguage = !a.askedIn().getLanguage().equals(language.getLanguage());
                out.element("p", a.question(), "class", "question-text", "lang", otherLanguage ? a.askedIn().toLanguageTag() : null);
                out.open("p", "class", "question-asked")
                        .text(context.getTranslation("consultation.questions.asked", Map.of("date", dates.date(a.askedAt(), language))))
                        .close("p");
                out.element("h4", context.getTranslation("consultation.questions.answer"), "class", "answer-label");
                if (a.answer().fallback() || a.role().fallback()) {
                    out.element("p", context.getTranslation("common.fallback.notice"), "class", "fallback-notice");
                }
                out.open("p", "class", "answer-by")
                        .text(context.getTranslation("consultation.questions.answered-by.label")).text(" ")
                        .element("span", a.role().text(), "lang", lang(a.role()))
                        .text(" · ")
                        .open("time", "datetime", a.answeredAt().toString())
                        .text(dates.date(a.answeredAt(), language)).close("time")
                        .close("p");
                for (String paragraph : paragraphs(a.answer())) {
                    out.element("p", paragraph, "class", "answer-text", "lang", lang(a.answer()));
                }
                out.close("li");
            }
            out.close("ul");
        }
        return new HtmlBlock("section", out).attribute("aria-labelledby", ID).className("consultation-questions");
    }

    /** Plain text, a paragraph per blank-line-separated part. */
    private static List<String> paragraphs(LocalizedText text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.text().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String lang(LocalizedText text) {
        return text.fallback() ? text.language().toLanguageTag() : null;
    }
}
