package uk.takingpart.base.settings;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.security.Roles;

/** Rules an administrator may change. Callers record the change in the audit trail. */
@Service
public class SiteSettings {
    static final String WELSH_REQUIRED = "welsh-required-to-publish";

    private final SiteSettingRepository settings;
    private final Clock clock;

    SiteSettings(SiteSettingRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether an activity may only be published with its Welsh text (Welsh at the same time as English). */
    @Transactional(readOnly = true)
    public boolean welshRequiredToPublish() {
        return settings.findById(WELSH_REQUIRED).map(s -> Boolean.parseBoolean(s.getValue())).orElse(true);
    }

    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void setWelshRequiredToPublish(boolean required) {
        settings.findById(WELSH_REQUIRED).ifPresentOrElse(
                s -> s.change(Boolean.toString(required), clock.instant()),
                () -> settings.save(new SiteSetting(WELSH_REQUIRED, Boolean.toString(required), clock.instant())));
    }
}
