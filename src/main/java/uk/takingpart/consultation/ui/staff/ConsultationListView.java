package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.takingpart.consultation.ConsultationSetup;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;

/** Every consultation, latest closing first, with its dates and how many people have responded. */
@Route(value = "staff/consultations", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationListView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final DataTable table = new DataTable();
    final Section toSetUp = new Section();
    private final ResponseAdministration responses;
    private final DateTexts dates;
    private final ConsultationSetup setup;
    private final AuthenticationContext authentication;

    ConsultationListView(ResponseAdministration responses, DateTexts dates, ConsultationSetup setup, AuthenticationContext authentication) {
        this.responses = responses;
        this.dates = dates;
        this.setup = setup;
        this.authentication = authentication;
        toSetUp.setId("to-set-up");
        addClassName("staff-consultations");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        add(heading);
        List<ConsultationSummary> all = responses.consultations(getLocale());
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("consultation.staff.list.none")));
        } else {
            table.columns(getTranslation("consultation.staff.list.caption"), column("consultation"), column("opens"), column("closes"),
                    column("responses"), column("questionnaire"), column("questions"), column("details"));
            for (ConsultationSummary c : all) {
                Anchor link = link("staff/consultations/" + c.id() + "/responses", ResponseView.title(c));
                if (c.title().fallback()) {
                    link.getElement().setAttribute("lang", "en");
                }
                Anchor questions = link("staff/consultations/" + c.id() + "/questions", getTranslation("consultation.staff.list.questions"));
                questions.getElement().setAttribute("aria-label", getTranslation("consultation.staff.list.questions") + " – " + ResponseView.title(c));
                Anchor details = link("staff/consultations/" + c.id() + "/details", getTranslation("consultation.staff.list.column.details"));
                details.getElement().setAttribute("aria-label", getTranslation("consultation.staff.list.details", Map.of("title", ResponseView.title(c))));
                table.row(link, dates.date(c.opensAt(), getLocale()), dates.date(c.closesAt(), getLocale()),
                        getTranslation("consultation.staff.list.count", Map.of("count", c.responses())),
                        link("staff/consultations/" + c.id() + "/questionnaire", getTranslation("consultation.staff.list.questionnaire")), questions, details);
            }
            add(table);
        }
        // activities of type consultation written in the activity editor, waiting for their dates and words
        List<ConsultationSetup.Unset> unset = setup.notSetUp(getLocale());
        if (!unset.isEmpty()) {
            toSetUp.removeAll();
            toSetUp.add(new H2(getTranslation("consultation.staff.list.to-set-up")),
                    new Paragraph(getTranslation("consultation.staff.list.to-set-up.intro")));
            UnorderedList list = new UnorderedList();
            boolean editor = authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR);
            for (ConsultationSetup.Unset u : unset) {
                list.add(new ListItem(editor ? link("staff/consultations/set-up/" + u.slug(),
                        getTranslation("consultation.staff.list.set-up", Map.of("title", u.title()))) : new Span(u.title())));
            }
            toSetUp.add(list);
            add(toSetUp);
        }
    }

    private String column(String name) {
        return getTranslation("consultation.staff.list.column." + name);
    }

    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.list.title");
    }
}
