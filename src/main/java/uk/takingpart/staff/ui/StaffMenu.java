package uk.takingpart.staff.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.ui.StaffMenuEntry;

/** The back office's own links: its home page, staff accounts, settings, and each person's password and two-step sign-in. */
@Configuration(proxyBeanMethods = false)
class StaffMenu {
    @Bean
    StaffMenuEntry homeMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff", "staff.home.title", 0);
    }

    @Bean
    StaffMenuEntry accountsMenuEntry() {
        return StaffMenuEntry.forRole("staff/accounts", "staff.accounts.title", Roles.ADMINISTRATOR, 40);
    }

    @Bean
    StaffMenuEntry passwordMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff/password", "staff.change-password.title", 60);
    }

    @Bean
    StaffMenuEntry twoFactorMenuEntry() {
        return StaffMenuEntry.forAllStaff("staff/two-factor", "staff.two-factor.title", 70);
    }

    @Bean
    StaffMenuEntry settingsMenuEntry() {
        return StaffMenuEntry.forRole("staff/settings", "staff.settings.title", Roles.ADMINISTRATOR, 50);
    }
}
