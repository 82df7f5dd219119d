package uk.takingpart.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

/** The bare address: sends the visitor to the home page in their remembered (or browser's) language. */
@AnonymousAllowed
@Route("")
class RootView extends Div implements BeforeEnterObserver {
    private final SiteInitListener site;

    RootView(SiteInitListener site) {
        this.site = site;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String language = site.remembered(DisplayPreferences.current(), VaadinRequest.getCurrent()).getLanguage();
        event.forwardTo(language, event.getLocation().getQueryParameters());
    }
}
