package uk.takingpart.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.takingpart.base.i18n.Languages;

/**
 * The bilingual part of a staff editor: one set of text fields per language the site supports,
 * side by side, each column headed with the language's own name, each field labelled with it
 * ("Title (Cymraeg)") and marked with its {@code lang}. Errors name a field as
 * {@code language.field} ("cy.title"). Every editor of content written per language uses this.
 *
 * @param <F> the editor's fields of one language
 */
public final class LanguageColumns<F> {
    private final Map<String, F> byLanguage = new LinkedHashMap<>();
    private final Function<F, Map<String, Component>> byName;

    /**
     * @param fields makes one language's fields
     * @param byName one language's fields by name ("title", "summary"), in the order shown
     */
    public LanguageColumns(Languages languages, Supplier<F> fields, Function<F, Map<String, Component>> byName) {
        this.byName = byName;
        for (Locale language : languages.supported()) {
            byLanguage.put(language.getLanguage(), fields.get());
        }
    }

    /** Each language's fields, by language code, in the site's order. */
    public Map<String, F> byLanguage() {
        return byLanguage;
    }

    /**
     * The columns: each field labelled from {@code labelKeyPrefix + name} with the language's
     * name as {@code {language}}, and given the id {@code code-name}.
     */
    public Div build(Component view, String labelKeyPrefix) {
        Div columns = new Div();
        columns.addClassName("language-columns");
        byLanguage.forEach((code, fields) -> {
            Locale language = Locale.forLanguageTag(code);
            String name = Languages.nativeName(language);
            H2 heading = new H2(name);
            heading.getElement().setAttribute("lang", language.toLanguageTag());
            Div column = new Div(heading);
            column.addClassName("language-column");
            byName.apply(fields).forEach((field, component) -> {
                ((HasLabel) component).setLabel(view.getTranslation(labelKeyPrefix + field, Map.of("language", name)));
                component.getElement().setAttribute("lang", language.toLanguageTag());
                component.setId(code + "-" + field);
                column.add(component);
            });
            columns.add(column);
        });
        return columns;
    }

    /** Adds every language's fields to an editor's fields by error name ({@code cy.title}). */
    public void addTo(Map<String, Component> fieldsByErrorName) {
        byLanguage.forEach((code, fields) -> byName.apply(fields).forEach((name, c) -> fieldsByErrorName.put(code + "." + name, c)));
    }
}
