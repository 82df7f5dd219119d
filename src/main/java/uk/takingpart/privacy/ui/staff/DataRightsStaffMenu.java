package uk.takingpart.privacy.ui.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The data-rights page's link in the back office navigation (administrators). */
@Configuration(proxyBeanMethods = false)
class DataRightsStaffMenu {
    @Bean
    StaffMenuEntry dataRightsMenuEntry() {
        return StaffMenuEntry.forRole("staff/data-rights", "privacy.staff.menu", Roles.ADMINISTRATOR, 45);
    }
}
