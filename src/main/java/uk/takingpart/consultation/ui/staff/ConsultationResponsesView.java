package uk.takingpart.consultation.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.OdsWriter;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseFilter;
import uk.takingpart.consultation.Themes;
import uk.takingpart.consultation.ResponseAdministration.ResponsePage;
import uk.takingpart.consultation.ResponseAdministration.ResponseRow;

/**
 * A consultation's responses, newest first, a page at a time ({@code ?page=2}), filtered by the
 * query parameters ({@link ResponseFilter}), with how many there are for the filter and links to
 * download them as CSV and as an OpenDocument spreadsheet (following the filter), to the counts
 * per question and to the equality report.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/responses", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationResponsesView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph total = new Paragraph();
    final DataTable table = new DataTable();
    final Paragraph pageNumber = new Paragraph();
    Anchor download;
    Anchor downloadOds;
    Anchor summaryLink;
    ResponseFilters filters;
    private ResponseFilter filter = ResponseFilter.NONE;
    Anchor previous;
    Anchor next;
    private final ResponseAdministration responses;
    private final DateTexts dates;
    private final AuthenticationContext authentication;
    private final Themes themes;
    private String consultationTitle = "";

    ConsultationResponsesView(ResponseAdministration responses, DateTexts dates, AuthenticationContext authentication, Themes themes) {
        this.responses = responses;
        this.themes = themes;
        this.dates = dates;
        this.authentication = authentication;
        addClassName("staff-consultation-responses");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int requested = event.getLocation().getQueryParameters().getSingleParameter("page")
                .filter(p -> p.matches("[0-9]{1,6}")).map(Integer::valueOf).orElse(1);
        ResponseFilter.Parsed parsed = ResponseFilter.parse(query);
        ResponsePage found = responses.responses(id, parsed.filter(), requested, getLocale()).orElse(null);
        if (found == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        filter = parsed.filter();
        filters = new ResponseFilters("staff/consultations/" + id + "/responses", query, parsed.problems(),
                responses.questions(id, getLocale()), responses.channels(id), themes.themes(id));
        show(id, found);
    }

    private void show(long id, ResponsePage found) {
        removeAll();
        Locale language = getLocale();
        consultationTitle = ResponseView.title(found.consultation());
        Anchor back = ConsultationListView.link("staff/consultations", getTranslation("consultation.staff.responses.back"));
        back.addClassName("back-link");
        heading.setText(title());
        total.setText(filter.any()
                ? getTranslation("consultation.staff.responses.total-filtered", Map.of("count", found.total(), "all", found.consultation().responses()))
                : getTranslation("consultation.staff.responses.total", Map.of("count", found.total())));
        total.getElement().setAttribute("role", "status");
        String kept = ResponseFilters.query(filter, Map.of());
        summaryLink = ConsultationListView.link("staff/consultations/" + id + "/summary" + kept,
                getTranslation("consultation.staff.responses.summary-link"));
        Anchor equality = ConsultationListView.link("staff/consultations/" + id + "/equality",
                getTranslation("consultation.staff.responses.equality-link"));
        Anchor questionsLink = ConsultationListView.link("staff/consultations/" + id + "/questions",
                getTranslation("consultation.staff.responses.questions-link"));
        Anchor themesLink = ConsultationListView.link("staff/consultations/" + id + "/themes",
                getTranslation("consultation.staff.responses.themes-link"));
        Nav related = relatedPages(this, summaryLink, equality, themesLink, QuestionnaireLinks.builder(this, id), questionsLink);
        add(back, heading, related);
        if (authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR)) {
            // responses that came on paper, by phone and so on are entered through the same questions
            Anchor enter = ConsultationListView.link("staff/consultations/" + id + "/enter/received",
                    getTranslation("consultation.staff.responses.enter"));
            enter.setId("enter-response");
            add(new Paragraph(enter));
        }
        add(filters, total);
        if (found.total() == 0) {
            return;
        }

        // the English words are looked up now, with the session locked, so the download runs without the lock
        Map<String, String> english = new LinkedHashMap<>();
        ResponseAdministration.exportKeys().forEach(key -> english.put(key, getTranslation(Locale.ENGLISH, key)));
        String staff = authentication.getPrincipalName().orElseThrow();
        ResponseFilter chosen = filter;
        download = new Anchor(downloadEvent -> {
            downloadEvent.setFileName("responses-consultation-" + id + ".csv");
            downloadEvent.setContentType("text/csv;charset=utf-8");
            Writer out = new BufferedWriter(new OutputStreamWriter(downloadEvent.getOutputStream(), StandardCharsets.UTF_8));
            responses.exportCsv(id, chosen, out, english::get, staff);
        }, getTranslation(filter.any() ? "consultation.staff.responses.download-filtered" : "consultation.staff.responses.download"));
        download.addClassName("download-link");
        downloadOds = new Anchor(downloadEvent -> {
            downloadEvent.setFileName("responses-consultation-" + id + ".ods");
            downloadEvent.setContentType(OdsWriter.MEDIA_TYPE);
            responses.exportOds(id, chosen, new BufferedOutputStream(downloadEvent.getOutputStream(), 1 << 16), english::get, staff);
        }, getTranslation(filter.any() ? "consultation.staff.responses.download-ods-filtered" : "consultation.staff.responses.download-ods"));
        downloadOds.addClassName("download-link");
        add(new Paragraph(download), new Paragraph(downloadOds));

        table.columns(getTranslation("consultation.staff.responses.caption", Map.of("page", found.page(), "pages", found.pages())),
                column("reference"), column("submitted"), column("language"), column("channel"));
        for (ResponseRow r : found.responses()) {
            table.row(ConsultationListView.link("staff/responses/" + r.reference(), r.reference()), dates.dateTime(r.submittedAt(), language),
                    Languages.nativeName(r.language()), getTranslation("consultation.staff.channel." + r.channel()));
        }
        add(table);

        if (found.pages() > 1) {
            Nav pager = new Nav();
            pager.addClassName("pager");
            pager.getElement().setAttribute("aria-label", getTranslation("consultation.staff.responses.pages"));
            pageNumber.setText(getTranslation("consultation.staff.responses.page", Map.of("page", found.page(), "pages", found.pages())));
            pager.add(pageNumber);
            previous = found.page() > 1 ? pageLink(id, found.page() - 1, "consultation.staff.responses.previous") : null;
            next = found.page() < found.pages() ? pageLink(id, found.page() + 1, "consultation.staff.responses.next") : null;
            if (previous != null) {
                pager.add(new Span(previous));
            }
            if (next != null) {
                pager.add(new Span(next));
            }
            add(pager);
        }
    }

    private Anchor pageLink(long id, int page, String key) {
        return ConsultationListView.link("staff/consultations/" + id + "/responses"
                + ResponseFilters.query(filter, Map.of("page", Integer.toString(page))), getTranslation(key));
    }

    private String column(String name) {
        return getTranslation("consultation.staff.responses.column." + name);
    }

    @Override
    protected String title() {
        String title = getTranslation("consultation.staff.responses.title", Map.of("title", consultationTitle));
        return filters != null && filters.hasErrors() ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }

    /** The pages about a consultation's responses, as a list: one link a line at 320 px, each easy to tap. */
    static Nav relatedPages(SitePage page, com.vaadin.flow.component.Component... links) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (com.vaadin.flow.component.Component link : links) {
            list.add(new com.vaadin.flow.component.html.ListItem(link));
        }
        Nav related = new Nav(list);
        related.addClassName("related-pages");
        related.getElement().setAttribute("aria-label", page.getTranslation("consultation.staff.responses.related"));
        return related;
    }
}
