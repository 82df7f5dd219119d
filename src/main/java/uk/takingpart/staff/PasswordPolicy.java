package uk.takingpart.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Staff passwords: at least 12 characters, not a well-known password or a well-known word with
 * digits on the end, not one character repeated, and not the username. Long passphrases pass.
 */
@Component
public class PasswordPolicy {
    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Why a password was refused; translation keys {@code staff.password.error.<key>}. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, CONTAINS_USERNAME, SAME_AS_BEFORE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Set<String> common = new HashSet<>();
    private final Set<String> stems = new HashSet<>();

    PasswordPolicy() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("staff/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                if (line.startsWith("stem:")) {
                    stems.add(line.substring(5).toLowerCase(Locale.ROOT));
                } else {
                    common.add(line.toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first problem with a password, or empty when it may be used. */
    public Optional<Problem> check(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (common.contains(lower) || stems.contains(stem) || lower.chars().distinct().count() <= 2) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }
}
