package uk.takingpart.privacy.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalRecord;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.OdsWriter;
import uk.takingpart.base.ui.EditorErrors;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;
import uk.takingpart.privacy.DataRights;

/**
 * A person's rights over their data, for administrators: search by the email address or phone
 * number they used, see what is held kind by kind, download a copy (spreadsheet or JSON) for a
 * subject access request, and erase it after a confirmation that says what goes and what stays.
 * What was typed stays on this page only: never in the address, where logs would keep it.
 */
@Route(value = "staff/data-rights", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
class DataRightsView extends SitePage implements BeforeEnterObserver {
    static final String SEARCH_ID = "data-rights-search";
    static final int SHOWN_PER_KIND = 50;

    final H1 heading = new H1();
    final ErrorSummary errorSummary = new ErrorSummary();
    final TextField search = new TextField();
    final NativeButton searchButton = new NativeButton();
    final Div results = new Div();
    final Paragraph status = new Paragraph();
    Anchor downloadOds;
    Anchor downloadJson;
    NativeButton eraseButton;
    Section confirmation;
    NativeButton confirmErase;
    NativeButton cancelErase;
    private final DataRights rights;
    private final DateTexts dates;
    private final java.time.Clock clock;
    private DataRights.Findings found;

    DataRightsView(DataRights rights, DateTexts dates, java.time.Clock clock) {
        this.rights = rights;
        this.dates = dates;
        this.clock = clock;
        addClassName("data-rights");
        search.setId(SEARCH_ID);
        search.getElement().setAttribute("autocomplete", "off");
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> find());
        searchButton.addClassName("button");
        searchButton.addClickListener(e -> find());
        status.getElement().setAttribute("role", "status");
        results.addClassName("data-rights-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading.setText(title());
        search.setLabel(getTranslation("privacy.staff.search.label"));
        search.setHelperText(getTranslation("privacy.staff.search.hint"));
        searchButton.setText(getTranslation("privacy.staff.search.button"));
        Div form = new Div(search, searchButton);
        form.addClassName("editor-grid");
        add(heading, errorSummary, new Paragraph(getTranslation("privacy.staff.intro")), form, status, results);
    }

    void find() {
        EditorErrors.clear(errorSummary, List.of(search));
        status.setText("");
        results.removeAll();
        found = null;
        String typed = search.getValue();
        Optional<PersonSearch> who = PersonSearch.parse(typed);
        if (who.isEmpty()) {
            String key = typed == null || typed.isBlank() ? "privacy.staff.error.required" : "privacy.staff.error.invalid";
            EditorErrors.show(this, errorSummary, Map.of("search", search), Map.of("search", key), Map.of());
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        found = rights.find(who.get());
        showFound();
    }

    private void showFound() {
        Locale language = getLocale();
        results.removeAll();
        results.add(new H2(getTranslation("privacy.staff.results.heading")));
        Paragraph total = new Paragraph(found.isEmpty() ? getTranslation("privacy.staff.results.none")
                : getTranslation("privacy.staff.results.total", Map.of("count", found.total())));
        total.addClassName("data-rights-total");
        results.add(total);
        for (DataRights.Found kind : found.kinds()) {
            Section section = new Section();
            section.addClassName("data-rights-kind");
            section.setId("kind-" + kind.kind());
            section.add(new H3(getTranslation("privacy.staff.results.kind",
                    Map.of("title", getTranslation("privacy.kind." + kind.kind() + ".title"), "count", kind.count()))));
            section.add(new Paragraph(getTranslation("privacy.kind." + kind.kind() + ".description")));
            if (kind.count() > 0) {
                UnorderedList items = new UnorderedList();
                for (PersonalRecord r : kind.records().subList(0, Math.min(SHOWN_PER_KIND, kind.count()))) {
                    items.add(new ListItem(getTranslation("privacy.staff.results.item",
                            Map.of("reference", r.reference(), "date", dates.dateTime(r.at(), language)))));
                }
                section.add(items);
            }
            results.add(section);
        }
        for (String kind : DataRights.NOT_LINKED) {
            Section section = new Section(new H3(getTranslation("privacy.kind." + kind + ".title")),
                    new Paragraph(getTranslation("privacy.kind." + kind + ".description")));
            section.addClassName("data-rights-kind");
            section.setId("kind-" + kind);
            results.add(section);
        }
        if (found.isEmpty()) {
            return;
        }
        PersonSearch who = found.who();
        // the words are looked up now, with the session locked, so the download runs without the lock
        Map<String, String> words = new HashMap<>();
        for (String key : List.of("privacy.export.summary", "privacy.export.kind", "privacy.export.count",
                "privacy.export.searched-for", "privacy.export.produced")) {
            words.put(key, getTranslation(key));
        }
        rights.kinds().forEach(k -> words.put("privacy.kind." + k + ".title", getTranslation("privacy.kind." + k + ".title")));
        String file = "personal-data-" + clock.instant().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        downloadOds = new Anchor(download -> {
            download.setFileName(file + ".ods");
            download.setContentType(OdsWriter.MEDIA_TYPE);
            rights.exportOds(who, new BufferedOutputStream(download.getOutputStream(), 1 << 16), words::get);
        }, getTranslation("privacy.staff.download.ods"));
        downloadOds.addClassName("download-link");
        downloadJson = new Anchor(download -> {
            download.setFileName(file + ".json");
            download.setContentType("application/json;charset=utf-8");
            rights.exportJson(who, new BufferedOutputStream(download.getOutputStream(), 1 << 16));
        }, getTranslation("privacy.staff.download.json"));
        downloadJson.addClassName("download-link");
        eraseButton = new NativeButton(getTranslation("privacy.staff.erase.button"), e -> askToErase());
        eraseButton.addClassName("button");
        eraseButton.addClassName("button-warning");
        results.add(new Paragraph(downloadOds), new Paragraph(downloadJson), new Paragraph(eraseButton));
    }

    private void askToErase() {
        if (confirmation != null) {
            confirmation.removeFromParent();
        }
        confirmation = new Section();
        confirmation.addClassName("data-rights-confirm");
        H2 question = new H2(getTranslation("privacy.staff.erase.heading"));
        question.setId("erase-heading");
        confirmation.getElement().setAttribute("aria-labelledby", "erase-heading");
        confirmation.add(question, new Paragraph(getTranslation("privacy.staff.erase.intro")));
        UnorderedList list = new UnorderedList();
        for (DataRights.Found kind : found.kinds()) {
            if (kind.count() == 0) {
                continue;
            }
            list.add(new ListItem(getTranslation("privacy.staff.erase.item", Map.of(
                    "title", getTranslation("privacy.kind." + kind.kind() + ".title"), "count", kind.count(),
                    "removed", getTranslation("privacy.kind." + kind.kind() + ".removed"),
                    "kept", getTranslation("privacy.kind." + kind.kind() + ".kept")))));
        }
        confirmation.add(list);
        confirmErase = new NativeButton(getTranslation("privacy.staff.erase.confirm"), e -> erase());
        confirmErase.addClassName("button");
        confirmErase.addClassName("button-warning");
        cancelErase = new NativeButton(getTranslation("privacy.staff.erase.cancel"), e -> {
            confirmation.removeFromParent();
            confirmation = null;
            eraseButton.focus();
        });
        cancelErase.addClassName("link-button");
        confirmation.add(new Div(confirmErase, cancelErase));
        results.add(confirmation);
        question.getElement().setAttribute("tabindex", "-1");
        question.getElement().executeJs("setTimeout(() => this.focus(), 0)");
    }

    private void erase() {
        List<Erasure> done = rights.erase(found.who());
        int deleted = done.stream().mapToInt(Erasure::deleted).sum();
        int anonymised = done.stream().mapToInt(Erasure::anonymised).sum();
        results.removeAll();
        confirmation = null;
        found = null;
        status.setText(getTranslation("privacy.staff.erase.done", Map.of("deleted", deleted, "anonymised", anonymised)));
        search.clear();
        search.focus();
    }

    @Override
    protected String title() {
        return getTranslation("privacy.staff.title");
    }
}
