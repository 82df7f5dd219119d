package uk.takingpart.activity.ui.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.activity.ActivityAdministration;
import uk.takingpart.activity.ActivityDetails;
import uk.takingpart.activity.ui.ActivityContent;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.SitePage;
import uk.takingpart.base.ui.StaffLayout;

/**
 * The public page of an activity, published or not, in any language and display mode, so
 * staff check the Welsh, the easy read and the large print before the public sees them.
 */
@Route(value = "staff/activities/:slug([a-z0-9-]{1,120})/preview", layout = StaffLayout.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.EDITOR, Roles.ANALYST})
class ActivityPreviewView extends SitePage implements BeforeEnterObserver {
    static final List<String> MODES = List.of("normal", "large-print", "easy-read");
    final H1 heading = new H1();
    private final ActivityAdministration administration;
    private final Languages languages;
    private final DateTexts dates;
    private final AuthenticationContext authentication;

    ActivityPreviewView(ActivityAdministration administration, Languages languages, DateTexts dates, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.administration = administration;
        this.languages = languages;
        this.dates = dates;
        addClassName("activity-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        Locale language = languages.fromCode(query.getSingleParameter("lang").orElse(null)).orElse(languages.defaultLanguage());
        String mode = query.getSingleParameter("mode").filter(MODES::contains).orElse("normal");
        ActivityDetails details = administration.preview(slug, language)
                .orElseThrow(() -> new NotFoundException("No activity " + slug));
        removeAll();

        Paragraph notice = new Paragraph(getTranslation("activity.staff.preview.notice", Map.of(
                "language", Languages.nativeName(language), "mode", getTranslation("activity.staff.preview.mode." + mode))));
        notice.addClassName("notice");
        Nav choices = new Nav();
        choices.getElement().setAttribute("aria-label", getTranslation("activity.staff.preview.choices"));
        UnorderedList links = new UnorderedList();
        for (Locale other : languages.supported()) {
            for (String m : MODES) {
                Anchor link = new Anchor("staff/activities/" + slug + "/preview?lang=" + other.getLanguage() + "&mode=" + m,
                        Languages.nativeName(other) + ": " + getTranslation("activity.staff.preview.mode." + m));
                link.getElement().setAttribute("router-link", true);
                if (other.equals(language) && m.equals(mode)) {
                    link.getElement().setAttribute("aria-current", "page");
                }
                links.add(new ListItem(link));
            }
        }
        choices.add(links);
        choices.addClassName("preview-choices");
        add(notice, choices);
        if (authentication.hasAnyRole(Roles.ADMINISTRATOR, Roles.EDITOR)) {
            Anchor edit = new Anchor("staff/activities/" + slug + "/edit", getTranslation("activity.staff.preview.edit"));
            edit.getElement().setAttribute("router-link", true);
            add(new Paragraph(edit));
        }

        // the preview is in the activity's language, whatever the back office's language
        Div page = new Div();
        page.addClassName("preview-page");
        page.getElement().setAttribute("lang", language.toLanguageTag());
        page.getElement().setAttribute("dir", Languages.direction(language));
        if (mode.equals("large-print")) {
            page.addClassName("preview-large-print");
        }
        add(page);
        ActivityContent.render(page, new LanguageContext(language), heading, details, dates, mode.equals("easy-read"), language);
    }

    /** Gives the preview's interface text in the previewed language. */
    private static final class LanguageContext extends Div {
        private final Locale language;

        LanguageContext(Locale language) {
            this.language = language;
        }

        @Override
        public String getTranslation(String key, Object... params) {
            return getTranslation(language, key, params);
        }
    }

    @Override
    protected String title() {
        return getTranslation("activity.staff.preview.title", Map.of("title", heading.getText()));
    }
}
