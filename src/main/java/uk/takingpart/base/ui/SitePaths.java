package uk.takingpart.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;

/**
 * Addresses on the public site. The language is the first segment of every address
 * ({@code /cy/activities/...}), so a Welsh link opens Welsh for anyone who follows it.
 */
public final class SitePaths {
    /** The language segment that starts every public route template. */
    public static final String LANG = ":lang([a-z][a-z][a-z]?)";

    private SitePaths() {}

    /** The address of a page in a language: {@code href(cy, "activities/x")} is {@code cy/activities/x}. */
    public static String href(Locale language, String path) {
        String code = language.getLanguage();
        return path == null || path.isEmpty() ? code : code + "/" + path;
    }

    public static String href(Locale language, String path, QueryParameters query) {
        String base = href(language, path);
        String queryString = query == null ? "" : query.getQueryString();
        return queryString.isEmpty() ? base : base + "?" + queryString;
    }

    /** The same page as {@code location} in another language, keeping its query. */
    public static String inLanguage(Location location, Locale language) {
        List<String> segments = location.getSegments();
        String rest = segments.size() <= 1 ? "" : String.join("/", segments.subList(1, segments.size()));
        return href(language, rest, location.getQueryParameters());
    }

    /** The path of a location without its language segment. */
    static String withoutLanguage(Location location) {
        List<String> segments = location.getSegments();
        return segments.size() <= 1 ? "" : String.join("/", segments.subList(1, segments.size()));
    }
}
