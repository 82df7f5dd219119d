package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.takingpart.base.i18n.Languages;

/**
 * A staff editor's errors, shown the one way: by each field (its own error message), in the
 * error summary at the top (which takes focus), and in the page title ("Error: ..."). Errors
 * come as field name to translation key; a per-language field's name starts with the language
 * ("cy.title") and its message gets the language's name as {@code {language}}.
 */
public final class EditorErrors {
    private EditorErrors() {}

    /** Shows the errors, in the order of the fields; an error for no field links to the summary itself. */
    public static void show(SitePage page, ErrorSummary summary, Map<String, Component> fields, Map<String, String> errors,
                            Map<String, ?> arguments) {
        Map<String, String> messages = new LinkedHashMap<>();
        fields.forEach((field, component) -> {
            String key = errors.get(field);
            if (key == null) {
                return;
            }
            Map<String, Object> args = new HashMap<>(arguments);
            args.put("language", field.contains(".") ? Languages.nativeName(Locale.forLanguageTag(field.substring(0, field.indexOf('.')))) : "");
            String message = page.getTranslation(key, args);
            if (component instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            }
            messages.put(component.getId().orElse(field), message);
        });
        errors.forEach((field, key) -> {
            if (!fields.containsKey(field)) {
                messages.put(ErrorSummary.ID, page.getTranslation(key, arguments));
            }
        });
        summary.show(messages);
        errorTitle(page);
    }

    /** The page's title with the "Error:" prefix, for a page showing errors without a new navigation. */
    public static void errorTitle(SitePage page) {
        page.getUI().ifPresent(ui -> ui.getPage().setTitle(page.getTranslation("common.error.title-prefix", Map.of("title", page.getPageTitle()))));
    }

    /** Takes every error away (before the next save). */
    public static void clear(ErrorSummary summary, Collection<Component> fields) {
        summary.hide();
        fields.forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }
}
