package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** The links between a consultation's staff pages about its questionnaire: the builder, the preview, the responses. */
final class QuestionnaireLinks {
    private QuestionnaireLinks() {}

    /** Links to the consultation's other pages, leaving out the one shown ({@code questionnaire}, {@code preview}). */
    static Nav nav(Component page, long consultationId, String current) {
        Nav nav = new Nav();
        nav.addClassName("related-pages");
        nav.getElement().setAttribute("aria-label", page.getTranslation("consultation.builder.related"));
        String base = "staff/consultations/" + consultationId;
        if (!current.equals("questionnaire")) {
            nav.add(new Span(ConsultationListView.link(base + "/questionnaire", page.getTranslation("consultation.builder.link"))), new Span(" "));
        }
        if (!current.equals("preview")) {
            nav.add(new Span(ConsultationListView.link(base + "/questionnaire/preview", page.getTranslation("consultation.builder.preview"))),
                    new Span(" "));
        }
        nav.add(new Span(ConsultationListView.link(base + "/responses", page.getTranslation("consultation.builder.responses-link"))));
        return nav;
    }

    /** A link to the builder, for the consultation's other staff pages. */
    static Anchor builder(Component page, long consultationId) {
        return ConsultationListView.link("staff/consultations/" + consultationId + "/questionnaire",
                page.getTranslation("consultation.builder.link"));
    }
}
