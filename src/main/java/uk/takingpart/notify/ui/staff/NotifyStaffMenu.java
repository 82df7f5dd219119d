package uk.takingpart.notify.ui.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The email outbox's link in the back office navigation (administrators). */
@Configuration(proxyBeanMethods = false)
class NotifyStaffMenu {
    @Bean
    StaffMenuEntry emailsMenuEntry() {
        return StaffMenuEntry.forRole("staff/emails", "notify.staff.outbox.title", Roles.ADMINISTRATOR, 60);
    }
}
