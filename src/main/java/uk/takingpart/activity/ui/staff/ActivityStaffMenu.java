package uk.takingpart.activity.ui.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The activities feature's link in the back office navigation. */
@Configuration(proxyBeanMethods = false)
class ActivityStaffMenu {
    @Bean
    StaffMenuEntry activitiesMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff/activities", "activity.staff.list.title", 20);
    }
}
