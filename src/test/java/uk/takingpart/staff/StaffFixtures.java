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
}
