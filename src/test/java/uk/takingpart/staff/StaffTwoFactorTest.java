package uk.takingpart.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * Two-step sign-in and password resets against a real MariaDB, with the application's rule that
 * administrators must use two-step sign-in, and a low limit of wrong codes per account.
 */
@SpringBootTest(properties = {
        "takingpart.staff.two-factor-required-for=ADMINISTRATOR",
        "takingpart.rate-limits.two-factor-account.per-address=3/15m"})
@Import(TestClockConfiguration.class)
class StaffTwoFactorTest {
    private static final String PASSWORD = "violet-harbour-tandem-41";
    private static final String ADDRESS = "192.0.2.10";
    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired StaffAccounts accounts;
    @Autowired StaffTwoFactor twoFactor;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void now() {
        // each test starts at its own moment, clear of the other tests' rate limits and codes
        clock.set(Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofDays(DAYS.incrementAndGet())));
    }

    private String created(StaffRole role) {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithoutCheck(new StaffAccounts.NewAccount(username, "Test Officer", role, PASSWORD), Actor.system());
        return username;
    }

    static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        return totp.generateOneTimePasswordString(new SecretKeySpec(StaffTwoFactor.base32Decode(secret), "HmacSHA1"), at, Locale.ROOT);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {}

    private Enrolled enrol(String username) throws Exception {
        StaffTwoFactor.Enrolment enrolment = twoFactor.newEnrolment(username, "Taking Part");
        List<String> codes = twoFactor.enrol(username, enrolment.secret(), code(enrolment.secret(), clock.instant())).orElseThrow();
        return new Enrolled(enrolment.secret(), codes);
    }

    private List<AuditRecord> auditFor(String username, AuditAction action) {
        return audit.search(new AuditFilter(null, null, action, null, null), 500).stream()
                .filter(r -> username.equals(r.recordId())).toList();
    }

    @Test
    void the_enrolment_address_is_an_otpauth_link_with_the_secret_for_any_authenticator_app() {
        StaffTwoFactor.Enrolment enrolment = twoFactor.newEnrolment("Jo.Bloggs", "Taking Part");
        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.address()).startsWith("otpauth://totp/Taking%20Part%3Ajo.bloggs?secret=" + enrolment.secret())
                .contains("issuer=Taking%20Part").contains("digits=6").contains("period=30");
        assertThat(enrolment.grouped()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    }

    @Test
    void a_wrong_first_code_sets_nothing_up_and_a_right_one_gives_ten_single_use_recovery_codes_stored_only_as_hashes() throws Exception {
        String username = created(StaffRole.EDITOR);
        StaffTwoFactor.Enrolment enrolment = twoFactor.newEnrolment(username, "Taking Part");
        String right = code(enrolment.secret(), clock.instant());
        String wrong = right.equals("000000") ? "111111" : "000000";
        assertThat(twoFactor.enrol(username, enrolment.secret(), wrong)).isEmpty();
        assertThat(twoFactor.enrolledAt(username)).isEmpty();

        List<String> codes = twoFactor.enrol(username, enrolment.secret(), right).orElseThrow();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(twoFactor.enrolledAt(username)).contains(clock.instant());
        List<String> stored = jdbc.queryForList("SELECT code_hash FROM staff_recovery_code r JOIN staff_account a ON a.id = r.staff_account_id"
                + " WHERE a.username = ?", String.class, username);
        assertThat(stored).hasSize(10).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
        assertThat(stored).doesNotContainAnyElementsOf(codes).doesNotContainAnyElementsOf(codes.stream().map(c -> c.replace("-", "")).toList());
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void a_code_is_accepted_one_step_either_side_of_now_and_refused_two_steps_away() throws Exception {
        String username = created(StaffRole.EDITOR);
        Enrolled enrolled = enrol(username);
        clock.advance(Duration.ofMinutes(5));
        Instant now = clock.instant();

        assertThat(twoFactor.verify(username, code(enrolled.secret(), now.minusSeconds(60)), ADDRESS).outcome())
                .as("two steps behind").isEqualTo(StaffTwoFactor.Outcome.WRONG);
        assertThat(twoFactor.verify(username, code(enrolled.secret(), now.plusSeconds(60)), ADDRESS).outcome())
                .as("two steps ahead").isEqualTo(StaffTwoFactor.Outcome.WRONG);
        assertThat(twoFactor.verify(username, code(enrolled.secret(), now.minusSeconds(30)), ADDRESS).outcome())
                .as("one step behind (a slow phone clock)").isEqualTo(StaffTwoFactor.Outcome.ACCEPTED);
        assertThat(twoFactor.verify(username, " " + code(enrolled.secret(), now.plusSeconds(30)).substring(0, 3) + " "
                        + code(enrolled.secret(), now.plusSeconds(30)).substring(3), ADDRESS).outcome())
                .as("one step ahead, typed with spaces").isEqualTo(StaffTwoFactor.Outcome.ACCEPTED);
        assertThat(auditFor(username, AuditAction.STAFF_TWO_FACTOR_FAILED)).hasSize(2)
                .allSatisfy(r -> assertThat(r.summary()).doesNotContain(enrolled.secret()));
    }

    @Test
    void the_same_code_is_never_accepted_twice() throws Exception {
        String username = created(StaffRole.ANALYST);
        Enrolled enrolled = enrol(username);
        clock.advance(Duration.ofMinutes(1));
        String code = code(enrolled.secret(), clock.instant());
        assertThat(twoFactor.verify(username, code, ADDRESS).outcome()).isEqualTo(StaffTwoFactor.Outcome.ACCEPTED);
        assertThat(twoFactor.verify(username, code, ADDRESS).outcome()).as("replayed").isEqualTo(StaffTwoFactor.Outcome.WRONG);
        clock.advance(Duration.ofSeconds(10));
        assertThat(twoFactor.verify(username, code, ADDRESS).outcome()).as("replayed a little later, still in the window")
                .isEqualTo(StaffTwoFactor.Outcome.WRONG);
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.verify(username, code(enrolled.secret(), clock.instant()), ADDRESS).outcome()).as("the next code")
                .isEqualTo(StaffTwoFactor.Outcome.ACCEPTED);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void a_recovery_code_works_once_and_says_how_many_are_left() throws Exception {
        String username = created(StaffRole.EDITOR);
        Enrolled enrolled = enrol(username);
        String recovery = enrolled.recoveryCodes().get(3);

        StaffTwoFactor.Verification first = twoFactor.verify(username, recovery.toUpperCase(Locale.ROOT), ADDRESS);
        assertThat(first.outcome()).isEqualTo(StaffTwoFactor.Outcome.RECOVERY_CODE_ACCEPTED);
        assertThat(first.recoveryCodesLeft()).isEqualTo(9);
        assertThat(twoFactor.verify(username, recovery, ADDRESS).outcome()).as("used already").isEqualTo(StaffTwoFactor.Outcome.WRONG);
        assertThat(twoFactor.verify(username, enrolled.recoveryCodes().get(4).replace("-", ""), ADDRESS).recoveryCodesLeft()).isEqualTo(8);
        assertThat(auditFor(username, AuditAction.STAFF_RECOVERY_CODE_USED)).hasSize(2)
                .allSatisfy(r -> assertThat(r.summary()).doesNotContain(recovery).doesNotContain(recovery.replace("-", "")));
        assertThat(auditFor(username, AuditAction.STAFF_TWO_FACTOR_ENROLLED)).hasSize(1);
    }

    @Test
    void wrong_codes_are_limited_per_account_and_the_refusal_says_when_to_try_again() throws Exception {
        String username = created(StaffRole.EDITOR);
        Enrolled enrolled = enrol(username);
        String right = code(enrolled.secret(), clock.instant().plusSeconds(30));
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(twoFactor.verify(username, wrong, "198.51.100." + i).outcome()).isEqualTo(StaffTwoFactor.Outcome.WRONG);
        }
        StaffTwoFactor.Verification refused = twoFactor.verify(username, right, "198.51.100.99");
        assertThat(refused.outcome()).as("from another address, with the right code").isEqualTo(StaffTwoFactor.Outcome.TOO_MANY_TRIES);
        assertThat(refused.tryAgainAt()).isAfter(clock.instant()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        String other = created(StaffRole.EDITOR);
        Enrolled otherEnrolled = enrol(other);
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.verify(other, code(otherEnrolled.secret(), clock.instant()), "198.51.100.99").outcome())
                .as("another account is not affected").isEqualTo(StaffTwoFactor.Outcome.ACCEPTED);
    }

    @Test
    void an_administrator_without_two_step_sign_in_must_set_it_up_and_an_editor_need_not() throws Exception {
        String admin = created(StaffRole.ADMINISTRATOR);
        String editor = created(StaffRole.EDITOR);
        assertThat(accounts.nextStep(admin, false)).isEqualTo(StaffAccounts.SignInStep.ENROL);
        assertThat(accounts.nextStep(editor, false)).isEqualTo(StaffAccounts.SignInStep.COMPLETE);
        enrol(admin);
        enrol(editor);
        assertThat(accounts.nextStep(admin, false)).isEqualTo(StaffAccounts.SignInStep.SECOND_FACTOR);
        assertThat(accounts.nextStep(admin, true)).isEqualTo(StaffAccounts.SignInStep.COMPLETE);
        assertThat(accounts.nextStep(editor, false)).as("once set up, anyone gives a code").isEqualTo(StaffAccounts.SignInStep.SECOND_FACTOR);
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMINISTRATOR")
    void a_password_reset_forces_a_change_at_the_next_sign_in_and_both_are_recorded_without_the_password() throws Exception {
        String editor = created(StaffRole.EDITOR);
        String temporary = accounts.resetPassword(editor, "chief");
        assertThat(temporary).matches("([a-zA-Z2-9]{5}-){3}[a-zA-Z2-9]{5}");
        assertThat(accounts.nextStep(editor, false)).isEqualTo(StaffAccounts.SignInStep.CHANGE_PASSWORD);
        assertThat(accounts.list()).filteredOn(a -> a.username().equals(editor)).singleElement()
                .satisfies(a -> assertThat(a.mustChangePassword()).isTrue());

        assertThatThrownBy(() -> accounts.changeOwnPassword(editor, PASSWORD, "quiet-meadow-lantern-88"))
                .as("the old password no longer works").isInstanceOf(StaffAccounts.WrongPasswordException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword(editor, temporary, temporary))
                .isInstanceOfSatisfying(StaffAccounts.WeakPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.SAME_AS_BEFORE));
        assertThatThrownBy(() -> accounts.changeOwnPassword(editor, temporary, "password1234"))
                .isInstanceOf(StaffAccounts.WeakPasswordException.class);
        accounts.changeOwnPassword(editor, temporary, "quiet-meadow-lantern-88");
        assertThat(accounts.nextStep(editor, false)).isEqualTo(StaffAccounts.SignInStep.COMPLETE);

        AuditRecord reset = auditFor(editor, AuditAction.STAFF_PASSWORD_RESET).getFirst();
        assertThat(reset.actor()).isEqualTo(Actor.staff("chief"));
        assertThat(reset.summary()).doesNotContain(temporary);
        AuditRecord changed = auditFor(editor, AuditAction.STAFF_PASSWORD_CHANGED).getFirst();
        assertThat(changed.actor()).isEqualTo(Actor.staff(editor));
        assertThat(changed.summary()).doesNotContain("quiet-meadow");
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMINISTRATOR")
    void an_administrator_resets_two_step_sign_in_so_an_administrator_must_set_it_up_again() throws Exception {
        String admin = created(StaffRole.ADMINISTRATOR);
        enrol(admin);
        twoFactor.reset(admin, "chief");
        assertThat(twoFactor.enrolledAt(admin)).isEmpty();
        assertThat(twoFactor.recoveryCodesLeft(admin)).isZero();
        assertThat(accounts.nextStep(admin, false)).isEqualTo(StaffAccounts.SignInStep.ENROL);
        assertThat(auditFor(admin, AuditAction.STAFF_TWO_FACTOR_RESET)).singleElement()
                .satisfies(r -> assertThat(r.actor()).isEqualTo(Actor.staff("chief")));
    }

    @Test
    void only_an_administrator_may_reset_a_password_or_two_step_sign_in() {
        String editor = created(StaffRole.EDITOR);
        assertThatThrownBy(() -> accounts.resetPassword(editor, "nobody")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> twoFactor.reset(editor, "nobody")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
