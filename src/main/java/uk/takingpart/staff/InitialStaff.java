package uk.takingpart.staff;

import uk.takingpart.audit.Actor;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import uk.takingpart.base.db.DemoMode;

/**
 * The first administrator comes from configuration ({@code takingpart.staff.initial-admin.*});
 * there is no built-in password. When the demo content is loaded (the embedded database, or an
 * empty external one with {@code takingpart.demo-content=true}), demo staff are created with fresh
 * random passwords, printed to the console.
 */
@Component
class InitialStaff implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialStaff.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffAccounts accounts;
    private final ObjectProvider<DemoMode> demoMode;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminName;

    InitialStaff(StaffAccounts accounts, ObjectProvider<DemoMode> demoMode,
                 @Value("${takingpart.staff.initial-admin.username:}") String adminUsername,
                 @Value("${takingpart.staff.initial-admin.password:}") String adminPassword,
                 @Value("${takingpart.staff.initial-admin.name:Administrator}") String adminName) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.adminName = adminName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminUsername.isBlank() && !accounts.hasAdministrator()) {
            try {
                accounts.createWithoutCheck(new StaffAccounts.NewAccount(adminUsername, adminName, StaffRole.ADMINISTRATOR, adminPassword),
                        Actor.system());
                log.info("Created the first administrator, {}, from configuration", StaffAccounts.normalise(adminUsername));
            } catch (StaffAccounts.WeakPasswordException e) {
                throw new IllegalStateException("takingpart.staff.initial-admin.password is refused (" + e.problem()
                        + "): use at least " + PasswordPolicy.MINIMUM_LENGTH + " characters that are not a common password", e);
            }
        }
        if (DemoMode.loads(demoMode.getIfAvailable()) && accounts.count() == 0) {
            StringBuilder banner = new StringBuilder("\n\n  Demo staff for the back office at /staff/sign-in (new passwords each start):\n");
            for (StaffRole role : StaffRole.values()) {
                String username = role.key();
                String password = randomPassword();
                accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Demo " + role.key(), role, password), Actor.system());
                banner.append(String.format("    %-14s username: %-14s password: %s%n", role.key(), username, password));
            }
            log.info(banner.toString());
        } else if (!accounts.hasAdministrator()) {
            log.warn("There is no administrator. Set takingpart.staff.initial-admin.username and .password to create one.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
