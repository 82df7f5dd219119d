package uk.takingpart.base.ui.journey;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;

/** What a {@link QuestionPage} draws with: the page's language, its errors, its title and its form. */
public interface QuestionContext {
    Locale locale();

    String t(String key);

    String t(String key, Map<String, ?> args);

    /** The message for a field in error on this showing of the page, or null. */
    String error(String fieldId);

    /** The page's title (without the service name); usually its heading. */
    void title(String title);

    /** Adds what comes before the form (a heading, an explanation). */
    void add(Component... components);

    /** Adds the question form: the fields, then the Continue button; a submit runs the reader. */
    void form(QuestionPage.Reader reader, Component... fields);
}
