package uk.takingpart.staff;

import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who may sign in, with which role, and the lock that follows repeated wrong
 * passwords. Passwords are checked against {@link PasswordPolicy} and stored only as hashes.
 */
@Service
public class StaffAccounts implements UserDetailsService {
    static final String RECORD_TYPE = "staff-account";
    /** Session attribute that keeps the username of a failed sign-in for the form (never the password). */
    public static final String LAST_USERNAME_ATTRIBUTE = "takingpart.sign-in.username";
    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final AuditTrail audit;
    private final int maxAttempts;
    private final Duration lockFor;
    private final java.util.Set<StaffRole> twoFactorRequiredFor;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock, AuditTrail audit,
                  @Value("${takingpart.staff.sign-in.max-attempts:5}") int maxAttempts,
                  @Value("${takingpart.staff.sign-in.lock-minutes:15}") int lockMinutes,
                  @Value("${takingpart.staff.two-factor-required-for:ADMINISTRATOR}") java.util.List<String> twoFactorRequiredFor) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
        this.maxAttempts = maxAttempts;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.twoFactorRequiredFor = twoFactorRequiredFor.stream().map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> StaffRole.valueOf(r.toUpperCase(Locale.ROOT)))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(StaffRole.class)));
    }

    /** What a person still has to do, after a correct password, before the back office opens. */
    public enum SignInStep { SECOND_FACTOR, CHANGE_PASSWORD, ENROL, COMPLETE }

    /** The current password typed is not this person's. */
    public static final class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is wrong");
        }
    }

    /** Whether the configuration ({@code takingpart.staff.two-factor-required-for}) makes two-step sign-in required for a role. */
    public boolean twoFactorRequired(StaffRole role) {
        return twoFactorRequiredFor.contains(role);
    }

    /**
     * The next step of a sign-in whose password was right: the second factor (when set up and not yet
     * given), a password change (after an administrator's reset), setting up two-step sign-in (when the
     * role requires it), or nothing more.
     */
    @Transactional(readOnly = true)
    public SignInStep nextStep(String username, boolean secondFactorGiven) {
        StaffAccount account = accounts.findByUsername(normalise(username)).orElseThrow();
        if (account.hasTwoFactor() && !secondFactorGiven) {
            return SignInStep.SECOND_FACTOR;
        }
        if (account.mustChangePassword()) {
            return SignInStep.CHANGE_PASSWORD;
        }
        if (!account.hasTwoFactor() && twoFactorRequired(account.getRole())) {
            return SignInStep.ENROL;
        }
        return SignInStep.COMPLETE;
    }

    /** A correct password: the count of wrong ones starts again (the sign-in is recorded once complete). */
    @Transactional
    public void passwordAccepted(String username) {
        accounts.lockByUsername(normalise(username)).ifPresent(StaffAccount::signedIn);
    }

    /** A person changes their own password, giving the current (or temporary) one first. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = accounts.lockByUsername(normalise(username)).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_SIGN_IN_FAILED, RECORD_TYPE,
                    account.getUsername(), null, "Wrong current password given to change the password"));
            throw new WrongPasswordException();
        }
        policy.check(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new WeakPasswordException(PasswordPolicy.Problem.SAME_AS_BEFORE);
        }
        account.changePassword(encoder.encode(newPassword), false, clock.instant());
        audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_PASSWORD_CHANGED, RECORD_TYPE,
                account.getUsername(), null, "Password changed by " + account.getUsername()));
    }

    /**
     * An administrator resets someone's password: a new temporary password, returned once to show the
     * administrator and stored only as a hash; the person must change it when they next sign in.
     */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public String resetPassword(String username, String byAdministrator) {
        StaffAccount account = accounts.lockByUsername(normalise(username)).orElseThrow();
        String temporary = randomPassword();
        account.changePassword(encoder.encode(temporary), true, clock.instant());
        account.signedIn(); // a reset also lifts a lock
        audit.record(new AuditEvent(Actor.staff(byAdministrator), AuditAction.STAFF_PASSWORD_RESET, RECORD_TYPE, account.getUsername(), null,
                "Password of " + account.getUsername() + " reset by an administrator; to be changed at the next sign-in"));
        return temporary;
    }

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** 20 random characters in groups of five (about 115 bits), easy to read out and type. */
    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** What a new account needs. */
    public record NewAccount(String username, String displayName, StaffRole role, String password) {}

    /** A password the policy refuses. */
    public static final class WeakPasswordException extends RuntimeException {
        private final PasswordPolicy.Problem problem;

        WeakPasswordException(PasswordPolicy.Problem problem) {
            super("Password refused: " + problem);
            this.problem = problem;
        }

        public PasswordPolicy.Problem problem() {
            return problem;
        }
    }

    /** What happened to an account after a wrong password. */
    public enum FailedSignIn { UNKNOWN_ACCOUNT, COUNTED, LOCKED_NOW, STILL_LOCKED }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .accountLocked(account.isLockedAt(clock.instant()))
                .disabled(!account.isEnabled())
                .build();
    }

    /** An administrator adds a member of staff. */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void create(NewAccount request, String byAdministrator) {
        createWithoutCheck(request, Actor.staff(byAdministrator));
    }

    /** For the application itself: the first administrator and the demo staff. */
    @Transactional
    void createWithoutCheck(NewAccount request, Actor by) {
        String username = normalise(request.username());
        policy.check(request.password(), username).ifPresent(problem -> {
            throw new WeakPasswordException(problem);
        });
        accounts.save(new StaffAccount(username, request.displayName(), encoder.encode(request.password()),
                request.role(), clock.instant()));
        audit.record(new AuditEvent(by, AuditAction.STAFF_ACCOUNT_CREATED, RECORD_TYPE, username, null,
                "Staff account " + username + " created with the role " + request.role().key()));
    }

    @Transactional
    public FailedSignIn recordFailedSignIn(String username) {
        Optional<StaffAccount> found = accounts.lockByUsername(normalise(username));
        if (found.isEmpty()) {
            // what was typed is not recorded: it may be a password typed in the wrong box
            audit.record(new AuditEvent(Actor.system(), AuditAction.STAFF_SIGN_IN_FAILED, RECORD_TYPE, null, null,
                    "Failed sign-in for an unknown account"));
            return FailedSignIn.UNKNOWN_ACCOUNT;
        }
        StaffAccount account = found.get();
        Instant now = clock.instant();
        FailedSignIn outcome = account.isLockedAt(now) ? FailedSignIn.STILL_LOCKED
                : account.failedSignIn(now, maxAttempts, lockFor) ? FailedSignIn.LOCKED_NOW : FailedSignIn.COUNTED;
        audit.record(new AuditEvent(Actor.system(), AuditAction.STAFF_SIGN_IN_FAILED, RECORD_TYPE, account.getUsername(), null,
                "Failed sign-in for " + account.getUsername() + (outcome == FailedSignIn.STILL_LOCKED ? " while locked" : "")
                        + " (" + account.getFailedAttempts() + " in a row)"));
        if (outcome == FailedSignIn.LOCKED_NOW) {
            audit.record(new AuditEvent(Actor.system(), AuditAction.STAFF_LOCKED_OUT, RECORD_TYPE, account.getUsername(), null,
                    "Account " + account.getUsername() + " locked for " + lockFor.toMinutes() + " minutes after "
                            + maxAttempts + " wrong passwords"));
        }
        return outcome;
    }

    @Transactional
    public void recordSignIn(String username) {
        accounts.lockByUsername(normalise(username)).ifPresent(account -> {
            account.signedIn();
            audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_SIGNED_IN, RECORD_TYPE,
                    account.getUsername(), null, "Signed in"));
        });
    }

    @Transactional
    public void recordSignOut(String username) {
        accounts.findByUsername(normalise(username)).ifPresent(account ->
                audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_SIGNED_OUT, RECORD_TYPE,
                        account.getUsername(), null, "Signed out")));
    }

    /** A staff account as the administrators' list shows it. */
    public record AccountSummary(String username, String displayName, StaffRole role, boolean locked, boolean twoFactor,
                                 boolean mustChangePassword) {}

    /** Changing a role would leave the service with no administrator. */
    public static final class LastAdministratorException extends RuntimeException {
        LastAdministratorException() {
            super("The last administrator cannot lose the role");
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public java.util.List<AccountSummary> list() {
        Instant now = clock.instant();
        return accounts.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(a -> new AccountSummary(a.getUsername(), a.getDisplayName(), a.getRole(), a.isLockedAt(now),
                        a.hasTwoFactor(), a.mustChangePassword()))
                .toList();
    }

    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void changeRole(String username, StaffRole role, String byAdministrator) {
        StaffAccount account = accounts.lockByUsername(normalise(username)).orElseThrow();
        if (account.getRole() == role) {
            return;
        }
        if (account.getRole() == StaffRole.ADMINISTRATOR && accounts.countByRole(StaffRole.ADMINISTRATOR) <= 1) {
            throw new LastAdministratorException();
        }
        StaffRole before = account.getRole();
        account.changeRole(role);
        audit.record(new AuditEvent(Actor.staff(byAdministrator), AuditAction.STAFF_ROLE_CHANGED, RECORD_TYPE, account.getUsername(), null,
                "Role of " + account.getUsername() + " changed from " + before.key() + " to " + role.key()));
    }

    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void unlock(String username, String byAdministrator) {
        accounts.lockByUsername(normalise(username)).ifPresent(account -> {
            account.signedIn();
            audit.record(new AuditEvent(Actor.staff(byAdministrator), AuditAction.STAFF_UNLOCKED, RECORD_TYPE, account.getUsername(), null,
                    "Account " + account.getUsername() + " unlocked by an administrator"));
        });
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return accounts.existsByRole(StaffRole.ADMINISTRATOR);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** How long an account stays locked after too many wrong passwords. */
    public Duration lockDuration() {
        return lockFor;
    }
}
