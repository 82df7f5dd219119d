package uk.takingpart.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.web.RateLimits;

/**
 * Two-step sign-in for staff with an authenticator app (TOTP, RFC 6238: 6 digits, 30-second steps,
 * HMAC-SHA1, which every authenticator app reads). A code is accepted for the current step and one
 * step either side (clock drift), and never twice (the last step used is kept). Ten single-use recovery
 * codes are given at enrolment, shown once and stored only as SHA-256 hashes (they are random, 50
 * bits each, so a fast hash is enough). Wrong codes are limited per client address and per account
 * ({@link RateLimits#TWO_FACTOR}, {@link RateLimits#TWO_FACTOR_ACCOUNT}). Secrets and codes are never
 * logged or audited.
 */
@Service
public class StaffTwoFactor {
    public static final int RECOVERY_CODES = 10;
    static final Duration STEP = Duration.ofSeconds(30);
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final RateLimits rateLimits;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    StaffTwoFactor(StaffAccountRepository accounts, JdbcClient jdbc, Clock clock, AuditTrail audit, RateLimits rateLimits) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.rateLimits = rateLimits;
    }

    /** A new key to set up an authenticator with: the base32 secret and the {@code otpauth://} address for the QR code. */
    public record Enrolment(String secret, String address) {
        /** The secret in groups of four, easier to type. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** How a code was taken. */
    public enum Outcome { ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, TOO_MANY_TRIES }

    /** The outcome of a code, with the recovery codes left and, when refused for too many tries, when to try again. */
    public record Verification(Outcome outcome, int recoveryCodesLeft, Instant tryAgainAt) {}

    /** A new secret (160 random bits, as RFC 4226 recommends) for this person, not yet saved. */
    public Enrolment newEnrolment(String username, String issuer) {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        String secret = base32(key);
        String label = URLEncoder.encode(issuer + ":" + StaffAccounts.normalise(username), StandardCharsets.UTF_8).replace("+", "%20");
        String address = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(secret, address);
    }

    /**
     * Saves the secret once the person has shown, with a first code, that their app has it; returns
     * the recovery codes to show once, or empty when the code is wrong.
     */
    @Transactional
    public Optional<List<String>> enrol(String username, String secret, String code) {
        StaffAccount account = accounts.lockByUsername(StaffAccounts.normalise(username)).orElseThrow();
        OptionalLong step = matchingStep(secret, code);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enrolTwoFactor(secret, step.getAsLong(), clock.instant());
        List<String> codes = newRecoveryCodes(account);
        audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_TWO_FACTOR_ENROLLED, StaffAccounts.RECORD_TYPE,
                account.getUsername(), null, "Two-step sign-in set up by " + account.getUsername() + ", with " + codes.size() + " recovery codes"));
        return Optional.of(codes);
    }

    /**
     * Checks a second-factor code (6 digits from the app, or a recovery code) for a sign-in whose
     * password was right, within the limits per client address and per account.
     */
    @Transactional
    public Verification verify(String username, String code, String clientAddress) {
        StaffAccount account = accounts.lockByUsername(StaffAccounts.normalise(username)).orElseThrow();
        RateLimits.Decision byAddress = rateLimits.check(RateLimits.TWO_FACTOR, clientAddress);
        RateLimits.Decision byAccount = rateLimits.check(RateLimits.TWO_FACTOR_ACCOUNT, account.getUsername());
        if (byAddress.refused() || byAccount.refused()) {
            Duration wait = byAddress.retryAfter().compareTo(byAccount.retryAfter()) > 0 ? byAddress.retryAfter() : byAccount.retryAfter();
            return new Verification(Outcome.TOO_MANY_TRIES, recoveryCodesLeft(account), clock.instant().plus(wait));
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (account.hasTwoFactor() && typed.matches("\\d{6}")) {
            OptionalLong step = matchingStep(account.getTotpSecret(), typed);
            if (step.isPresent() && account.useStep(step.getAsLong())) {
                return new Verification(Outcome.ACCEPTED, recoveryCodesLeft(account), null);
            }
        } else if (account.hasTwoFactor() && typed.length() == 10) {
            int used = jdbc.sql("UPDATE staff_recovery_code SET used_at = ? WHERE staff_account_id = ? AND code_hash = ? AND used_at IS NULL")
                    .params(clock.instant(), account.getId(), hash(typed)).update();
            if (used == 1) {
                int left = recoveryCodesLeft(account);
                audit.record(new AuditEvent(Actor.staff(account.getUsername()), AuditAction.STAFF_RECOVERY_CODE_USED, StaffAccounts.RECORD_TYPE,
                        account.getUsername(), null, "A recovery code used to sign in; " + left + " left"));
                return new Verification(Outcome.RECOVERY_CODE_ACCEPTED, left, null);
            }
        }
        rateLimits.take(RateLimits.TWO_FACTOR, clientAddress);
        rateLimits.take(RateLimits.TWO_FACTOR_ACCOUNT, account.getUsername());
        audit.record(new AuditEvent(Actor.system(), AuditAction.STAFF_TWO_FACTOR_FAILED, StaffAccounts.RECORD_TYPE,
                account.getUsername(), null, "Wrong or reused second-step code for " + account.getUsername()));
        return new Verification(Outcome.WRONG, recoveryCodesLeft(account), null);
    }

    /** An administrator removes someone's two-step sign-in (a lost phone): they set it up again at their next sign-in if their role requires it. */
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public void reset(String username, String byAdministrator) {
        StaffAccount account = accounts.lockByUsername(StaffAccounts.normalise(username)).orElseThrow();
        account.removeTwoFactor();
        jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_account_id = ?").param(account.getId()).update();
        audit.record(new AuditEvent(Actor.staff(byAdministrator), AuditAction.STAFF_TWO_FACTOR_RESET, StaffAccounts.RECORD_TYPE,
                account.getUsername(), null, "Two-step sign-in of " + account.getUsername() + " removed by an administrator"));
    }

    /** When this person set up two-step sign-in, or empty when they have not. */
    @Transactional(readOnly = true)
    public Optional<Instant> enrolledAt(String username) {
        return accounts.findByUsername(StaffAccounts.normalise(username)).map(StaffAccount::getTotpEnrolledAt);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return accounts.findByUsername(StaffAccounts.normalise(username)).map(this::recoveryCodesLeft).orElse(0);
    }

    private int recoveryCodesLeft(StaffAccount account) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_recovery_code WHERE staff_account_id = ? AND used_at IS NULL")
                .param(account.getId()).query(Integer.class).single();
    }

    private List<String> newRecoveryCodes(StaffAccount account) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_account_id = ?").param(account.getId()).update();
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String plain = code.toString();
            if (codes.stream().noneMatch(c -> c.replace("-", "").equals(plain))) {
                jdbc.sql("INSERT INTO staff_recovery_code (staff_account_id, code_hash) VALUES (?, ?)")
                        .params(account.getId(), hash(plain)).update();
                codes.add(plain.substring(0, 5) + "-" + plain.substring(5));
            }
        }
        return codes;
    }

    /** The time step, within one step of now either way, whose code this is. */
    private OptionalLong matchingStep(String secret, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(base32Decode(secret), "HmacSHA1");
        Instant now = clock.instant();
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                String expected = totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] base32Decode(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
