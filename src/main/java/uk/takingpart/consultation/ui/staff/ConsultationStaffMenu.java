package uk.takingpart.consultation.ui.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The consultations feature's link in the back office navigation. */
@Configuration(proxyBeanMethods = false)
class ConsultationStaffMenu {
    @Bean
    StaffMenuEntry consultationsMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff/consultations", "consultation.staff.list.title", 25);
    }
}
