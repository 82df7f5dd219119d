package uk.takingpart.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to main content": hidden until focused, it moves focus into the page's {@code <main>}.
 * With Vaadin's {@code <base href>} a fragment link would leave the page, so focus is moved here.
 */
public class SkipLink extends Anchor {
    public SkipLink() {
        addClassName("skip-link");
        setHref("#" + SitePage.MAIN_ID);
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView(); }
                });""", SitePage.MAIN_ID);
    }
}
