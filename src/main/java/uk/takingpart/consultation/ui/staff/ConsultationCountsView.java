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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.DataTable;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.AnswerCounts;
import uk.takingpart.consultation.AnswerWords;
import uk.takingpart.consultation.Question;
import uk.takingpart.consultation.QuestionType;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseAdministration.Counts;
import uk.takingpart.consultation.ResponseFilter;
import uk.takingpart.consultation.Themes;

/**
 * Counts per closed question for a consultation's responses (or those a filter lets through): for
 * each choice, scale point, yes / no / not sure, grid statement and point, or ranked option, how
 * many chose it and what share that is, in a table with a caption. Counted by the database on each
 * visit, so it is up to date whenever the page is opened; numbers and percentages through ICU in
 * the staff member's language.
 */
@Route(value = "staff/consultations/:id([0-9]{1,18})/summary", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ConsultationCountsView extends SitePage implements BeforeEnterObserver {
    final H1 heading = new H1();
    final Paragraph total = new Paragraph();
    final Div questions = new Div();
    ResponseFilters filters;
    private final ResponseAdministration responses;
    private final Themes themes;
    private String consultationTitle = "";

    ConsultationCountsView(ResponseAdministration responses, Themes themes) {
        this.responses = responses;
        this.themes = themes;
        addClassName("staff-consultation-counts");
        questions.addClassName("question-counts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").map(Long::valueOf).orElseThrow();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        ResponseFilter.Parsed parsed = ResponseFilter.parse(query);
        Locale language = getLocale();
        Counts counts = responses.counts(id, parsed.filter(), language).orElse(null);
        if (counts == null) {
            event.rerouteToError(new StaffNotFoundView.StaffPageNotFound(), "");
            return;
        }
        filters = new ResponseFilters("staff/consultations/" + id + "/summary", query, parsed.problems(),
                responses.questions(id, language), responses.channels(id), themes.themes(id));
        removeAll();
        consultationTitle = ResponseView.title(counts.consultation());
        heading.setText(title());
        Anchor back = ConsultationListView.link("staff/consultations/" + id + "/responses" + ResponseFilters.query(parsed.filter(), Map.of()),
                getTranslation("consultation.staff.counts.back"));
        back.addClassName("back-link");
        total.setText(parsed.filter().any()
                ? getTranslation("consultation.staff.counts.total-filtered", Map.of("count", counts.responses(), "all", counts.consultation().responses()))
                : getTranslation("consultation.staff.counts.total", Map.of("count", counts.responses())));
        total.getElement().setAttribute("role", "status");
        add(back, heading, new Paragraph(getTranslation("consultation.staff.counts.intro")), new Paragraph(QuestionnaireLinks.builder(this, id)),
                filters, total);

        NumberFormat whole = NumberFormat.getIntegerInstance(Languages.formatting(language));
        NumberFormat percent = NumberFormat.getPercentInstance(Languages.formatting(language));
        percent.setMaximumFractionDigits(1);
        NumberFormat decimal = NumberFormat.getNumberInstance(Languages.formatting(language));
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        Function<String, String> t = this::getTranslation;
        questions.removeAll();
        Map<String, Integer> channels = responses.channelCounts(id, parsed.filter());
        if (!channels.isEmpty()) {
            // responses entered by staff (paper, phone…) are counted with the online ones; this says how many came each way
            DataTable byChannel = new DataTable();
            byChannel.columns(getTranslation("consultation.staff.counts.caption.channel"), column("channel"), column("count"),
                    column("percentage"));
            channels.forEach((channel, count) -> byChannel.row(getTranslation("consultation.staff.channel." + channel), whole.format(count),
                    percent.format(counts.responses() == 0 ? 0 : (double) count / counts.responses())));
            Section section = new Section(new H2(getTranslation("consultation.staff.counts.channels")), byChannel);
            section.addClassName("channel-count");
            section.setId("channel-counts");
            questions.add(section);
        }
        if (counts.questions().isEmpty()) {
            questions.add(new Paragraph(getTranslation("consultation.staff.counts.none")));
        }
        for (AnswerCounts question : counts.questions()) {
            Question q = question.question();
            H2 title = new H2(getTranslation("consultation.staff.response.question",
                    Map.of("number", q.number(), "question", ResponseFilters.text(q))));
            if (q.text() != null && q.text().fallback()) {
                title.getElement().setAttribute("lang", "en");
            }
            Paragraph answered = new Paragraph(getTranslation("consultation.staff.counts.answered",
                    Map.of("count", question.answered(), "all", counts.responses())));
            DataTable table = new DataTable();
            String caption = getTranslation("consultation.staff.counts.caption." + kind(q.type()), Map.of("number", q.number()));
            switch (q.type()) {
                case AGREEMENT_GRID -> table.columns(caption, column("statement"), column("answer"), column("count"), column("percentage"));
                case RANKING -> table.columns(caption, column("option"), column("first-choices"), column("percentage"), column("average-position"));
                case MULTIPLE_CHOICE -> table.columns(caption, column("option"), column("count"), column("percentage-of-answered"));
                default -> table.columns(caption, column("answer"), column("count"), column("percentage"));
            }
            for (AnswerCounts.Tally tally : question.tallies()) {
                String share = percent.format(question.share(tally));
                String words = ResponseAdministration.tallyText(q, tally, t);
                switch (q.type()) {
                    case AGREEMENT_GRID -> table.row(AnswerWords.choiceText(q, tally.statement(), t), words, whole.format(tally.count()), share);
                    case RANKING -> table.row(words, whole.format(tally.count()), share,
                            tally.averagePosition() == null ? getTranslation("consultation.staff.counts.not-ranked") : decimal.format(tally.averagePosition()));
                    default -> table.row(words, whole.format(tally.count()), share);
                }
            }
            Section section = new Section(title, answered, table);
            section.addClassName("question-count");
            questions.add(section);
        }
        add(questions);
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case AGREEMENT_GRID -> "grid";
            case RANKING -> "ranking";
            case MULTIPLE_CHOICE -> "multiple";
            default -> "single";
        };
    }

    private String column(String name) {
        return getTranslation("consultation.staff.counts.column." + name);
    }

    @Override
    protected String title() {
        String title = getTranslation("consultation.staff.counts.title", Map.of("title", consultationTitle));
        return filters != null && filters.hasErrors() ? getTranslation("common.error.title-prefix", Map.of("title", title)) : title;
    }
}
