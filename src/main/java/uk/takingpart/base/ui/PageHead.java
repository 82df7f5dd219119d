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

    record Head(String title, String description) {}
}
