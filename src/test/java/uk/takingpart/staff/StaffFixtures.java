package uk.takingpart.staff;

import java.util.UUID;
import org.springframework.context.ApplicationContext;
import uk.takingpart.audit.Actor;

/** Staff accounts for tests outside this package. */
public final class StaffFixtures {
    private StaffFixtures() {
    }

    /** A new editor account with this password; returns its username. */
    public static String editor(ApplicationContext context, String password) {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        context.getBean(StaffAccounts.class).createWithoutCheck(
                new StaffAccounts.NewAccount(username, "Test Editor", StaffRole.EDITOR, password), Actor.system());
        return username;
    }

    /** This account afresh (removed first if a test made it before), with this role and password. */
    public static void account(ApplicationContext context, String username, StaffRole role, String password) {
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("DELETE FROM staff_account WHERE username = ?", username);
        context.getBean(StaffAccounts.class).createWithoutCheck(
                new StaffAccounts.NewAccount(username, "Test " + role.key(), role, password), Actor.system());
    }

    /** The TOTP code an authenticator app shows for this base32 key at this moment. */
    public static String totp(String secret, java.time.Instant at) throws Exception {
        return StaffTwoFactorTest.code(secret, at);
    }
}
