package uk.takingpart.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A public page: the one {@code <main>} of the document, the skip link's target, with a
 * translated title ending in the service name.
 */
public abstract class SitePage extends Main implements HasDynamicTitle {
    public static final String MAIN_ID = "main-content";

    protected SitePage() {
        setId(MAIN_ID);
        getElement().setAttribute("tabindex", "-1");
        addClassName("site-main");
    }

    /**
     * Moves keyboard and screen-reader focus to the page's heading. For pages reached from
     * another page of the site without a full page load, so a screen reader announces the new
     * page instead of staying on a button that has gone.
     */
    protected void focusHeading() {
        getElement().executeJs("setTimeout(() => { const h = this.querySelector('h1');"
                + " if (h) { h.setAttribute('tabindex', '-1'); h.focus(); } }, 0)");
    }

    /** The page's own title, without the service name. */
    protected abstract String title();

    @Override
    public String getPageTitle() {
        return getTranslation("common.title.pattern", java.util.Map.of("page", title(), "service", getTranslation("common.service.name")));
    }
}
