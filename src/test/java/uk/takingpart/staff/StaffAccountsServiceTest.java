package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Staff accounts against a real MariaDB: password rules, hashing, lockout, and what the audit trail says. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class StaffAccountsServiceTest {
    private static final String GOOD_PASSWORD = "violet-harbour-tandem-41";

    @Autowired StaffAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail audit;
    @Autowired TestClock clock;

    private static String newUsername() {
        return "officer-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String created(StaffRole role) {
        String username = newUsername();
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Test Officer", role, GOOD_PASSWORD), Actor.system());
        return username;
    }

    /** Needs a signed-in staff user, as reading the trail does. */
    private java.util.List<AuditRecord> auditFor(String username, AuditAction action) {
        return audit.search(new AuditFilter(null, null, action, null, null), 500).stream()
                .filter(r -> username.equals(r.recordId())).toList();
    }

    @Test
    void weak_passwords_are_refused_with_the_reason() {
        String username = newUsername();
        assertThatThrownBy(() -> accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "A", StaffRole.EDITOR, "short-pass1"), Actor.system()))
                .isInstanceOfSatisfying(StaffAccounts.WeakPasswordException.class, e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_SHORT));
        for (String common : new String[] {"password1234", "Password123456!", "qwertyuiop123", "aaaaaaaaaaaaaa", "Welcome2026!!"}) {
            assertThatThrownBy(() -> accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "A", StaffRole.EDITOR, common), Actor.system()))
                    .as(common).isInstanceOfSatisfying(StaffAccounts.WeakPasswordException.class,
                            e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.COMMON));
        }
        assertThatThrownBy(() -> accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "A", StaffRole.EDITOR, username + "-secure-99"), Actor.system()))
                .isInstanceOfSatisfying(StaffAccounts.WeakPasswordException.class, e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.CONTAINS_USERNAME));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_account WHERE username = ?", Integer.class, username)).isZero();
    }

    @Test
    void a_password_is_stored_only_as_an_adaptive_hash() {
        String username = created(StaffRole.EDITOR);

        String stored = jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = ?", String.class, username);

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(GOOD_PASSWORD);
        UserDetails user = accounts.loadUserByUsername(username.toUpperCase());
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_the_trail_says_so() {
        String username = created(StaffRole.ANALYST);
        try {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(accounts.recordFailedSignIn(username)).isEqualTo(StaffAccounts.FailedSignIn.COUNTED);
            }
            assertThat(accounts.recordFailedSignIn(username)).isEqualTo(StaffAccounts.FailedSignIn.LOCKED_NOW);
            assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isFalse();
            assertThat(accounts.recordFailedSignIn(username)).isEqualTo(StaffAccounts.FailedSignIn.STILL_LOCKED);

            assertThat(auditFor(username, AuditAction.STAFF_SIGN_IN_FAILED)).hasSize(6);
            assertThat(auditFor(username, AuditAction.STAFF_LOCKED_OUT)).singleElement()
                    .satisfies(r -> assertThat(r.summary()).contains("locked for 15 minutes"));

            clock.advance(Duration.ofMinutes(15));
            assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
            assertThat(accounts.recordFailedSignIn(username)).isEqualTo(StaffAccounts.FailedSignIn.COUNTED);
        } finally {
            clock.set(java.time.Instant.now());
        }
    }

    @Test
    void a_successful_sign_in_clears_the_count_of_wrong_passwords() {
        String username = created(StaffRole.EDITOR);
        for (int attempt = 1; attempt <= 4; attempt++) {
            accounts.recordFailedSignIn(username);
        }
        accounts.recordSignIn(username);

        assertThat(accounts.recordFailedSignIn(username)).isEqualTo(StaffAccounts.FailedSignIn.COUNTED);
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM staff_account WHERE username = ?", Integer.class, username)).isEqualTo(1);
    }

    @Test
    void an_unknown_username_is_recorded_without_what_was_typed() {
        String typed = "not-a-user-" + UUID.randomUUID();
        assertThat(accounts.recordFailedSignIn(typed)).isEqualTo(StaffAccounts.FailedSignIn.UNKNOWN_ACCOUNT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE summary LIKE ? OR record_id LIKE ?", Integer.class,
                "%" + typed + "%", "%" + typed + "%")).isZero();
    }

    @Test
    void only_an_administrator_may_add_staff() {
        StaffAccounts.NewAccount request = new StaffAccounts.NewAccount(newUsername(), "New", StaffRole.EDITOR, GOOD_PASSWORD);
        assertThatThrownBy(() -> accounts.create(request, "someone")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void an_editor_may_not_add_staff() {
        StaffAccounts.NewAccount request = new StaffAccounts.NewAccount(newUsername(), "New", StaffRole.EDITOR, GOOD_PASSWORD);
        assertThatThrownBy(() -> accounts.create(request, "an-editor")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMINISTRATOR")
    void an_administrator_adds_staff_and_the_trail_records_who_did() {
        String username = newUsername();
        accounts.create(new StaffAccounts.NewAccount(username, "New Officer", StaffRole.ANALYST, GOOD_PASSWORD), "chief");

        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
        assertThat(auditFor(username, AuditAction.STAFF_ACCOUNT_CREATED)).singleElement()
                .satisfies(r -> assertThat(r.actor()).isEqualTo(Actor.staff("chief")));
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMINISTRATOR")
    void an_administrator_changes_a_role_and_unlocks_an_account_and_both_are_recorded() {
        String username = created(StaffRole.EDITOR);
        accounts.changeRole(username, StaffRole.ANALYST, "chief");
        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
        assertThat(auditFor(username, AuditAction.STAFF_ROLE_CHANGED)).singleElement()
                .satisfies(r -> assertThat(r.summary()).contains("from editor to analyst"));

        for (int attempt = 1; attempt <= 5; attempt++) {
            accounts.recordFailedSignIn(username);
        }
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isFalse();
        accounts.unlock(username, "chief");
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        assertThat(auditFor(username, AuditAction.STAFF_UNLOCKED)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMINISTRATOR")
    void the_last_administrator_cannot_lose_the_role() {
        String only = created(StaffRole.ADMINISTRATOR);
        // make every other administrator an analyst for a moment, so this one is the last
        java.util.List<String> others = accounts.list().stream()
                .filter(a -> a.role() == StaffRole.ADMINISTRATOR && !a.username().equals(only)).map(StaffAccounts.AccountSummary::username).toList();
        try {
            others.forEach(other -> accounts.changeRole(other, StaffRole.ANALYST, "chief"));
            assertThatThrownBy(() -> accounts.changeRole(only, StaffRole.EDITOR, "chief"))
                    .isInstanceOf(StaffAccounts.LastAdministratorException.class);
            assertThat(accounts.loadUserByUsername(only).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMINISTRATOR");
        } finally {
            others.forEach(other -> accounts.changeRole(other, StaffRole.ADMINISTRATOR, "chief"));
        }
        if (!others.isEmpty()) {
            // with the others back, this one may step down again
            accounts.changeRole(only, StaffRole.ANALYST, "chief");
        }
    }
}
