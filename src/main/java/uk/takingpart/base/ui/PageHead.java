package uk.takingpart.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the first HTML response says about a public page before any script runs: its translated
 * {@code <title>} and meta description. Each feature describes its own addresses (as
 * {@code ActivityPageSection} lets a feature add to another's page), so search results, shared
 * links and a browser with JavaScript off or still loading show the page's real name.
 */
public interface PageHead {
    /**
     * @param path     the address without its language segment: {@code ""}, {@code "sessions"},
     *                 {@code "activities/short-breaks"}
     * @return the page's title (without the service name) and description, or empty when the
     *         address is not this feature's
     */
    Optional<Head> head(String path, Locale language);

    /**
     * @param status the HTTP status of the page's first response: 404 for an address that names
     *               something that does not exist (an unknown activity, a tampered booking link),
     *               so search engines, link checkers and monitors are told what the page says
     */
    record Head(String title, String description, int status) {
        public Head(String title, String description) {
            this(title, description, 200);
        }

        /** A page that says "not found", with its title. */
        public static Head notFound(String title) {
            return new Head(title, null, 404);
        }
    }
}
