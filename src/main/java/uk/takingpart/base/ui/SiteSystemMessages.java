package uk.takingpart.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.takingpart.base.i18n.Languages;

/**
 * The messages Vaadin's browser client shows by itself. When a page's session has ended (a tab
 * left asleep, a visitor idle too long) the next click or heartbeat simply reloads the page at the
 * same address, with no "Session expired" box; the few boxes that remain (an internal error,
 * cookies switched off, a lost sync) speak the page's language.
 */
@Component
class SiteSystemMessages implements SystemMessagesProvider, VaadinServiceInitListener {
    private final I18NProvider translations;
    private final Languages languages;

    SiteSystemMessages(I18NProvider translations, Languages languages) {
        this.translations = translations;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this);
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale language = language(info);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // no box, no URL: the browser reloads the page it is on
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(null);
        messages.setInternalErrorCaption(t("common.system.internal-error.caption", language));
        messages.setInternalErrorMessage(t("common.system.internal-error.message", language));
        messages.setCookiesDisabledCaption(t("common.system.cookies-disabled.caption", language));
        messages.setCookiesDisabledMessage(t("common.system.cookies-disabled.message", language));
        messages.setSyncErrorCaption(t("common.system.sync-error.caption", language));
        messages.setSyncErrorMessage(t("common.system.sync-error.message", language));
        return messages;
    }

    private Locale language(SystemMessagesInfo info) {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null && languages.fromCode(ui.getLocale().getLanguage()).isPresent()) {
            return ui.getLocale();
        }
        VaadinRequest request = info.getRequest();
        if (request == null) {
            return languages.fromCode(info.getLocale() == null ? null : info.getLocale().getLanguage())
                    .orElse(languages.defaultLanguage());
        }
        return languages.forRequest(request.getPathInfo(),
                DisplayPreferences.fromCookies(request.getCookies()).language().orElse(null),
                request.getHeader("Accept-Language"));
    }

    private String t(String key, Locale language) {
        return translations.getTranslation(key, language);
    }
}
