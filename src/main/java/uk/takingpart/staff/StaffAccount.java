package uk.takingpart.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member of staff who can sign in to the back office. */
@Entity
@Table(name = "staff_account")
class StaffAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected StaffAccount() {}

    StaffAccount(String username, String displayName, String passwordHash, StaffRole role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    String getUsername() { return username; }

    String getDisplayName() { return displayName; }

    String getPasswordHash() { return passwordHash; }

    StaffRole getRole() { return role; }

    boolean isEnabled() { return enabled; }

    int getFailedAttempts() { return failedAttempts; }

    Instant getLockedUntil() { return lockedUntil; }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    boolean failedSignIn(Instant now, int maxAttempts, java.time.Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void changeRole(StaffRole role) {
        this.role = role;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    Long getId() { return id; }

    String getTotpSecret() { return totpSecret; }

    Instant getTotpEnrolledAt() { return totpEnrolledAt; }

    boolean hasTwoFactor() { return totpSecret != null; }

    Long getTotpLastStep() { return totpLastStep; }

    boolean mustChangePassword() { return mustChangePassword; }

    void enrolTwoFactor(String secret, long step, Instant now) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.totpEnrolledAt = now;
    }

    /** Accepts the code of a time step once: false when this step (or a later one) was used already. */
    boolean useStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void removeTwoFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
    }

    void changePassword(String hash, boolean mustChangeNext, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = now;
    }
}
