package uk.takingpart.consultation.ui.staff;

import com.ibm.icu.text.NumberFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.OdsWriter;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.EqualityMonitoring;
import uk.takingpart.consultation.EqualityReport;
import uk.takingpart.consultation.EqualityReport.Cell;
import uk.takingpart.consultation.EqualityReport.Report;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.ConsultationSummary;

/**
 * Who took part in a consultation, in aggregate: the equality monitoring report, a table per
 * question with each category's count in the staff member's language, small counts (and the one
 * that would give them away) shown as "fewer than 5" with why. Counts only, never a person's
 * answers. Reading it and downloading it as an OpenDocument spreadsheet are in the audit trail.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/equality", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class EqualityReportView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph people = new Paragraph();
    final Div questions = new Div();
    Anchor download;
    private final ResponseAdministration responses;
    private final EqualityReport reports;
    private final AuthenticationContext authentication;
    private String consultationTitle = "";

    EqualityReportView(ResponseAdministration responses, EqualityReport reports, AuthenticationContext authentication) {
        this.responses = responses;
        this.reports = reports;
        this.authentication = authentication;
        addClassName("staff-equality-report");
        questions.addClassName("equality-questions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        Locale language = getLocale();
        ConsultationSummary consultation = responses.consultation(id, language).orElse(null);
        String staff = authentication.getPrincipalName().orElseThrow();
        Report report = consultation == null ? null : reports.read(id, staff).orElse(null);
        if (report == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        removeAll();
        consultationTitle = ResponseView.title(consultation);
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations/" + id + "/responses", getTranslation("consultation.staff.equality.back"));
        back.addClassName("back-link");
        NumberFormat whole = NumberFormat.getIntegerInstance(Languages.formatting(language));
        String suppressed = getTranslation("consultation.staff.equality.suppressed");
        people.setText(report.people() == null ? getTranslation("consultation.staff.equality.people-suppressed")
                : getTranslation("consultation.staff.equality.people", Map.of("count", report.people())));
        Paragraph explanation = new Paragraph(getTranslation("consultation.staff.equality.explanation"));
        explanation.addClassName("suppression-explanation");
        Paragraph apart = new Paragraph(getTranslation("consultation.staff.equality.apart"));

        // the words are looked up now, with the session locked, so the download runs without the lock
        Map<String, String> words = new LinkedHashMap<>();
        EqualityReport.exportKeys().forEach(key -> words.put(key, getTranslation(key)));
        download = new Anchor(downloadEvent -> {
            downloadEvent.setFileName("equality-report-consultation-" + id + ".ods");
            downloadEvent.setContentType(OdsWriter.MEDIA_TYPE);
            reports.exportOds(id, new BufferedOutputStream(downloadEvent.getOutputStream(), 1 << 16), words::get, staff);
        }, getTranslation("consultation.staff.equality.download"));
        download.addClassName("download-link");
        add(back, heading, people, apart, explanation, new Paragraph(download), new Paragraph(QuestionnaireLinks.builder(this, id)));

        questions.removeAll();
        for (EqualityReport.QuestionCounts counts : report.questions()) {
            EqualityMonitoring.Question question = EqualityMonitoring.question(counts.question()).orElseThrow();
            DataTable table = new DataTable();
            table.columns(getTranslation("consultation.staff.equality.caption", Map.of("question", getTranslation(question.questionKey()))),
                    getTranslation("consultation.staff.equality.column.category"), getTranslation("consultation.staff.equality.column.count"));
            for (Cell cell : counts.cells()) {
                table.row(getTranslation(question.categoryKey(cell.category())), cell.suppressed() ? suppressed : whole.format(cell.count()));
            }
            Section section = new Section(new H2(getTranslation(question.questionKey())), table);
            section.addClassName("equality-question");
            questions.add(section);
        }
        add(questions);
    }

    @Override
    protected String title() {
        return getTranslation("consultation.staff.equality.title", Map.of("title", consultationTitle));
    }
}
