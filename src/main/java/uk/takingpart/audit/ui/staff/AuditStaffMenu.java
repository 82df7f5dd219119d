package uk.takingpart.audit.ui.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The audit trail's link in the back office navigation. */
@Configuration(proxyBeanMethods = false)
class AuditStaffMenu {
    @Bean
    StaffMenuEntry auditMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff/audit", "audit.staff.title", 30);
    }
}
