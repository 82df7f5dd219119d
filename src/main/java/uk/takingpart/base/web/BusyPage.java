package uk.takingpart.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.Languages;
import uk.takingpart.base.ui.DisplayPreferences;

/**
 * "Sorry, we are busy": a small page that stands on its own (no script, no stylesheet to fetch, no
 * session), in the visitor's language, with a link to try the same address again and how to reach
 * the organisation meanwhile.
 */
@Component
class BusyPage {
    private static final String STYLE = """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;\
            line-height:1.5;color:#0b0c0c;background:#fff;overflow-wrap:anywhere}\
            header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}\
            header{border-bottom:4px solid #1d70b8;font-weight:700}\
            h1{font-size:2rem;line-height:1.2;margin:1rem 0}\
            a{color:#1d4f91;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}\
            a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c;text-decoration:none;box-shadow:0 4px #0b0c0c}\
            footer{border-top:1px solid #b1b4b6;font-size:1rem}\
            .large-print{font-size:1.5rem}\
            .large-print h1{font-size:2.5rem}\
            @media (prefers-color-scheme:dark){body{color:#f3f2f1;background:#0b0c0c}a{color:#8fc3ff}}""";

    private final I18NProvider translations;
    private final Languages languages;
    private final Organisation organisation;

    BusyPage(I18NProvider translations, Languages languages, Organisation organisation) {
        this.translations = translations;
        this.languages = languages;
        this.organisation = organisation;
    }

    /** The language to answer in: the address's, else the one chosen before, else the browser's. */
    Locale language(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return languages.forRequest(path, DisplayPreferences.fromCookies(request.getCookies()).language().orElse(null),
                request.getHeader("Accept-Language"));
    }

    String html(HttpServletRequest request, Locale language) {
        return html(request, language, "common.busy.title", "common.busy.text", Map.of(), "common.busy.try-again", sameAddress(request));
    }

    /**
     * The same small page with other words: a title, a paragraph (with {@code textArguments}), a link
     * ({@code linkKey} to {@code linkHref}, a path on this site) and how to reach the organisation.
     */
    String html(HttpServletRequest request, Locale language, String titleKey, String textKey, Map<String, Object> textArguments,
                String linkKey, String linkHref) {
        Map<String, Object> arguments = new HashMap<>(organisation.arguments(language));
        String title = t(titleKey, language, Map.of());
        arguments.put("page", title);
        arguments.put("service", t("common.service.name", language, Map.of()));
        Map<String, Object> textArgs = new HashMap<>(arguments);
        textArgs.putAll(textArguments);
        boolean largePrint = DisplayPreferences.fromCookies(request.getCookies()).largePrint();
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language.toLanguageTag()) + "\" dir=\"" + Languages.direction(language) + "\">"
                + "<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + escape(t("common.title.pattern", language, arguments)) + "</title>"
                + "<style>" + STYLE + "</style></head>"
                + "<body" + (largePrint ? " class=\"large-print\"" : "") + ">"
                + "<header><p>" + escape(t("common.service.name", language, arguments)) + "</p></header>"
                + "<main><h1>" + escape(title) + "</h1>"
                + "<p>" + escape(t(textKey, language, textArgs)) + "</p>"
                + "<p><a href=\"" + escape(linkHref) + "\">" + escape(t(linkKey, language, arguments)) + "</a></p>"
                + "<p>" + escape(t("common.busy.contact", language, arguments)) + "</p></main>"
                + "<footer><p>" + escape(t("common.footer.organisation", language, arguments)) + "</p></footer>"
                + "</body></html>\n";
    }

    /** The address asked for, as a path on this site (never another site's). */
    static String sameAddress(HttpServletRequest request) {
        String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    private String t(String key, Locale language, Map<String, Object> arguments) {
        return translations.getTranslation(key, language, arguments);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
