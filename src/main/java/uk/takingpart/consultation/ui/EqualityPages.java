package uk.takingpart.consultation.ui;

import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.ui.HtmlBlock;
import uk.takingpart.base.ui.Markup;
import uk.takingpart.base.ui.journey.QuestionPage;
import uk.takingpart.consultation.EqualityMonitoring;

/**
 * Equality monitoring, after "About you": a page that explains it (why we ask, who sees the
 * answers, how long they are kept, that every question is optional and that the answers are kept
 * apart from the response), with the choice to skip it all, then one optional question a page.
 * On the check page the answers have their own section.
 */
final class EqualityPages {
    static final String SECTION = "consultation.respond.check.equality";
    static final String CAPTION = "consultation.equality.caption";
    static final String INTRO = "eq.intro";
    static final String ANSWER = "answer";
    static final String SKIP = "skip";
    private static final Set<String> WITH_HINTS = Set.of("gender-identity", "ethnic-group", "national-identity", "disability", "carer", "send");
    /** How long the answers are kept after closing, as the explainer says (the configured period). */
    private final long keptMonths;

    EqualityPages(long keptMonths) {
        this.keptMonths = keptMonths;
    }

    List<QuestionPage> pages() {
        List<QuestionPage> pages = new ArrayList<>();
        pages.add(new Explainer(keptMonths));
        for (EqualityMonitoring.Question question : EqualityMonitoring.QUESTIONS) {
            pages.add(new ChoicePage("equality-" + question.code(), key(question), question.multiple(), question.categories(),
                    question.questionKey(), hint(question), question::categoryKey, EqualityPages::answering, CAPTION, SECTION));
        }
        return pages;
    }

    private static String hint(EqualityMonitoring.Question question) {
        if (WITH_HINTS.contains(question.code())) {
            return "equality." + question.code() + ".hint";
        }
        return null;
    }

    private static String key(EqualityMonitoring.Question question) {
        return "eq." + question.code();
    }

    private static boolean answering(Draft draft) {
        return !SKIP.equals(draft.get(INTRO));
    }

    /** The answers to send (question code to category codes): none when the person chose to skip them. */
    static Map<String, List<String>> answers(Draft draft) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        if (!answering(draft)) {
            return answers;
        }
        for (EqualityMonitoring.Question question : EqualityMonitoring.QUESTIONS) {
            List<String> chosen = draft.codes(key(question));
            if (!chosen.isEmpty()) {
                answers.put(question.code(), chosen);
            }
        }
        return EqualityMonitoring.clean(answers);
    }

    /** The explanation, and whether to answer the questions at all (Continue with nothing chosen goes on to them). */
    private static final class Explainer extends ChoicePage {
        private final long keptMonths;

        Explainer(long keptMonths) {
            super("equality", INTRO, false, List.of(ANSWER, SKIP), "consultation.equality.intro.question", null,
                    code -> "consultation.equality.intro." + code, d -> true, CAPTION, SECTION);
            this.keptMonths = keptMonths;
        }

        @Override
        public void render(Draft draft, uk.takingpart.base.ui.journey.QuestionContext page) {
            String title = page.t("consultation.equality.title");
            page.title(title);
            H1 heading = new H1(title);
            heading.addClassName("equality-title");
            Markup text = new Markup()
                    .element("p", page.t("consultation.equality.why"))
                    .element("p", page.t("consultation.equality.apart"))
                    .element("p", page.t("consultation.equality.who-sees"))
                    .element("p", page.t("consultation.equality.kept", Map.of("equalityMonths", keptMonths)))
                    .element("p", page.t("consultation.equality.optional"));
            page.add(heading, new HtmlBlock("div", text).className("equality-explainer"));
            super.render(draft, page);
        }

        @Override
        protected boolean legendIsHeading() {
            return false;
        }
    }
}
